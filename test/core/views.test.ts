import { describe, expect, it } from 'vitest';
import { changelogFeeds } from '../../src/core/view/chrome.ts';
import { explainRoadmap } from '../../src/core/view/explain.ts';
import { feedbackPage } from '../../src/core/view/feedback-view.ts';
import { inlineText } from '../../src/core/view/inline.ts';
import { createLinks, listPaths, RESERVED_IDS } from '../../src/core/urls.ts';
import { changelogListings, feedbackListings, roadmapListings } from '../../src/core/view/listings.ts';
import { releaseNeighbours } from '../../src/core/view/lists.ts';
import { areaView, boardView, homeView } from '../../src/core/view/overview.ts';
import { paginate, pagination } from '../../src/core/view/pagination.ts';
import { roadmapPage } from '../../src/core/view/roadmap-view.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

/** A small product: every status, two areas, three releases. */
function model(overrides: Record<string, unknown> = {}) {
  return createSiteModel(
    siteConfig({ base: '/roadmap/', lists: { pageSize: 2, boardSize: 1 }, ...overrides }),
    corpus({
      roadmap: [
        roadmap('csv', { title: 'CSV export', areas: ['exports'], updates: [{ date: '2026-01-05', status: 'now', note: 'Building it.' }] }),
        roadmap('api', { title: 'Public API', status: 'later', areas: ['exports'], target: '2027-H1' }),
        roadmap('dark', { title: 'Dark mode', status: 'next', areas: ['editor'] }),
        roadmap('live', {
          title: 'Live editing',
          status: 'now',
          areas: ['editor'],
          target: '2026-Q4',
          updates: [
            { date: '2026-02-01', status: 'next', note: 'Up next.' },
            { date: '2026-03-01', status: 'now', note: 'Started.' },
          ],
        }),
        roadmap('keys', { title: 'Shortcuts', status: 'paused', updates: [{ date: '2026-02-10', status: 'paused', note: 'On hold.' }] }),
        roadmap('offline', {
          title: 'Offline',
          status: 'cancelled',
          updates: [{ date: '2026-02-11', status: 'cancelled', note: 'Too unreliable.' }],
        }),
      ],
      feedback: [
        feedback('want-csv', {
          title: 'CSV please',
          votes: 10,
          areas: ['exports'],
          roadmap: 'csv',
          submitted: '2026-01-02',
          author: 'Ada',
        }),
        feedback('spreadsheet', { votes: 3, status: 'duplicate', duplicateOf: 'want-csv' }),
        feedback('want-api', { votes: 6, areas: ['exports'], roadmap: 'api', submitted: '2026-01-20' }),
        feedback('want-dark', { votes: 7, areas: ['editor'], roadmap: 'dark', submitted: '2026-02-01' }),
        feedback('want-live', { votes: 9, areas: ['editor'], roadmap: 'live', submitted: '2026-01-25' }),
        feedback('want-offline', { votes: 4, roadmap: 'offline', submitted: '2026-02-10' }),
        feedback('faster', { votes: 2, submitted: '2026-02-11' }),
        feedback('bulk', { votes: 5, status: 'under-review', areas: ['editor'], submitted: '2026-02-20' }),
        feedback('chain', { status: 'declined', reason: 'No.', submitted: '2026-02-12' }),
      ],
      changelog: [
        release('v1-0', { title: '1.0', date: '2026-01-01', version: '1.0', areas: ['editor'] }),
        release('v1-2', { title: '1.2: CSV', date: '2026-03-15', version: '1.2', ships: ['csv'], closes: ['faster'], areas: ['exports'] }),
        release('v1-1', { title: '1.1', date: '2026-02-15', version: '1.1' }),
      ],
    }),
  );
}

describe('pagination', () => {
  const links = (count: number, number: number) =>
    pagination({ items: [], number, count, total: count * 10 }, (n) => `/p/${n}/`).pages.map((page) => (page ? page.number : '…'));

  it('splits a list into pages, and an empty list into one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([{ items: [], number: 1, count: 1, total: 0 }]);
  });

  it('links the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(links(1, 1)).toEqual([1]);
    expect(links(10, 1)).toEqual([1, 2, '…', 10]);
    expect(links(10, 5)).toEqual([1, '…', 4, 5, 6, '…', 10]);
    expect(links(10, 10)).toEqual([1, '…', 9, 10]);
    // A gap of one page is shown as that page.
    expect(links(5, 4)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links the previous and next pages where they exist', () => {
    const first = pagination({ items: [], number: 1, count: 3, total: 5 }, (n) => `/p/${n}/`);
    expect(first).toMatchObject({ prev: undefined, next: '/p/2/' });
    const last = pagination({ items: [], number: 3, count: 3, total: 5 }, (n) => `/p/${n}/`);
    expect(last).toMatchObject({ prev: '/p/2/', next: undefined });
  });
});

