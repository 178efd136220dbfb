import { describe, expect, it } from 'vitest';
import { padVotes, searchFacets, searchRecord } from '../../src/core/view/search.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

function model() {
  return createSiteModel(
    siteConfig(),
    corpus({
      roadmap: [
        roadmap('csv', { title: 'CSV export', areas: ['exports'], updates: [{ date: '2026-01-05', status: 'now', note: 'Building it.' }] }),
        roadmap('api', { title: 'Public API', status: 'later', areas: ['exports'] }),
        roadmap('bare', { title: 'Nothing yet', status: 'later' }),
      ],
      feedback: [
        feedback('want-csv', { votes: 10, areas: ['exports'], roadmap: 'csv', submitted: '2026-01-02' }),
        feedback('spreadsheet', { votes: 3, status: 'duplicate', duplicateOf: 'want-csv', submitted: '2026-01-04' }),
        feedback('want-api', { votes: 6, roadmap: 'api', submitted: '2026-01-20' }),
        feedback('chain', { status: 'declined', reason: 'No.', submitted: '2026-02-12' }),
      ],
      changelog: [release('v1-2', { date: '2026-03-15', ships: ['csv'], areas: ['exports'] }), release('v1-3', { date: '2026-04-01' })],
    }),
  );
}

describe('search records', () => {
  const site = model();

  it('file a request under its derived status, with its votes and merged duplicates', () => {
    expect(searchRecord(site, 'feedback', 'want-csv')).toEqual({
      kind: 'request',
      kindLabel: 'Request',
      status: 'shipped',
      statusLabel: 'Shipped',
      tone: 'green',
      areas: ['exports'],
      sort: { votes: '0000000013', date: '2026-01-02' },
    });
    expect(searchRecord(site, 'feedback', 'spreadsheet')).toMatchObject({ status: 'merged', statusLabel: 'Merged' });
    expect(searchRecord(site, 'feedback', 'want-api')).toMatchObject({ status: 'planned', areas: [] });
  });

  it('date a roadmap item by the last thing that happened to it', () => {
    // Shipped on 15 March, after its update of 5 January.
    expect(searchRecord(site, 'roadmap', 'csv')).toMatchObject({
      kind: 'roadmap',
      status: 'shipped',
      sort: { votes: '0000000013', date: '2026-03-15' },
    });
    // No update: the newest request linked to it.
    expect(searchRecord(site, 'roadmap', 'api').sort).toEqual({ votes: '0000000006', date: '2026-01-20' });
  });

  it('file a release as shipped, with the votes of the requests it answers', () => {
    expect(searchRecord(site, 'changelog', 'v1-2')).toMatchObject({
      kind: 'release',
      status: 'shipped',
      statusLabel: 'Released',
      sort: { votes: '0000000013', date: '2026-03-15' },
    });
  });

  it('give every entry both sort keys, in an order that sorts as text', () => {
    const records = [
      ...['want-csv', 'spreadsheet', 'want-api', 'chain'].map((id) => searchRecord(site, 'feedback', id)),
      ...['csv', 'api', 'bare'].map((id) => searchRecord(site, 'roadmap', id)),
      ...['v1-2', 'v1-3'].map((id) => searchRecord(site, 'changelog', id)),
    ];
    for (const record of records) {
      expect(record.sort.votes).toMatch(/^\d{10}$/);
      expect(record.sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // An item nothing has happened to yet sorts after everything dated.
    expect(searchRecord(site, 'roadmap', 'bare').sort.date < '1970-01-01').toBe(true);
    expect([padVotes(9), padVotes(10), padVotes(0)].sort()).toEqual(['0000000000', '0000000009', '0000000010']);
  });

  it('offer as filters only the values some entry has', () => {
    const facets = searchFacets(site);
    expect(facets.kinds.map((kind) => kind.value)).toEqual(['request', 'roadmap', 'release']);
    expect(facets.statuses.map((status) => status.value)).toEqual(['planned', 'shipped', 'declined', 'merged', 'later']);
    expect(facets.areas).toEqual([{ value: 'exports', label: 'Exports' }]);
    expect(facets.sorts.map((sort) => sort.value)).toEqual(['votes', 'date']);
  });
});
