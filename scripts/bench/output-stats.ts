import { type FileSize, listFiles } from '../lib/files.ts';

export type PageSize = FileSize;

export interface OutputStats {
  bytes: number;
  files: number;
  htmlPages: number;
  /** The roadmap board, `roadmap/index.html`. */
  board?: PageSize;
  /** The largest page that is not an entry page: home, board, lists, their pages, areas, search. */
  largestList?: PageSize;
  /** How many such pages there are, and how many are over the page budget. */
  listPages: number;
  listPagesOverBudget: number;
  /** The roadmap activity feeds (site-wide and per area) and the feed of each request. */
  feeds: { activity: FeedFiles; requests: FeedFiles };
}

export interface FeedFiles {
  files: number;
  bytes: number;
  largest?: FileSize;
}

const ACTIVITY_FEED = /^roadmap\/(?:areas\/[^/]+\/)?activity\.xml$/;
const REQUEST_FEED = /^feedback\/[^/]+\/feed\.xml$/;

function feedFiles(files: readonly FileSize[], pattern: RegExp): FeedFiles {
  const matching = files.filter((file) => pattern.test(file.path));
  return {
    files: matching.length,
    bytes: matching.reduce((sum, file) => sum + file.bytes, 0),
    largest: matching.reduce<FileSize | undefined>((max, file) => (!max || file.bytes > max.bytes ? file : max), undefined),
  };
}

/** The HTML budget of the board and every list page at 10,000 entries: 100 kB, counted strictly (10^3). */
export const LIST_PAGE_BUDGET = 100_000;

/**
 * Sizes of a built site. A "list page" is any HTML page that is not one
 * entry's own page (`<kind>/<id>/index.html`), so pages added later (areas,
 * pagination, search) are covered without naming them here.
 */
export function outputStats(dist: string, entryPages: ReadonlySet<string>): OutputStats {
  const files = listFiles(dist);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const lists = html.filter((file) => !entryPages.has(file.path));
  const largestList = lists.reduce<PageSize | undefined>((max, file) => (!max || file.bytes > max.bytes ? file : max), undefined);
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.length,
    htmlPages: html.length,
    board: html.find((file) => file.path === 'roadmap/index.html'),
    largestList,
    listPages: lists.length,
    listPagesOverBudget: lists.filter((file) => file.bytes > LIST_PAGE_BUDGET).length,
    feeds: { activity: feedFiles(files, ACTIVITY_FEED), requests: feedFiles(files, REQUEST_FEED) },
  };
}

/** `feedback/<id>/index.html` for every entry file of a content folder's corpus. */
export function entryPagePaths(contentFiles: Iterable<string>): Set<string> {
  const pages = new Set<string>();
  for (const path of contentFiles) {
    const match = /^(feedback|roadmap|changelog)\/([^/]+)\.mdx?$/.exec(path);
    if (match) pages.add(`${match[1]}/${match[2]}/index.html`);
  }
  return pages;
}
