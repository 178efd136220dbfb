import type { ChangelogEntry, Corpus, Entry, FeedbackEntry, Kind, RoadmapEntry } from '../collections.ts';
import { compareStrings, error, warning, type Problem, type Position } from '../problems.ts';
import type { FeedbackPublicStatus, RoadmapPublicStatus } from '../statuses.ts';
import { compareReleases } from './order.ts';

/** The release that shipped something: the earliest one that names it. */
export interface Shipment {
  release: string;
  version?: string;
  date: string;
}

export type { FeedbackPublicStatus, RoadmapPublicStatus } from '../statuses.ts';

export interface RoadmapState {
  id: string;
  status: RoadmapPublicStatus;
  shipped?: Shipment;
  /** Requests linked to the item (duplicates excluded), most votes first. */
  requests: string[];
  /** Votes of every linked request, their duplicates included. */
  votes: number;
  /** For a cancelled item: the note of its last update, shown to customers as the reason. */
  reason?: string;
}

/**
 * Why a request has its public status, with what a page needs to say so. The
 * roadmap item is absent when none answers it, or when it is internal.
 */
export type StatusExplanation =
  | { status: 'open' }
  | { status: 'under-review' }
  | { status: 'planned'; roadmap?: string; roadmapStatus: 'later' | 'next' | 'paused' }
  | { status: 'in-progress'; roadmap?: string }
  | { status: 'shipped'; roadmap?: string; shipment: Shipment }
  | { status: 'declined'; reason?: string; roadmap?: string }
  | { status: 'merged'; into: string; canonical: string };

export interface FeedbackState {
  id: string;
  status: FeedbackPublicStatus;
  explanation: StatusExplanation;
  /** The request's own votes. */
  votes: number;
  /** Its votes plus those of every request merged into it. */
  totalVotes: number;
  /** Requests marked as duplicates of this one, directly. */
  duplicates: string[];
  /** The roadmap item that answers it, its own or its canonical request's. */
  roadmap?: string;
  /** The release that answered it, directly or through its roadmap item. */
  shipped?: Shipment;
}

export interface ReleaseState {
  id: string;
  /** Roadmap items this release is the first to ship. */
  ships: string[];
  /** Requests this release is the first to close directly. */
  closes: string[];
  /** Every request answered: closed directly or linked to an item it ships; most votes first. */
  answers: string[];
}

export interface Lifecycle {
  roadmap: Map<string, RoadmapState>;
  feedback: Map<string, FeedbackState>;
  releases: Map<string, ReleaseState>;
  /** Releases oldest first. */
  releaseOrder: string[];
  problems: Problem[];
}

const FOLDERS: Record<Kind, string> = { feedback: 'feedback', roadmap: 'roadmap', changelog: 'changelog' };

export function fileOf(entry: Entry, contentDisplay = 'content'): string {
  return entry.file ?? `${contentDisplay}/${FOLDERS[entry.kind]}/${entry.id}.md`;
}

function at(entry: Entry, path: readonly PropertyKey[], part: 'key' | 'value' = 'value'): Partial<Position> {
  return entry.locate ? entry.locate(path, part) : {};
}

/**
 * Derives every public status from the entries: the single source of truth.
 * A release's `ships` ships roadmap items, a roadmap item carries its linked
 * requests, `closes` ships requests directly. Contradictions become problems
 * that name the file to change; the derivation itself never throws, so it can
 * run on content that still has other errors.
 */
