import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { activityFeed, activityFeedAreas, requestFeed } from '../../src/core/feeds/activity.ts';
import { writeAtom } from '../../src/core/feeds/atom.ts';
import { boardView } from '../../src/core/view/overview.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

const content = corpus({
  roadmap: [
    roadmap('sync', {
      title: 'Sync <fast> & "safe"',
      status: 'now',
      areas: ['editor'],
      updates: [
        { date: '2026-01-01', status: 'next', note: 'Up next.' },
        { date: '2026-01-01', note: 'A second note the same day.' },
        // Moved to `now` since, without an update saying so.
      ],
    }),
    roadmap('maps', {
      status: 'cancelled',
      areas: ['exports'],
      updates: [{ date: '2026-02-01', status: 'cancelled', note: 'Too costly.' }],
    }),
    roadmap('csv', { areas: ['exports'] }),
  ],
  feedback: [
    feedback('sync-please', { roadmap: 'sync', submitted: '2025-12-01', author: 'Ada' }),
    feedback('maps-please', { roadmap: 'maps', submitted: '2025-12-02' }),
    feedback('csv-please', { roadmap: 'csv', submitted: '2025-12-03' }),
    feedback('nope', { status: 'declined', reason: 'Not for us.', submitted: '2025-12-04' }),
  ],
  changelog: [release('v2', { date: '2026-03-01', version: '2.0', ships: ['csv'] })],
});
const model = (overrides: Record<string, unknown> = {}) =>
  createSiteModel(siteConfig({ url: 'https://example.com', base: '/roadmap/', ...overrides }), content);
const ROOT = 'https://example.com/roadmap/';

const parsed = (document: ReturnType<typeof activityFeed>) => parseAtomFeed(writeAtom(document));
const ids = (document: ReturnType<typeof activityFeed>) => parsed(document).entries?.map((entry) => entry.id?.replace(ROOT, ''));

describe('the roadmap activity feed', () => {
  it('lists updates, shipments and cancellations with their reasons, newest first', () => {
    expect(ids(activityFeed(model()))).toEqual([
      'roadmap/csv/#shipped',
      'roadmap/maps/#update-2026-02-01',
      'roadmap/sync/#update-2026-01-01',
      'roadmap/sync/#update-2026-01-01-2',
    ]);
    const cancelled = parsed(activityFeed(model())).entries?.[1];
    expect(cancelled?.title?.value).toBe('Item maps: cancelled');
    expect(cancelled?.content?.value).toBe('<p>Too costly.</p>');
  });

  it('escapes what maintainers write, so a title with markup still gives a valid feed', () => {
    const xml = writeAtom(activityFeed(model()));
    expect(xml).toContain('<title>Sync &lt;fast&gt; &amp; &quot;safe&quot;: coming next</title>');
    expect(parseAtomFeed(xml).entries?.[2]?.title?.value).toBe('Sync <fast> & "safe": coming next');
  });

  it('has a feed per area with that area’s events, and none when feeds.perArea is off', () => {
    expect(ids(activityFeed(model(), 'exports'))).toEqual(['roadmap/csv/#shipped', 'roadmap/maps/#update-2026-02-01']);
    expect(activityFeedAreas(model())).toEqual(['exports', 'editor']);
    expect(activityFeedAreas(model({ feeds: { perArea: false } }))).toEqual([]);
    expect(boardView(model({ feeds: { perArea: false } }), 'exports').activityFeed).toBeUndefined();
    expect(boardView(model(), 'exports').activityFeed?.href).toBe('/roadmap/roadmap/areas/exports/activity.xml');
  });

  it('keeps at most feeds.items entries', () => {
    expect(ids(activityFeed(model({ feeds: { items: 2 } })))).toEqual(['roadmap/csv/#shipped', 'roadmap/maps/#update-2026-02-01']);
  });
});

describe('the feed of one request', () => {
  it('adds an entry for a status no update stands for, dated by the newest day it knows', () => {
    // The item went to `now` without an update: the request's feed still says so.
    expect(
      parsed(requestFeed(model(), 'sync-please')).entries?.map((entry) => [entry.id?.replace(ROOT, ''), entry.updated?.slice(0, 10)]),
    ).toEqual([
      ['feedback/sync-please/#status-in-progress', '2026-01-01'],
      ['roadmap/sync/#update-2026-01-01', '2026-01-01'],
      ['roadmap/sync/#update-2026-01-01-2', '2026-01-01'],
      ['feedback/sync-please/#requested', '2025-12-01'],
    ]);
    expect(parsed(requestFeed(model(), 'sync-please')).entries?.[3]?.content?.value).toBe('<p>Requested by Ada on 1 December 2025.</p>');
  });

  it('needs no extra entry when an update or a release already says where it stands', () => {
    expect(ids(requestFeed(model(), 'maps-please'))).toEqual(['roadmap/maps/#update-2026-02-01', 'feedback/maps-please/#requested']);
    expect(ids(requestFeed(model(), 'csv-please'))).toEqual(['roadmap/csv/#shipped', 'feedback/csv-please/#requested']);
    expect(ids(requestFeed(model(), 'nope'))).toEqual(['feedback/nope/#status-declined', 'feedback/nope/#requested']);
  });
});
