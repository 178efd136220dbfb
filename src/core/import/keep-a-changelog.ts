import { COLLECTIONS } from '../collections.ts';
import { slugify } from '../ids.ts';
import { parseEntry } from '../load/load-collection.ts';
import { CHANGE_TYPES, type ChangeType } from '../schema/changelog.ts';
import { isCalendarDate } from '../schema/fields.ts';
import { uniqueId } from '../scaffold/project-index.ts';
import { prepareImportedBody } from './body.ts';
import { renderEntryFile } from '../scaffold/yaml-write.ts';
import { en } from '../i18n/en.ts';
import type { ExistingFile } from './existing.ts';
import type { ImportAction } from './types.ts';

/** Keep a Changelog's section headings and the change types they stand for. */
export const SECTION_CHANGES: Record<string, ChangeType> = {
  added: 'new',
  changed: 'improved',
  deprecated: 'deprecated',
  removed: 'removed',
  fixed: 'fixed',
  security: 'security',
};

export interface ImportedRelease {
  ref: string;
  version: string;
  date: string;
  body: string;
  changes: ChangeType[];
}

export type ReleaseRecord = { ok: true; release: ImportedRelease } | { ok: false; ref: string; reason: string };

// ## [1.2.0] - 2026-01-15, also without brackets, with an en dash, or marked [YANKED].
const VERSION_HEADING = /^##\s+\[?([^\]\s]+)\]?(?:\s+[-–—]\s+(\S+))?(\s+\[YANKED\])?\s*$/i;
const LINK_DEFINITION = /^ {0,3}\[([^\]]+)\]:\s+\S+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits a Keep a Changelog file into releases: one per `## [version] - date`
 * section, its `### Added`/`Changed`/… headings giving the change types and
 * renamed as the site names them (Added is New, Changed is Improved). The
 * body keeps the section's lists, one heading level up so they sit under the
 * release title, with the link definitions they use.
 */
export function parseKeepAChangelog(text: string): ReleaseRecord[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const definitions = new Map<string, string>();
  const sections: { heading: string; lines: string[] }[] = [];
  let fence: string | undefined;
  let current: { heading: string; lines: string[] } | undefined;
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker[0]!.repeat(marker.length);
    else if (fence && marker?.startsWith(fence)) fence = undefined;
    else if (fence === undefined) {
      const definition = LINK_DEFINITION.exec(line);
      if (definition) {
        definitions.set(definition[1]!.toLowerCase(), line.trim());
        continue;
      }
      if (/^##\s/.test(line)) {
        current = { heading: line, lines: [] };
        sections.push(current);
        continue;
      }
      if (/^#\s/.test(line)) {
        current = undefined;
        continue;
      }
    }
    current?.lines.push(line);
  }
  return sections.map((section) => toRelease(section.heading, section.lines, definitions));
}

function toRelease(heading: string, lines: readonly string[], definitions: ReadonlyMap<string, string>): ReleaseRecord {
  const match = VERSION_HEADING.exec(heading.trim());
  const ref = heading.replace(/^##\s+/, '').trim();
  if (!match) return { ok: false, ref, reason: 'the heading is not "## [version] - YYYY-MM-DD"' };
  const [, version, date, yanked] = match as unknown as [string, string, string | undefined, string | undefined];
  if (version.toLowerCase() === 'unreleased') return { ok: false, ref, reason: 'it is not released yet' };
  if (yanked) return { ok: false, ref, reason: 'it was yanked' };
  if (date === undefined) return { ok: false, ref, reason: 'it has no release date' };
  if (!isCalendarDate(date)) return { ok: false, ref, reason: `its date "${date}" is not a day written as YYYY-MM-DD` };

  const changes: ChangeType[] = [];
  let fence: string | undefined;
  const body = lines.map((line) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker[0]!.repeat(marker.length);
    else if (fence && marker?.startsWith(fence)) fence = undefined;
    if (fence !== undefined || marker) return line;
    const section = /^###\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    const type = section === undefined ? undefined : SECTION_CHANGES[section.toLowerCase()];
    if (type && !changes.includes(type)) changes.push(type);
    // The heading says what the release page's badge says: "Added" is "New" (Keep a Changelog's headings are English).
    if (type) return `## ${en[`change.${type}`]}`;
    // One level up: the release title is the page's heading.
    return /^#{3,6}\s/.test(line) ? line.slice(1) : line;
  });
  let text = body.join('\n').trim();
  const used = [...definitions].filter(([label]) => text.toLowerCase().includes(`[${label}]`));
  if (used.length) text += `\n\n${used.map(([, line]) => line).join('\n')}`;
  changes.sort((a, b) => CHANGE_TYPES.indexOf(a) - CHANGE_TYPES.indexOf(b));
  return { ok: true, release: { ref, version, date, body: text, changes } };
}

const versionKey = (version: string) => version.trim().replace(/^v/i, '').toLowerCase();

/**
 * Plans changelog entries for the releases no entry has yet. A release is
 * found again by its `version` (or its id, v1-2-0); an import owns no field
 * of a release it created: from then on the notes are the maintainer's.
 */
export function planChangelogImport(records: readonly ReleaseRecord[], existing: readonly ExistingFile[], display: string): ImportAction[] {
  const byVersion = new Map<string, ExistingFile>();
  for (const file of existing) {
    if (typeof file.data.version === 'string' || typeof file.data.version === 'number') {
      byVersion.set(versionKey(String(file.data.version)), file);
    }
  }
  const byId = new Map(existing.map((file) => [file.id.toLowerCase(), file]));
  const taken = existing.filter((file) => !file.draft).map((file) => file.id);
  const seen = new Set<string>();
  return records.map((record): ImportAction => {
    if (!record.ok) return { type: 'skipped', ref: record.ref, reason: record.reason };
    const { release } = record;
    const key = versionKey(release.version);
    if (seen.has(key)) return { type: 'skipped', ref: release.ref, reason: `version ${release.version} appears twice` };
    seen.add(key);
    const base = slugify(`v${release.version.replace(/^v/i, '')}`);
    const found = byVersion.get(key) ?? byId.get(base);
    if (found) return { type: 'unchanged', ref: release.ref, file: found.file };
    const id = uniqueId(base, taken, 'changelog');
    taken.push(id);
    const { body, notes } = prepareImportedBody(release.body);
    const title = `Version ${release.version}`;
    const text = renderEntryFile(
      [
        ['title', title],
        ['date', { date: release.date }],
        ['version', release.version],
        ['changes', release.changes],
      ],
      body,
    );
    const file = `${display}/${COLLECTIONS.changelog.folder}/${id}.md`;
    const check = parseEntry('changelog', id, file, text);
    if (check.problems.length) {
      return { type: 'skipped', ref: release.ref, reason: check.problems.map((problem) => problem.message).join('; ') };
    }
    return { type: 'create', ref: release.ref, title, id, file, text, notes };
  });
}