export function deriveLifecycle(corpus: Corpus): Lifecycle {
  const problems: Problem[] = [];
  const feedbackById = new Map(corpus.feedback.map((entry) => [entry.id, entry]));
  const roadmapById = new Map(corpus.roadmap.map((entry) => [entry.id, entry]));
  const releasesOldestFirst = [...corpus.changelog].sort(compareReleases);

  const releases = new Map<string, ReleaseState>();
  const shippedBy = new Map<string, ChangelogEntry>();
  const closedBy = new Map<string, ChangelogEntry>();
  for (const release of releasesOldestFirst) {
    const state: ReleaseState = { id: release.id, ships: [], closes: [], answers: [] };
    releases.set(release.id, state);
    for (const itemId of new Set(release.data.ships)) {
      if (!roadmapById.has(itemId) || shippedBy.has(itemId)) continue;
      shippedBy.set(itemId, release);
      state.ships.push(itemId);
    }
    release.data.closes.forEach((requestId, index) => {
      if (!feedbackById.has(requestId)) return;
      const earlier = closedBy.get(requestId);
      if (earlier) {
        if (earlier.id !== release.id) {
          problems.push(
            warning({
              code: 'closed-twice',
              file: fileOf(release),
              ...at(release, ['closes', index]),
              message: `request "${requestId}" is already closed by the earlier release ${fileOf(earlier)}`,
              hint: `remove "${requestId}" from \`closes\` here; the earliest release is the one customers see`,
            }),
          );
        }
        return;
      }
      closedBy.set(requestId, release);
      state.closes.push(requestId);
    });
  }

  const roadmap = new Map<string, RoadmapState>();
  for (const item of corpus.roadmap) {
    roadmap.set(item.id, deriveRoadmapState(item, shippedBy.get(item.id), problems));
  }

  const canonicalOf = resolveDuplicates(corpus.feedback, feedbackById, problems);

  const feedback = new Map<string, FeedbackState>();
  const duplicatesOf = new Map<string, string[]>();
  for (const entry of corpus.feedback) {
    const target = entry.data.status === 'duplicate' ? entry.data.duplicateOf : undefined;
    if (target !== undefined && feedbackById.has(target) && canonicalOf.get(entry.id) !== undefined) {
      const list = duplicatesOf.get(target) ?? [];
      list.push(entry.id);
      duplicatesOf.set(target, list);
    }
  }

  // Canonical requests first, so merged ones can point at their final state.
  const ordered = [...corpus.feedback].sort((a, b) => Number(a.data.status === 'duplicate') - Number(b.data.status === 'duplicate'));
  for (const entry of ordered) {
    const state = deriveFeedbackState(entry, {
      roadmapById,
      roadmap,
      closedBy,
      canonicalOf,
      feedback,
      problems,
    });
    state.duplicates = (duplicatesOf.get(entry.id) ?? []).sort(compareStrings);
    feedback.set(entry.id, state);
  }

  // Votes flow from merged requests into their canonical request, then into its roadmap item.
  for (const entry of corpus.feedback) {
    const canonical = canonicalOf.get(entry.id);
    if (canonical !== undefined && canonical !== entry.id) {
      const target = feedback.get(canonical);
      if (target) target.totalVotes += entry.data.votes;
    }
  }
  for (const state of feedback.values()) {
    if (state.status === 'merged' || state.roadmap === undefined) continue;
    const item = roadmap.get(state.roadmap);
    if (!item) continue;
    item.requests.push(state.id);
    item.votes += state.totalVotes;
  }
  const byVotes = (a: string, b: string) => (feedback.get(b)?.totalVotes ?? 0) - (feedback.get(a)?.totalVotes ?? 0) || compareStrings(a, b);
  for (const item of roadmap.values()) item.requests.sort(byVotes);

  for (const release of releases.values()) {
    const answers = new Set(release.closes);
    for (const itemId of release.ships) for (const requestId of roadmap.get(itemId)?.requests ?? []) answers.add(requestId);
    release.answers = [...answers].sort(byVotes);
  }

  return {
    roadmap,
    feedback,
    releases,
    releaseOrder: releasesOldestFirst.map((release) => release.id),
    problems,
  };
}

