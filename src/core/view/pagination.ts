export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

export interface Pagination {
  /** 1-based. */
  number: number;
  count: number;
  /** Entries over all pages. */
  total: number;
  prev?: string;
  next?: string;
  /** The first, the last and the pages around the current one; `null` marks a gap. */
  pages: (PageLink | null)[];
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  total: number;
}

/** Splits a list into pages; an empty list still has one (empty) page, so its URL exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    total: items.length,
  }));
}

/** Links for one page of a list: a window of at most seven links, whatever the number of pages. */
export function pagination(page: Page<unknown>, href: (number: number) => string): Pagination {
  const { number, count } = page;
  const shown = new Set([1, count, number - 1, number, number + 1].filter((n) => n >= 1 && n <= count));
  const pages: (PageLink | null)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous === 2) pages.push({ number: n - 1, href: href(n - 1), current: false });
    else if (n - previous > 2) pages.push(null);
    pages.push({ number: n, href: href(n), current: n === number });
    previous = n;
  }
  return {
    number,
    count,
    total: page.total,
    prev: number > 1 ? href(number - 1) : undefined,
    next: number < count ? href(number + 1) : undefined,
    pages,
  };
}