describe('URLs', () => {
  const links = createLinks('/roadmap/');

  it('are stable and live under the base path', () => {
    expect(links.feedbackListing({})).toBe('/roadmap/feedback/');
    expect(links.feedbackListing({ sort: 'votes' }, 2)).toBe('/roadmap/feedback/page/2/');
    expect(links.feedbackListing({ sort: 'recent' })).toBe('/roadmap/feedback/recent/');
    expect(links.feedbackListing({ status: 'planned', sort: 'recent' }, 3)).toBe('/roadmap/feedback/status/planned/recent/page/3/');
    expect(links.feedbackListing({ area: 'maps' })).toBe('/roadmap/feedback/areas/maps/');
    expect(links.roadmapColumn('now')).toBe('/roadmap/roadmap/now/');
    expect(links.roadmapColumn('shipped', 'maps', 2)).toBe('/roadmap/roadmap/areas/maps/shipped/page/2/');
    expect(links.roadmapAreaBoard('maps')).toBe('/roadmap/roadmap/areas/maps/');
    expect(links.changelogListing(undefined, 2)).toBe('/roadmap/changelog/page/2/');
    expect(links.changelogListing('maps')).toBe('/roadmap/changelog/areas/maps/');
    expect(links.areas).toBe('/roadmap/areas/');
    expect(createLinks('/').feedbackListing({ area: 'x' }, 2)).toBe('/feedback/areas/x/page/2/');
  });

  it('of lists cannot be taken by an entry: their first segment is a reserved id', () => {
    const firstSegments = {
      feedback: [
        listPaths.feedback({}, 2),
        listPaths.feedback({ sort: 'recent' }),
        listPaths.feedback({ status: 'open' }),
        listPaths.feedback({ area: 'a' }),
      ],
      roadmap: [
        ...(['later', 'next', 'now', 'shipped', 'paused', 'cancelled'] as const).map((status) => listPaths.roadmapColumn(status)),
        listPaths.roadmapAreaBoard('a'),
      ],
      changelog: [listPaths.changelog(undefined, 2), listPaths.changelog('a')],
    };
    for (const [kind, paths] of Object.entries(firstSegments)) {
      for (const path of paths) {
        expect(RESERVED_IDS[kind as keyof typeof RESERVED_IDS] as readonly string[], `${kind}: ${path}`).toContain(path.split('/')[0]);
      }
    }
  });
});

describe('feedback lists', () => {
  const pages = feedbackListings(model());
  const byParam = new Map(pages.map((page) => [page.param ?? '', page]));

  it('cover all requests, each status and each area, by votes and by recency, page by page', () => {
    expect([...byParam.keys()]).toEqual(
      expect.arrayContaining([
        '',
        'page/2',
        'page/4',
        'recent',
        'recent/page/2',
        'status/planned',
        'status/planned/recent',
        'status/open',
        'areas/editor',
        'areas/exports/recent',
        'areas/editor/status/planned',
        'areas/exports/status/shipped/recent',
      ]),
    );
    // Eight requests (the duplicate counts on the request it was merged into), two a page.
    expect(byParam.get('')!.pagination).toMatchObject({ count: 4, total: 8, next: '/roadmap/feedback/page/2/' });
    expect(byParam.has('page/5')).toBe(false);
    expect(byParam.get('')!.items.map((item) => item.id)).toEqual(['want-csv', 'want-live']);
    expect(byParam.get('recent')!.items.map((item) => item.id)).toEqual(['bulk', 'chain']);
  });

  it('keep a page for a status with no requests, so its URL stays', () => {
    expect(byParam.get('status/in-progress')!.items.map((item) => item.id)).toEqual(['want-live']);
    expect(byParam.get('status/merged')).toBeUndefined();
    // Nothing is open (the only unplanned request was shipped by a release), yet /feedback/status/open/ exists.
    expect(byParam.get('status/open')).toMatchObject({ items: [], pagination: { count: 1, total: 0 }, empty: 'No requests here yet.' });
  });

  it('offer filters that keep the sort, with counts and the current choice marked', () => {
    const page = byParam.get('status/planned/recent')!;
    const [sort, status, area] = page.filters;
    expect(sort!.options.map((option) => [option.label, option.href, option.current])).toEqual([
      ['Most votes', '/roadmap/feedback/status/planned/', false],
      ['Newest', '/roadmap/feedback/status/planned/recent/', true],
    ]);
    expect(status!.options.find((option) => option.current)).toMatchObject({ label: 'Planned', count: 2 });
    expect(status!.options[0]).toMatchObject({ label: 'All', href: '/roadmap/feedback/recent/', count: 8, current: false });
    // Area chips keep the status: planned requests in each area, or in all of them.
    expect(area!.options.map((option) => [option.label, option.href, option.count, option.current])).toEqual([
      ['All areas', '/roadmap/feedback/status/planned/recent/', 2, true],
      ['Exports', '/roadmap/feedback/areas/exports/status/planned/recent/', 1, false],
      ['Editor', '/roadmap/feedback/areas/editor/status/planned/recent/', 1, false],
    ]);
    const combined = byParam.get('areas/editor/status/planned')!;
    expect(combined.heading).toBe('Planned requests in Editor');
    expect(combined.crumbs.map((crumb) => crumb.label)).toEqual(['Feedback', 'Requests in Editor']);
    expect(combined.filters[1]!.options[0]).toMatchObject({ label: 'All', href: '/roadmap/feedback/areas/editor/', count: 3 });
    expect(page.title).toBe('Planned requests, newest first');
    expect(byParam.get('page/2')!.title).toBe('Feedback, page 2');
  });
});

