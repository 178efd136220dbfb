import { describe, expect, it } from 'vitest';
import { feedbackList, releaseNeighbours, roadmapItems } from '../../../src/core/view/lists.ts';
import { createSiteModel } from '../../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../../helpers/corpus.ts';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('list order, on every key', () => {
  it('requests by votes, then newest, then id; by recent, then votes, then id', () => {
    const site = createSiteModel(
      siteConfig(),
      corpus({
        feedback: [
          feedback('b-old-5', { votes: 5, submitted: '2026-01-01' }),
          feedback('a-new-5', { votes: 5, submitted: '2026-03-01' }),
          feedback('c-new-5', { votes: 5, submitted: '2026-03-01' }),
          feedback('d-new-9', { votes: 9, submitted: '2026-03-01' }),
          feedback('e-mid-1', { votes: 1, submitted: '2026-02-01' }),
        ],
      }),
    );
    expect(ids(feedbackList(site))).toEqual(['d-new-9', 'a-new-5', 'c-new-5', 'b-old-5', 'e-mid-1']);
    expect(ids(feedbackList(site, { sort: 'recent' }))).toEqual(['d-new-9', 'a-new-5', 'c-new-5', 'e-mid-1', 'b-old-5']);
  });

  it('roadmap items by demand, then title, then id; shipped ones newest first, then id', () => {
    const site = createSiteModel(
      siteConfig(),
      corpus({
        roadmap: [
          roadmap('z-title-a', { title: 'Alpha', status: 'now' }),
          roadmap('y-title-a', { title: 'Alpha', status: 'now' }),
          roadmap('x-title-b', { title: 'Beta', status: 'now' }),
          roadmap('w-popular', { title: 'Zulu', status: 'now' }),
          roadmap('s-old', { title: 'Old', status: 'now' }),
          roadmap('s-new-b', { title: 'New B', status: 'now' }),
          roadmap('s-new-a', { title: 'New A', status: 'now' }),
        ],
        feedback: [feedback('vote', { roadmap: 'w-popular', votes: 3 })],
        changelog: [
          release('old', { date: '2026-01-01', ships: ['s-old'] }),
          release('new', { date: '2026-03-01', ships: ['s-new-b', 's-new-a'] }),
        ],
      }),
    );
    expect(ids(roadmapItems(site, { status: 'now' }))).toEqual(['w-popular', 'y-title-a', 'z-title-a', 'x-title-b']);
    expect(ids(roadmapItems(site, { status: 'shipped' }))).toEqual(['s-new-a', 's-new-b', 's-old']);
    // Across statuses, shipped items sort by demand and title like the others.
    expect(ids(roadmapItems(site))).toEqual(['w-popular', 'y-title-a', 'z-title-a', 'x-title-b', 's-new-a', 's-new-b', 's-old']);
    expect(roadmapItems(site, { status: 'later' })).toEqual([]);
  });

  it('release neighbours by position, and none for a release that is not listed', () => {
    const site = createSiteModel(
      siteConfig(),
      corpus({
        changelog: [
          release('one', { date: '2026-01-01' }),
          release('two', { date: '2026-02-01' }),
          release('three', { date: '2026-03-01' }),
        ],
      }),
    );
    expect(releaseNeighbours(site, 'two')).toMatchObject({ newer: { id: 'three' }, older: { id: 'one' } });
    expect(releaseNeighbours(site, 'three').newer).toBeUndefined();
    expect(releaseNeighbours(site, 'one').older).toBeUndefined();
    expect(releaseNeighbours(site, 'missing')).toEqual({});
  });
});
