/**
 * Every set of statuses Roadlog knows, in one place: what maintainers write,
 * what customers see, the board's columns and the lists behind them. Schemas,
 * the lifecycle, the API, the views and the reserved ids derive from these.
 */

/** What a maintainer may write on a request; the other public statuses are derived. */
export const FEEDBACK_STATUSES = ['open', 'under-review', 'declined', 'duplicate'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What a maintainer writes on a roadmap item. */
export const ROADMAP_STATUSES = ['later', 'next', 'now', 'paused', 'cancelled'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/**
 * What the roadmap's `status` field accepts: `shipped` only so that
 * validation can explain that a release ships an item, not a status.
 */
export const ROADMAP_WRITTEN_STATUSES = [...ROADMAP_STATUSES, 'shipped'] as const;
export type RoadmapWrittenStatus = (typeof ROADMAP_WRITTEN_STATUSES)[number];

/** A roadmap item as customers see it: its status, or shipped once a release ships it. */
export const ROADMAP_PUBLIC_STATUSES = [...ROADMAP_STATUSES, 'shipped'] as const;
export type RoadmapPublicStatus = (typeof ROADMAP_PUBLIC_STATUSES)[number];

/** A request as customers see it, derived by the lifecycle. */
export const FEEDBACK_PUBLIC_STATUSES = ['open', 'under-review', 'planned', 'in-progress', 'shipped', 'declined', 'merged'] as const;
export type FeedbackPublicStatus = (typeof FEEDBACK_PUBLIC_STATUSES)[number];

/** The board's columns, in order: what is happening first, the same on the board, the home page and an area's page. */
export const BOARD_COLUMNS = ['now', 'next', 'later', 'shipped'] as const satisfies readonly RoadmapPublicStatus[];
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** Every roadmap status with a list of its own: the board's columns, then the items off the board. */
export const ROADMAP_LISTS = [...BOARD_COLUMNS, 'paused', 'cancelled'] as const satisfies readonly RoadmapPublicStatus[];

/** The kinds of change a release lists. */
export const CHANGE_TYPES = ['new', 'improved', 'fixed', 'deprecated', 'removed', 'security'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