function deriveRoadmapState(item: RoadmapEntry, release: ChangelogEntry | undefined, problems: Problem[]): RoadmapState {
  const written = item.data.status;
  const lastNote = item.data.updates.at(-1)?.note;
  const state: RoadmapState = { id: item.id, status: 'later', requests: [], votes: 0 };
  if (release) {
    state.status = 'shipped';
    state.shipped = { release: release.id, version: release.data.version, date: release.data.date };
    if (written === 'cancelled') {
      problems.push(
        error({
          code: 'cancelled-but-shipped',
          file: fileOf(item),
          ...at(item, ['status']),
          message: `item is cancelled, but release ${fileOf(release)} ships it`,
          hint: `change \`status\` here, or remove "${item.id}" from \`ships\` in ${fileOf(release)}`,
        }),
      );
    }
    return state;
  }
  if (written === 'shipped') {
    problems.push(
      error({
        code: 'shipped-without-release',
        file: fileOf(item),
        ...at(item, ['status']),
        message: 'item says `status: shipped`, but no release ships it',
        expected: 'a changelog entry that lists this item in `ships`',
        hint: `add "${item.id}" to \`ships\` in the changelog entry of the release (npm run new -- changelog "…" --ships ${item.id}), or set the status to now, next, later, paused or cancelled`,
      }),
    );
    state.status = 'now';
    return state;
  }
  if (written === undefined) {
    problems.push(
      error({
        code: 'missing-field',
        file: fileOf(item),
        ...at(item, [], 'key'),
        message: 'missing required field `status`',
        expected: 'one of later, next, now, paused, cancelled (only a shipped item has none)',
        found: 'nothing',
      }),
    );
    return state;
  }
  state.status = written;
  if (written === 'cancelled') state.reason = lastNote;
  return state;
}

/**
 * Follows `duplicateOf` to the request that stays open. Loops (including a
 * request that names itself) are errors; their members resolve to nothing.
 */
function resolveDuplicates(
  entries: FeedbackEntry[],
  byId: Map<string, FeedbackEntry>,
  problems: Problem[],
): Map<string, string | undefined> {
  const canonicalOf = new Map<string, string | undefined>();
  for (const entry of entries) {
    if (canonicalOf.has(entry.id)) continue;
    const chain: string[] = [];
    let current: FeedbackEntry | undefined = entry;
    let result: string | undefined;
    while (current) {
      if (canonicalOf.has(current.id)) {
        result = canonicalOf.get(current.id);
        break;
      }
      const loopStart = chain.indexOf(current.id);
      if (loopStart !== -1) {
        const loop = chain.slice(loopStart);
        reportLoop(loop, byId, problems);
        for (const id of loop) canonicalOf.set(id, undefined);
        result = undefined;
        break;
      }
      chain.push(current.id);
      const target: string | undefined = current.data.status === 'duplicate' ? current.data.duplicateOf : undefined;
      if (target === undefined) {
        result = current.id;
        break;
      }
      const next = byId.get(target);
      if (!next) {
        // Dangling: the reference check reports it; the chain resolves to nothing.
        result = undefined;
        break;
      }
      current = next;
    }
    for (const id of chain) if (!canonicalOf.has(id)) canonicalOf.set(id, result);
  }
  return canonicalOf;
}

function reportLoop(loop: string[], byId: Map<string, FeedbackEntry>, problems: Problem[]) {
  for (const id of loop) {
    const entry = byId.get(id)!;
    const self = loop.length === 1;
    problems.push(
      error({
        code: self ? 'duplicate-of-self' : 'duplicate-loop',
        file: fileOf(entry),
        ...at(entry, ['duplicateOf']),
        message: self
          ? 'request is marked as a duplicate of itself'
          : `duplicates form a loop: ${[...loop.slice(loop.indexOf(id)), ...loop.slice(0, loop.indexOf(id)), id].join(' → ')}`,
        hint: self
          ? 'point `duplicateOf` at the request that stays open, or remove `status: duplicate`'
          : 'one request of the loop must stay open: remove `status: duplicate` and `duplicateOf` from it',
      }),
    );
  }
}

interface FeedbackContext {
  roadmapById: Map<string, RoadmapEntry>;
  roadmap: Map<string, RoadmapState>;
  closedBy: Map<string, ChangelogEntry>;
  canonicalOf: Map<string, string | undefined>;
  feedback: Map<string, FeedbackState>;
  problems: Problem[];
}

