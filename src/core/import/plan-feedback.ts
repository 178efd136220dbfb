import { COLLECTIONS } from '../collections.ts';
import { isValidId } from '../ids.ts';
import { parseEntry } from '../load/load-collection.ts';
import { idFromTitle, uniqueId } from '../scaffold/project-index.ts';
import { renderEntryFile } from '../scaffold/yaml-write.ts';
import { areasFor } from './areas.ts';
import { prepareImportedBody } from './body.ts';
import { setFrontmatterScalar } from './edit-frontmatter.ts';
import { sourceKey, type ExistingFile } from './existing.ts';
import type { ImportAction, ImportRecord, ImportedRequest } from './types.ts';

/**
 * The fields an import owns after it created a request: only `votes`, which
 * mirrors the source on every run. Everything else (title, body, areas,
 * status, links) is written once, at creation, and is the maintainer's from then on.
 */
export const OWNED_FEEDBACK_FIELDS = ['votes'] as const;

export interface FeedbackPlanContext {
  /** Existing feedback files, read by `readCollectionFiles`. */
  existing: readonly ExistingFile[];
  /** Content folder as shown in messages. */
  display: string;
  mapArea: (label: string) => string | undefined;
}

const MAX_TITLE = 140;

/**
 * Plans an import of requests: finds each one's file by its `source`, then
 * creates, updates the votes of, or leaves it. Pure: nothing is written here,
 * so a run with the same export plans no writes at all.
 */
export function planFeedbackImport(records: readonly ImportRecord[], context: FeedbackPlanContext): ImportAction[] {
  const bySource = new Map<string, ExistingFile[]>();
  for (const file of context.existing) {
    if (typeof file.data.source !== 'string') continue;
    const key = sourceKey(file.data.source);
    bySource.set(key, [...(bySource.get(key) ?? []), file]);
  }
  const taken = context.existing.filter((file) => !file.draft).map((file) => file.id);
  const seen = new Map<string, string>();
  const actions: ImportAction[] = [];

  for (const record of records) {
    if (!record.ok) {
      actions.push({ type: 'skipped', ref: record.ref, title: record.title, reason: record.reason });
      continue;
    }
    const request = record.request;
    const key = sourceKey(request.source);
    const first = seen.get(key);
    if (first !== undefined) {
      actions.push({
        type: 'skipped',
        ref: request.ref,
        title: request.title,
        reason: `the export lists ${request.source} twice (first as ${first})`,
      });
      continue;
    }
    seen.set(key, request.ref);

    const matches = bySource.get(key) ?? [];
    if (matches.length > 1) {
      actions.push({
        type: 'skipped',
        ref: request.ref,
        title: request.title,
        reason: `${matches.map((file) => file.file).join(' and ')} share this source; keep one (mark the other a duplicate with its own source)`,
      });
    } else if (matches[0]?.draft) {
      actions.push({ type: 'skipped', ref: request.ref, title: request.title, reason: `kept as a draft in ${matches[0].file}` });
    } else if (matches.length === 1) {
      actions.push(refreshVotes(matches[0]!, request));
    } else if (request.skipNew !== undefined) {
      actions.push({ type: 'skipped', ref: request.ref, title: request.title, reason: request.skipNew });
    } else {
      const created = createRequest(request, context, taken);
      if (created.type === 'create') taken.push(created.id);
      actions.push(created);
    }
  }
  return actions;
}

function refreshVotes(file: ExistingFile, request: ImportedRequest): ImportAction {
  if ((file.data.votes ?? 0) === request.votes) return { type: 'unchanged', ref: request.ref, file: file.file };
  const edit = setFrontmatterScalar(file.raw, 'votes', String(request.votes));
  if (!edit.ok) {
    return { type: 'skipped', ref: request.ref, title: request.title, reason: `${file.file}: votes not updated, ${edit.reason}` };
  }
  return {
    type: 'update',
    ref: request.ref,
    file: file.file,
    text: edit.text,
    before: file.raw,
    change: `votes ${edit.previous === undefined ? '(none)' : String(edit.previous)} → ${request.votes}`,
  };
}

function createRequest(request: ImportedRequest, context: FeedbackPlanContext, taken: readonly string[]): ImportAction {
  const title = shorten(request.title.replace(/\s+/g, ' ').trim());
  if (!title) return { type: 'skipped', ref: request.ref, reason: 'it has no title' };
  const id = uniqueId(idFromTitle(title, request.fallbackId), taken, 'feedback');
  if (!isValidId(id))
    return { type: 'skipped', ref: request.ref, title, reason: `"${id}" is not a usable id; give it a title with letters` };
  const { body, notes } = prepareImportedBody(request.body, request.source);
  const text = renderEntryFile(
    [
      ['title', title],
      ['submitted', { date: request.submitted }],
      ['votes', request.votes],
      ['areas', areasFor(request.labels, context.mapArea)],
      ['status', request.status],
      ['source', request.source],
    ],
    body,
  );
  const file = `${context.display}/${COLLECTIONS.feedback.folder}/${id}.md`;
  const check = parseEntry('feedback', id, file, text);
  if (check.problems.length) {
    return { type: 'skipped', ref: request.ref, title, reason: check.problems.map((problem) => problem.message).join('; ') };
  }
  return { type: 'create', ref: request.ref, title, id, file, text, notes };
}

/** Titles are limited to 140 characters: cut at a word and mark the cut. */
function shorten(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:-]+$/, '')}…`;
}
