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

export const CHANGE_TYPE_LABELS = {
  new: 'New',
  improved: 'Improved',
  fixed: 'Fixed',
  deprecated: 'Deprecated',
  removed: 'Removed',
  security: 'Security',
} as const;
