import type { FeedbackPublicStatus, RoadmapPublicStatus } from '../lifecycle/derive.ts';

export const FEEDBACK_STATUS_LABELS: Record<FeedbackPublicStatus, string> = {
  open: 'Open',
  'under-review': 'Under review',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  declined: 'Declined',
  merged: 'Merged',
};

export const ROADMAP_STATUS_LABELS: Record<RoadmapPublicStatus, string> = {
  later: 'Later',
  next: 'Next',
  now: 'Now',
  paused: 'Paused',
  cancelled: 'Cancelled',
  shipped: 'Shipped',
};

/** A roadmap status as words inside a sentence: "Sync engine (in progress)". */
export const ROADMAP_STATUS_WORDS: Record<RoadmapPublicStatus, string> = {
  later: 'planned for later',
  next: 'coming next',
  now: 'in progress',
  paused: 'paused',
  cancelled: 'cancelled',
  shipped: 'shipped',
};

export const CHANGE_TYPE_LABELS = {
  new: 'New',
  improved: 'Improved',
  fixed: 'Fixed',
  deprecated: 'Deprecated',
  removed: 'Removed',
  security: 'Security',
} as const;

/** How each roadmap list introduces itself: the board's column headings and the lists behind them. */
export const ROADMAP_LIST_TEXT: Record<RoadmapPublicStatus, { heading: string; blurb: string }> = {
  later: { heading: 'Later', blurb: 'On the roadmap, not scheduled yet.' },
  next: { heading: 'Next', blurb: 'Coming up once the current work ships.' },
  now: { heading: 'Now', blurb: 'Being built right now.' },
  shipped: { heading: 'Recently shipped', blurb: 'Delivered, newest first.' },
  paused: { heading: 'Paused', blurb: 'Planned, but on hold for now.' },
  cancelled: { heading: 'Cancelled', blurb: 'Planned once, then dropped, with the reason.' },
};

/** How each feedback status list introduces itself. */
export const FEEDBACK_LIST_TEXT: Record<FeedbackPublicStatus, { heading: string; blurb: string }> = {
  open: { heading: 'Open requests', blurb: 'Not planned yet. Votes and details help decide what comes next.' },
  'under-review': { heading: 'Requests under review', blurb: 'The team is looking into these.' },
  planned: { heading: 'Planned requests', blurb: 'On the roadmap as a planned item.' },
  'in-progress': { heading: 'Requests in progress', blurb: 'Their roadmap item is being built.' },
  shipped: { heading: 'Shipped requests', blurb: 'Answered by a release.' },
  declined: { heading: 'Declined requests', blurb: 'Not planned, each with the reason.' },
  merged: { heading: 'Merged requests', blurb: 'Duplicates, merged into another request.' },
};

/**
 * Colour families for badges. A badge always carries its text label, so
 * colour only repeats what the words say.
 */
export type Tone = 'gray' | 'blue' | 'indigo' | 'amber' | 'green' | 'red' | 'purple';

export const FEEDBACK_STATUS_TONES: Record<FeedbackPublicStatus, Tone> = {
  open: 'gray',
  'under-review': 'purple',
  planned: 'blue',
  'in-progress': 'amber',
  shipped: 'green',
  declined: 'red',
  merged: 'gray',
};

export const ROADMAP_STATUS_TONES: Record<RoadmapPublicStatus, Tone> = {
  later: 'indigo',
  next: 'blue',
  now: 'amber',
  shipped: 'green',
  paused: 'gray',
  cancelled: 'red',
};

export const CHANGE_TYPE_TONES: Record<keyof typeof CHANGE_TYPE_LABELS, Tone> = {
  new: 'green',
  improved: 'blue',
  fixed: 'purple',
  deprecated: 'amber',
  removed: 'red',
  security: 'red',
};
