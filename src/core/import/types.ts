/**
 * What every importer turns its export into, before planning: requests keyed
 * by the URL where they live (their `source`), or rows it cannot use.
 */
export interface ImportedRequest {
  /** Where the request lives: the stable key that finds it again on the next run. */
  source: string;
  /** How messages name it: "#12" for an issue, "row 7" for a CSV line. */
  ref: string;
  title: string;
  /** YYYY-MM-DD. */
  submitted: string;
  votes: number;
  /** Labels, boards, categories or tags, mapped to areas by the site's settings. */
  labels: string[];
  body: string;
  status?: 'under-review';
  /** Id to use when the title gives none (a title in a script slugify cannot transliterate). */
  fallbackId: string;
  /**
   * Why a request that is not imported yet should not be created (closed,
   * completed); one imported before still gets its votes refreshed.
   */
  skipNew?: string;
}

export type ImportRecord = { ok: true; request: ImportedRequest } | { ok: false; ref: string; title?: string; reason: string };

/** The outcome of reading an export file: records, or one message about the whole file. */
export type ParsedExport<T> = { ok: true; records: T[] } | { ok: false; message: string };

/** What an import does to one record; nothing is written until the whole plan is made. */
export type ImportAction =
  | {
      type: 'create';
      ref: string;
      title: string;
      id: string;
      file: string;
      text: string;
      /** What was changed in the body so that the file passes validation. */
      notes?: string[];
    }
  | { type: 'update'; ref: string; file: string; text: string; before: string; change: string }
  | { type: 'unchanged'; ref: string; file: string }
  | { type: 'skipped'; ref: string; title?: string; reason: string };

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export function countActions(actions: readonly ImportAction[]): ImportCounts {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const action of actions) {
    if (action.type === 'create') counts.created++;
    else if (action.type === 'update') counts.updated++;
    else counts[action.type]++;
  }
  return counts;
}
