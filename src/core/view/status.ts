import type { FeedbackPublicStatus, RoadmapPublicStatus } from '../lifecycle/derive.ts';
import type { ChangeType } from '../statuses.ts';

// Status names, list headings and blurbs are words of the site's language: see `model.ui` (src/core/i18n).

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

export const CHANGE_TYPE_TONES: Record<ChangeType, Tone> = {
  new: 'green',
  improved: 'blue',
  fixed: 'purple',
  deprecated: 'amber',
  removed: 'red',
  security: 'red',
};
