import { formatCount, formatDate } from '../view/format.ts';
import type { FeedbackPublicStatus } from '../statuses.ts';
import { en } from '../i18n/en.ts';

// The triage report is for maintainers, in English like the CLI.
const statusLabel = (status: FeedbackPublicStatus) => en[`status.${status}`];
import type { Triage } from './triage.ts';

export const TRIAGE_FORMATS = ['table', 'markdown', 'json'] as const;
export type TriageFormat = (typeof TRIAGE_FORMATS)[number];

export interface TriageFormatOptions {
  /** The site's language, for dates. */
  language: string;
  /** Area labels by id. */
  areaLabels: Map<string, string>;
  /** Rows per list in the table and Markdown (0: all); JSON always has every row. */
  limit: number;
  /** How the report was made, for its footer: `npm run triage -- --format markdown`. */
  command: string;
}

/** The headings of the report, shared by the table and the Markdown. */
const HEADINGS = {
  unanswered: 'Open requests with no public answer, oldest first',
  stale: (days: number) => `Roadmap items in progress with no update for more than ${days} days`,
  duplicates: 'Likely duplicates: open requests whose title resembles another request’s',
  empty: 'Releases that ship nothing and close nothing',
};

function waitingLine(triage: Triage): string {
  const { unanswered, unansweredAfter30Days, unansweredAfter90Days } = triage.summary;
  if (unanswered === 0) return 'Every request has a public answer.';
  return `${formatCount(unanswered, 'open request')}: ${unansweredAfter30Days} waiting 30 days or more, ${unansweredAfter90Days} waiting 90 days or more.`;
}

function shown<T>(rows: T[], limit: number): { rows: T[]; more: number } {
  if (limit <= 0 || rows.length <= limit) return { rows, more: 0 };
  return { rows: rows.slice(0, limit), more: rows.length - limit };
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** Columns padded to their widest cell; numbers aligned right. */
function textTable(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].map((text) => `  ${text}`);
}