describe('the board', () => {
  const site = model();

  it('shows the top of each column, its total and the way to the full list', () => {
    const board = boardView(site);
    expect(board.columns.map((column) => [column.status, column.total, column.cards.map((card) => card.id), column.href])).toEqual([
      ['later', 1, ['api'], '/roadmap/roadmap/later/'],
      ['next', 1, ['dark'], '/roadmap/roadmap/next/'],
      ['now', 1, ['live'], '/roadmap/roadmap/now/'],
      ['shipped', 1, ['csv'], '/roadmap/roadmap/shipped/'],
    ]);
    expect(board.others).toEqual([
      { label: 'Paused', href: '/roadmap/roadmap/paused/', count: 1 },
      { label: 'Cancelled', href: '/roadmap/roadmap/cancelled/', count: 1 },
    ]);
  });

  it('has a board per area, reached through links', () => {
    const editor = boardView(site, 'editor');
    expect(editor.url).toBe('/roadmap/roadmap/areas/editor/');
    expect(editor.columns.flatMap((column) => column.cards.map((card) => card.id))).toEqual(['dark', 'live']);
    expect(editor.filter.options.filter((option) => option.current).map((option) => option.label)).toEqual(['Editor']);
    expect(editor.columns[2]!.href).toBe('/roadmap/roadmap/areas/editor/now/');
    expect(editor.crumbs).toEqual([{ label: 'Roadmap', href: '/roadmap/roadmap/' }]);
  });

  it('has a full, paginated list behind every column, for the site and each area', () => {
    const params = roadmapListings(site).map((page) => page.param);
    expect(params).toEqual(
      expect.arrayContaining(['later', 'now', 'shipped', 'paused', 'cancelled', 'areas/editor/now', 'areas/exports/shipped']),
    );
  });
});

describe('roadmap items', () => {
  const site = model();
  const sentence = (id: string) => inlineText(explainRoadmap(site, id));

  it('say where they stand in a sentence', () => {
    expect(sentence('csv')).toBe('Shipped in 1.2 on 15 March 2026.');
    expect(sentence('live')).toBe('In progress since 1 March 2026, aiming for 2026-Q4.');
    expect(sentence('dark')).toBe('Next: coming up once the current work ships.');
    expect(sentence('api')).toBe('Later: on the roadmap, not scheduled yet, aiming for 2027-H1.');
    expect(sentence('keys')).toBe('Paused since 10 February 2026: planned, but on hold for now.');
    expect(sentence('offline')).toBe('Cancelled: Too unreliable.');
  });

  it('end their timeline with the release that shipped them', () => {
    const page = roadmapPage(site, 'csv');
    expect(page.timeline.map((event) => [event.date, event.statusLabel, inlineText(event.note)])).toEqual([
      ['2026-01-05', 'Now', 'Building it.'],
      ['2026-03-15', 'Shipped', 'Released in 1.2: CSV.'],
    ]);
    expect(page.timeline.at(-1)!.note[1]).toEqual({ text: '1.2: CSV', href: '/roadmap/changelog/v1-2/' });
    expect(page.description).toBe('Shipped in 1.2 on 15 March 2026. 13 votes from 1 request.');
    // 13 votes: the request's 10 and the 3 of the duplicate merged into it.
    expect(page.votesFrom).toBe('From 1 request, and 1 merged into it.');
    expect(roadmapPage(site, 'dark').votesFrom).toBe('From 1 request.');
  });
});