function deriveFeedbackState(entry: FeedbackEntry, context: FeedbackContext): FeedbackState {
  const { data } = entry;
  const base = { id: entry.id, votes: data.votes, totalVotes: data.votes, duplicates: [] as string[] };
  const closing = context.closedBy.get(entry.id);

  if (data.status === 'duplicate' && data.duplicateOf !== undefined) {
    const canonical = context.canonicalOf.get(entry.id);
    if (data.roadmap !== undefined) {
      context.problems.push(
        error({
          code: 'duplicate-with-roadmap',
          file: fileOf(entry),
          ...at(entry, ['roadmap']),
          message: 'a duplicate follows the request it duplicates and cannot link a roadmap item of its own',
          hint: `remove \`roadmap\` here${canonical ? `, and link "${data.roadmap}" from ${canonical} if it answers it` : ''}`,
        }),
      );
    }
    if (closing) {
      const index = closing.data.closes.indexOf(entry.id);
      context.problems.push(
        error({
          code: 'closes-duplicate',
          file: fileOf(closing),
          ...at(closing, ['closes', index]),
          message: `request "${entry.id}" is a duplicate; a release closes the request it was merged into`,
          hint: canonical ? `list "${canonical}" in \`closes\` instead` : 'list the request it duplicates instead',
        }),
      );
    }
    const target = canonical === undefined ? undefined : context.feedback.get(canonical);
    return {
      ...base,
      status: 'merged',
      explanation: { status: 'merged', into: data.duplicateOf, canonical: canonical ?? data.duplicateOf },
      roadmap: target?.roadmap,
      shipped: target?.shipped,
    };
  }

  const item = data.roadmap === undefined ? undefined : context.roadmap.get(data.roadmap);
  if (item) {
    if (closing) {
      const index = closing.data.closes.indexOf(entry.id);
      context.problems.push(
        error({
          code: 'closed-and-linked',
          file: fileOf(closing),
          ...at(closing, ['closes', index]),
          message: `request "${entry.id}" is linked to roadmap item "${item.id}", so it ships with that item, not through \`closes\``,
          hint: `remove "${entry.id}" from \`closes\` and add "${item.id}" to \`ships\`, or remove \`roadmap\` from ${fileOf(entry)}`,
        }),
      );
    }
    const explanation = explainFromItem(item);
    checkWrittenStatus(
      entry,
      explanation,
      `it is linked to roadmap item "${item.id}"`,
      'remove `status`, or remove the `roadmap` link',
      context.problems,
    );
    return { ...base, status: explanation.status, explanation, roadmap: item.id, shipped: item.shipped };
  }

  if (closing) {
    const shipment: Shipment = { release: closing.id, version: closing.data.version, date: closing.data.date };
    const explanation: StatusExplanation = { status: 'shipped', shipment };
    checkWrittenStatus(
      entry,
      explanation,
      `release ${fileOf(closing)} closes it`,
      `remove \`status\` here, or remove "${entry.id}" from \`closes\` in ${fileOf(closing)}`,
      context.problems,
    );
    return { ...base, status: 'shipped', explanation, shipped: shipment };
  }

  switch (data.status) {
    case 'declined':
      return { ...base, status: 'declined', explanation: { status: 'declined', reason: data.reason } };
    case 'under-review':
      return { ...base, status: 'under-review', explanation: { status: 'under-review' } };
    default:
      return { ...base, status: 'open', explanation: { status: 'open' } };
  }
}

function explainFromItem(item: RoadmapState): StatusExplanation {
  switch (item.status) {
    case 'shipped':
      return { status: 'shipped', roadmap: item.id, shipment: item.shipped! };
    case 'now':
      return { status: 'in-progress', roadmap: item.id };
    case 'cancelled':
      return { status: 'declined', roadmap: item.id, reason: item.reason };
    default:
      return { status: 'planned', roadmap: item.id, roadmapStatus: item.status };
  }
}

/** A written status must agree with the derived one: only `declined` on a cancelled item does. */
function checkWrittenStatus(entry: FeedbackEntry, derived: StatusExplanation, because: string, hint: string, problems: Problem[]) {
  const written = entry.data.status;
  if (written === undefined || written === 'duplicate') return;
  if (written === derived.status) return;
  problems.push(
    error({
      code: 'status-contradiction',
      file: fileOf(entry),
      ...at(entry, ['status']),
      message: `\`status: ${written}\` contradicts the derived status: ${because}, which makes it ${derived.status}`,
      expected: derived.status,
      found: written,
      hint,
    }),
  );
}
