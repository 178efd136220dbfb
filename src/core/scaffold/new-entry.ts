import { COLLECTIONS, type Kind } from '../collections.ts';
import { isValidId, slugify } from '../ids.ts';
import { parseEntry } from '../load/load-collection.ts';
import { formatText } from '../validate/format.ts';
import { CHANGE_TYPES } from '../schema/changelog.ts';
import { isCalendarDate, MIN_YEAR } from '../schema/fields.ts';
import { ROADMAP_STATUSES } from '../schema/roadmap.ts';
import { didYouMean } from '../suggest.ts';
import { isReservedId } from '../urls.ts';
import type { ProjectIndex } from './project-index.ts';
import { idFromTitle, uniqueId } from './project-index.ts';
import { renderEntryFile, type FieldValue } from './yaml-write.ts';

/** What `npm run new` was asked for, as typed; every value is checked here. */
export interface NewEntryRequest {
  kind: Kind;
  title: string;
  id?: string;
  date?: string;
  areas?: string[];
  roadmap?: string;
  votes?: string;
  source?: string;
  author?: string;
  status?: string;
  target?: string;
  version?: string;
  ships?: string[];
  closes?: string[];
  changes?: string[];
  mdx?: boolean;
  /** `visibility: internal`: kept off the published site. */
  internal?: boolean;
}

export type NewEntryPlan =
  | { ok: true; id: string /** Path below the content folder, such as `feedback/csv-export.md`. */; file: string; text: string }
  | { ok: false; problems: string[] };

/** Which options make sense for which kind of entry. */
const OPTIONS_BY_KIND: Record<Kind, readonly (keyof NewEntryRequest)[]> = {
  feedback: ['areas', 'roadmap', 'votes', 'source', 'author'],
  roadmap: ['areas', 'status', 'target'],
  changelog: ['areas', 'version', 'ships', 'closes', 'changes', 'mdx'],
};
const KIND_OPTIONS = new Set(Object.values(OPTIONS_BY_KIND).flat());

const BODY_HINT: Record<Kind, string> = {
  feedback: 'The request, in the customer’s words: what they tried to do and what got in the way.',
  roadmap: 'The problem and the plan: who needs this, what it will do, what is out of scope.',
  changelog: 'The release notes: what changed and why it matters to customers.',
};

/**
 * Plans a new entry: a valid id derived from the title (or the version, for
 * a release), de-duplicated against every existing file, and frontmatter that
 * passes validation. Pure: the caller writes the file.
 */