describe('a request’s way round the loop', () => {
  const site = model();
  const steps = (id: string) => feedbackPage(site, id).loop.map((step) => `${step.label}: ${step.state}: ${inlineText(step.detail)}`);

  it('runs from request to roadmap item to release', () => {
    expect(steps('want-csv')).toEqual([
      'Requested: done: by Ada on 2 January 2026',
      'Planned: done: CSV export (shipped)',
      'Shipped: done: 1.2 on 15 March 2026',
    ]);
    expect(steps('want-live')).toEqual([
      'Requested: done: on 25 January 2026',
      'In progress: current: Live editing (in progress)',
      'Shipped: upcoming: not yet',
    ]);
    // A release closed it directly: no planning step happened, so none is shown.
    expect(steps('faster')).toEqual(['Requested: done: on 11 February 2026', 'Shipped: done: 1.2 on 15 March 2026']);
    // Colours match the status badges: work in progress is amber, shipped green.
    expect(feedbackPage(site, 'want-live').loop.map((step) => step.tone)).toEqual(['green', 'amber', 'gray']);
  });

  it('stops where a request is declined', () => {
    expect(steps('want-offline')).toEqual(['Requested: done: on 10 February 2026', 'Cancelled: stopped: Offline']);
    expect(steps('chain')).toEqual(['Requested: done: on 12 February 2026', 'Declined: stopped: not planned']);
  });

  it('follows the request a duplicate was merged into', () => {
    expect(steps('spreadsheet').slice(1)).toEqual(['Planned: done: CSV export (shipped)', 'Shipped: done: 1.2 on 15 March 2026']);
    expect(steps('bulk')[1]).toBe('Planned: upcoming: under review');
  });

  it('describes itself in one sentence for link previews', () => {
    expect(feedbackPage(site, 'want-csv').description).toBe('Shipped in 1.2 on 15 March 2026 as CSV export. 13 votes.');
  });
});

describe('the changelog', () => {
  const site = model();

  it('is paginated newest first, for the site and for each area', () => {
    const pages = changelogListings(site);
    expect(pages.map((page) => [page.param, page.items.map((item) => item.id)])).toEqual([
      [undefined, ['v1-2', 'v1-1']],
      ['page/2', ['v1-0']],
      ['areas/exports', ['v1-2']],
      ['areas/editor', ['v1-0']],
    ]);
  });

  it('links each release to the one before and after it', () => {
    expect(releaseNeighbours(site, 'v1-1')).toMatchObject({ newer: { id: 'v1-2' }, older: { id: 'v1-0' } });
    expect(releaseNeighbours(site, 'v1-2').newer).toBeUndefined();
  });

  it('offers an area’s own feeds only when the site publishes them', () => {
    expect(changelogFeeds(site, 'maps').rss).toBe('/roadmap/areas/maps/rss.xml');
    expect(changelogFeeds(model({ feeds: { perArea: false } }), 'maps').rss).toBe('/roadmap/changelog/rss.xml');
  });
});

describe('the home and area pages', () => {
  const site = model();

  it('show now, next and later, the most-wanted unplanned requests and recent releases', () => {
    const home = homeView(site);
    expect(home.columns.map((column) => column.status)).toEqual(['now', 'next', 'later']);
    expect(home.wanted.map((request) => request.id)).toEqual(['bulk']);
    expect(home.releases.map((release) => release.id)).toEqual(['v1-2', 'v1-1', 'v1-0']);
    expect(home.stats.map((stat) => `${stat.value} ${stat.label}`)).toEqual([
      '1 in progress',
      '1 planned next',
      '2 requests shipped',
      '3 releases',
    ]);
  });

  it('gather everything in one area', () => {
    const area = areaView(site, 'editor');
    expect(area.columns.flatMap((column) => column.cards.map((card) => card.id))).toEqual(['dark', 'live']);
    expect(area.requests.map((request) => request.id)).toEqual(['want-live', 'want-dark', 'bulk']);
    expect(area.releases.map((release) => release.id)).toEqual(['v1-0']);
    expect(area.description).toBe('Editor: 2 roadmap items, 3 requests and 1 release.');
  });
});