/** A readable report for the terminal. */
export function formatTriageTable(triage: Triage, options: TriageFormatOptions): string {
  const date = (day: string) => formatDate(day, options.language);
  const out: string[] = [`Triage as of ${date(triage.asOf)}`, ''];
  const section = (heading: string, count: number, body: () => string[], more = 0) => {
    out.push(`${heading}: ${count === 0 ? 'none' : count}`);
    if (count > 0) out.push(...body());
    if (more > 0) out.push(`  … and ${more} more (--limit 0 shows all)`);
    out.push('');
  };

  const unanswered = shown(triage.unanswered, options.limit);
  section(
    HEADINGS.unanswered,
    triage.unanswered.length,
    () => [
      `  ${waitingLine(triage)}`,
      ...textTable(
        ['age', 'votes', 'submitted', 'request'],
        unanswered.rows.map((request) => [
          `${request.ageDays} d`,
          String(request.votes),
          request.submitted,
          `${request.id}  ${clip(request.title, 60)}`,
        ]),
        [true, true, false, false],
      ),
    ],
    unanswered.more,
  );

  const stale = shown(triage.staleItems, options.limit);
  section(
    HEADINGS.stale(triage.staleDays),
    triage.staleItems.length,
    () =>
      textTable(
        ['silent', 'last update', 'votes', 'item'],
        stale.rows.map((item) => [
          item.daysSinceUpdate === null ? 'never' : `${item.daysSinceUpdate} d`,
          item.lastUpdate ?? 'none',
          String(item.votes),
          `${item.id}  ${clip(item.title, 60)}`,
        ]),
        [true, false, true, false],
      ),
    stale.more,
  );

  const duplicates = shown(triage.likelyDuplicates, options.limit);
  section(
    `${HEADINGS.duplicates} (score ${triage.minScore} or more)`,
    triage.likelyDuplicates.length,
    () =>
      duplicates.rows.flatMap(({ score, request, similar }) => [
        `  ${score.toFixed(2)}  ${request.id}  ${clip(request.title, 60)}`,
        `        ${similar.id}  ${clip(similar.title, 60)}  (${statusLabel(similar.status).toLowerCase()})`,
      ]),
    duplicates.more,
  );

  const empty = shown(triage.emptyReleases, options.limit);
  section(
    HEADINGS.empty,
    triage.emptyReleases.length,
    () =>
      textTable(
        ['date', 'version', 'release'],
        empty.rows.map((release) => [release.date, release.version ?? '', `${release.id}  ${clip(release.title, 60)}`]),
        [false, false, false],
      ),
    empty.more,
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Text safe in a GitHub issue: Markdown's characters escaped, and `@` and `#`
 * kept from turning a customer's words into mentions and issue links (a
 * zero-width space after them, as Renovate and Dependabot do).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()<>|~!]/g, (char) => `\\${char}`)
    .replace(/([@#])/g, '$1&#8203;')
    .replace(/\s+/g, ' ');
}

/** Markdown to paste into an issue: the weekly triage issue of the README's workflow. */
export function formatTriageMarkdown(triage: Triage, options: TriageFormatOptions): string {
  const date = (day: string) => formatDate(day, options.language);
  const link = (item: { title: string; url: string }) => `[${escapeMarkdown(item.title)}](${item.url})`;
  const areas = (ids: string[]) => escapeMarkdown(ids.map((id) => options.areaLabels.get(id) ?? id).join(', '));
  const out: string[] = [`## Triage as of ${date(triage.asOf)}`, ''];
  const section = (heading: string, count: number, body: () => string[], more: number) => {
    out.push(`### ${heading} (${count})`, '');
    if (count === 0) out.push('None.');
    else out.push(...body());
    if (more > 0) out.push('', `… and ${more} more.`);
    out.push('');
  };

  const unanswered = shown(triage.unanswered, options.limit);
  section(
    HEADINGS.unanswered,
    triage.unanswered.length,
    () => [
      waitingLine(triage),
      '',
      '| Request | Submitted | Age (days) | Votes | Areas |',
      '| --- | --- | ---: | ---: | --- |',
      ...unanswered.rows.map(
        (request) => `| ${link(request)} | ${date(request.submitted)} | ${request.ageDays} | ${request.votes} | ${areas(request.areas)} |`,
      ),
    ],
    unanswered.more,
  );

  const stale = shown(triage.staleItems, options.limit);
  section(
    HEADINGS.stale(triage.staleDays),
    triage.staleItems.length,
    () => [
      '| Roadmap item | Last update | Days since | Votes |',
      '| --- | --- | ---: | ---: |',
      ...stale.rows.map(
        (item) =>
          `| ${link(item)} | ${item.lastUpdate ? date(item.lastUpdate) : 'none'} | ${item.daysSinceUpdate ?? '–'} | ${item.votes} |`,
      ),
    ],
    stale.more,
  );

  const duplicates = shown(triage.likelyDuplicates, options.limit);
  section(
    HEADINGS.duplicates,
    triage.likelyDuplicates.length,
    () => [
      `Title similarity from 0 to 1; pairs scoring ${triage.minScore} or more. Merge a duplicate with \`status: duplicate\` and \`duplicateOf\`.`,
      '',
      '| Score | Open request | Similar request | Its status |',
      '| ---: | --- | --- | --- |',
      ...duplicates.rows.map(
        ({ score, request, similar }) => `| ${score.toFixed(2)} | ${link(request)} | ${link(similar)} | ${statusLabel(similar.status)} |`,
      ),
    ],
    duplicates.more,
  );

  const empty = shown(triage.emptyReleases, options.limit);
  section(
    HEADINGS.empty,
    triage.emptyReleases.length,
    () => [
      '| Release | Version | Date |',
      '| --- | --- | --- |',
      ...empty.rows.map((release) => `| ${link(release)} | ${escapeMarkdown(release.version ?? '')} | ${date(release.date)} |`),
    ],
    empty.more,
  );

  out.push(`<sub>Made by \`${options.command}\` from the site's content.</sub>`);
  return `${out.join('\n')}\n`;
}

export function formatTriageJson(triage: Triage): string {
  return `${JSON.stringify(triage, null, 2)}\n`;
}