export function planNewEntry(request: NewEntryRequest, index: ProjectIndex, today: string): NewEntryPlan {
  const problems: string[] = [];
  const { kind } = request;
  const title = request.title.trim();
  const site = `${index.display}/site.yaml`;

  for (const option of KIND_OPTIONS) {
    if (request[option] !== undefined && request[option] !== false && !OPTIONS_BY_KIND[kind].includes(option)) {
      const kinds = (Object.keys(OPTIONS_BY_KIND) as Kind[]).filter((k) => OPTIONS_BY_KIND[k].includes(option));
      problems.push(`--${option} applies to ${kinds.join(' and ')} entries, not to ${kind}`);
    }
  }
  if (!title) problems.push('the title is empty: give it in quotes, as in "Export to CSV"');
  else if (title.length > 140) problems.push(`the title has ${title.length} characters; at most 140 are allowed`);

  const date = request.date ?? today;
  if (/^\d{4}-/.test(date) && Number(date.slice(0, 4)) < MIN_YEAR) problems.push(`--date: "${date}": expected a year from ${MIN_YEAR} on`);
  else if (!isCalendarDate(date)) problems.push(`--date: "${date}" is not a day written as YYYY-MM-DD`);

  const checkIds = (option: string, values: readonly string[] | undefined, known: readonly string[], where: string) => {
    for (const value of values ?? []) {
      if (known.includes(value)) continue;
      const hint = didYouMean(value, known);
      problems.push(`--${option}: "${value}" ${where}${hint ? `; ${hint}` : ''}`);
    }
  };
  const areaIds = index.config.areas.map((area) => area.id);
  checkIds('areas', request.areas, areaIds, `is not an area declared in ${site}${areaIds.length ? '' : ' (none are declared yet)'}`);
  checkIds(
    'roadmap',
    request.roadmap === undefined ? undefined : [request.roadmap],
    index.ids.roadmap,
    `is not a roadmap item in ${index.display}/roadmap/`,
  );
  checkIds('ships', request.ships, index.ids.roadmap, `is not a roadmap item in ${index.display}/roadmap/`);
  checkIds('closes', request.closes, index.ids.feedback, `is not a request in ${index.display}/feedback/`);
  checkIds(
    'status',
    request.status === undefined ? undefined : [request.status],
    ROADMAP_STATUSES,
    `is not a status (use ${ROADMAP_STATUSES.join(', ')})`,
  );
  checkIds('changes', request.changes, CHANGE_TYPES, `is not a change type (use ${CHANGE_TYPES.join(', ')})`);

  let votes: number | undefined;
  if (request.votes !== undefined) {
    votes = /^\d+$/.test(request.votes) ? Number(request.votes) : undefined;
    if (votes === undefined) problems.push(`--votes: "${request.votes}" is not a whole number`);
  }
  if (request.source !== undefined && !/^https?:\/\/[^\s]+$/.test(request.source)) {
    problems.push(`--source: "${request.source}" is not an http(s):// address`);
  }

  const extension = request.mdx ? '.mdx' : '.md';
  const taken = index.ids[kind];
  let id: string;
  if (request.id !== undefined) {
    id = request.id;
    if (!isValidId(id))
      problems.push(
        `--id: "${id}" is not a valid id (lowercase letters, digits and single hyphens, such as ${slugify(id) || 'csv-export'})`,
      );
    const clash = taken.find((existing) => existing.toLowerCase() === id.toLowerCase());
    if (isReservedId(kind, id)) {
      problems.push(`--id: "${id}" is reserved: /${COLLECTIONS[kind].folder}/${id}/ is one of the site's list pages; choose another id`);
    } else if (clash !== undefined) {
      problems.push(
        `--id: ${index.display}/${COLLECTIONS[kind].folder}/${clash} already exists; nothing is overwritten, choose another id`,
      );
    }
  } else {
    // A release is named after its version when it has one (v3-5-0), as its URL.
    const base =
      (kind === 'changelog' && request.version ? slugify(`v${request.version.trim().replace(/^v/i, '')}`) : '') ||
      idFromTitle(title, `${kind}-${date}`);
    id = uniqueId(base, taken, kind);
  }
  if (problems.length) return { ok: false, problems };

  const fields: [string, FieldValue][] =
    kind === 'feedback'
      ? [
          ['title', title],
          ['submitted', { date }],
          ['votes', votes ?? 0],
          ['areas', request.areas],
          ['roadmap', request.roadmap],
          ['source', request.source],
          ['author', request.author?.trim() || undefined],
        ]
      : kind === 'roadmap'
        ? [
            ['title', title],
            ['status', request.status ?? 'later'],
            ['areas', request.areas],
            ['target', request.target?.trim() || undefined],
          ]
        : [
            ['title', title],
            ['date', { date }],
            ['version', request.version?.trim() || undefined],
            ['changes', request.changes],
            ['ships', request.ships],
            ['closes', request.closes],
            ['areas', request.areas],
          ];
  if (request.internal) fields.push(['visibility', 'internal']);
  // A hint the published page never shows: HTML comments are dropped when rendering, MDX needs its own form.
  const hint = request.mdx ? `{/* ${BODY_HINT[kind]} */}` : `<!-- ${BODY_HINT[kind]} -->`;
  const text = renderEntryFile(fields, hint);
  const file = `${COLLECTIONS[kind].folder}/${id}${extension}`;

  // The scaffold must pass the same checks as content written by hand.
  const check = parseEntry(kind, id, `${index.display}/${file}`, text);
  if (check.problems.length) return { ok: false, problems: [formatText(check.problems)] };
  return { ok: true, id, file, text };
}
