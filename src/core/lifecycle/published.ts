import type { Corpus, Entry } from '../collections.ts';
import type { FeedbackState, Lifecycle, ReleaseState, RoadmapState, StatusExplanation } from './derive.ts';

/** True for an entry kept off the published site (`visibility: internal`). */
export function isInternal(entry: Entry): boolean {
  return entry.data.visibility === 'internal';
}

/** The entries and derived states customers may see. */
export interface Published {
  corpus: Corpus;
  lifecycle: Lifecycle;
}

/**
 * What the published site shows, from the lifecycle derived over every entry:
 * internal entries are gone, and so is every mention of them in a public
 * entry's state. A request linked to an internal item keeps the status the item
 * gives it, without the item; a release lists only the public items it ships.
 * Votes are counted again from public requests only, so a total never reveals
 * that hidden requests exist. Every page, feed and API document reads this.
 */
export function publish(corpus: Corpus, lifecycle: Lifecycle): Published {
  const shown = {
    feedback: corpus.feedback.filter((entry) => !isInternal(entry)),
    roadmap: corpus.roadmap.filter((entry) => !isInternal(entry)),
    changelog: corpus.changelog.filter((entry) => !isInternal(entry)),
  };
  const publicIds = {
    feedback: new Set(shown.feedback.map((entry) => entry.id)),
    roadmap: new Set(shown.roadmap.map((entry) => entry.id)),
    releases: new Set(shown.changelog.map((entry) => entry.id)),
  };
  if (
    shown.feedback.length + shown.roadmap.length + shown.changelog.length ===
    corpus.feedback.length + corpus.roadmap.length + corpus.changelog.length
  ) {
    return { corpus, lifecycle };
  }

  const feedback = new Map<string, FeedbackState>();
  for (const [id, state] of lifecycle.feedback) {
    if (!publicIds.feedback.has(id)) continue;
    const hidden = state.roadmap !== undefined && !publicIds.roadmap.has(state.roadmap);
    feedback.set(id, {
      ...state,
      roadmap: hidden ? undefined : state.roadmap,
      explanation: hidden ? withoutItem(state.explanation) : state.explanation,
      duplicates: state.duplicates.filter((duplicate) => publicIds.feedback.has(duplicate)),
      totalVotes: state.votes,
    });
  }
  // Merged requests' votes flow into their canonical request, as in the derivation, public ones only.
  for (const state of feedback.values()) {
    if (state.explanation.status !== 'merged') continue;
    const canonical = feedback.get(state.explanation.canonical);
    if (canonical && canonical.id !== state.id) canonical.totalVotes += state.votes;
  }

  const roadmap = new Map<string, RoadmapState>();
  for (const [id, state] of lifecycle.roadmap) {
    if (!publicIds.roadmap.has(id)) continue;
    const requests = state.requests.filter((request) => feedback.has(request));
    const votes = requests.reduce((sum, request) => sum + feedback.get(request)!.totalVotes, 0);
    roadmap.set(id, { ...state, requests, votes });
  }

  const releases = new Map<string, ReleaseState>();
  for (const [id, state] of lifecycle.releases) {
    if (!publicIds.releases.has(id)) continue;
    releases.set(id, {
      ...state,
      ships: state.ships.filter((item) => roadmap.has(item)),
      closes: state.closes.filter((request) => feedback.has(request)),
      answers: state.answers.filter((request) => feedback.has(request)),
    });
  }

  return {
    corpus: shown,
    lifecycle: {
      feedback,
      roadmap,
      releases,
      releaseOrder: lifecycle.releaseOrder.filter((id) => releases.has(id)),
      problems: lifecycle.problems,
    },
  };
}

/** The status an internal item gives a request, said without the item (nor its cancellation note). */
function withoutItem(explanation: StatusExplanation): StatusExplanation {
  switch (explanation.status) {
    case 'planned':
    case 'in-progress':
    case 'shipped': {
      const { roadmap: _item, ...rest } = explanation;
      return rest;
    }
    case 'declined':
      return { status: 'declined' };
    default:
      return explanation;
  }
}
