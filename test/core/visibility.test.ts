import { describe, expect, it } from 'vitest';
import { changelogDocument, feedbackDocument, insightsDocument, roadmapDocument } from '../../src/core/api/documents.ts';
import { activityFeed, requestFeed } from '../../src/core/feeds/activity.ts';
import { siteFeed } from '../../src/core/feeds/feed.ts';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { findChanges } from '../../src/core/notify/changes.ts';
import { checkVisibility } from '../../src/core/validate/visibility.ts';
import { explainFeedback } from '../../src/core/view/explain.ts';
import { feedbackPage } from '../../src/core/view/feedback-view.ts';
import { inlineText } from '../../src/core/view/inline.ts';
import { siteInsights } from '../../src/core/view/insights-view.ts';
import { feedbackList, releaseList, roadmapItems } from '../../src/core/view/lists.ts';
import { boardView, homeView } from '../../src/core/view/overview.ts';
import { releasePage } from '../../src/core/view/release-view.ts';
import { searchRecord } from '../../src/core/view/search.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

const SECRET = ['Secret sync engine', 'secret-sync', 'Hidden ask', 'hidden-ask', 'Quiet release', 'quiet-release', 'Secret merged'];

const content = corpus({
  roadmap: [
    roadmap('secret-sync', { title: 'Secret sync engine', status: 'next', visibility: 'internal' }),
    roadmap('secret-shipped', { title: 'Secret shipped engine', status: 'now', visibility: 'internal' }),
    roadmap('csv-export', { status: 'now' }),
  ],
  feedback: [
    feedback('sync', { roadmap: 'secret-sync', votes: 5 }),
    feedback('offline', { roadmap: 'secret-shipped', votes: 2 }),
    feedback('csv', { roadmap: 'csv-export', votes: 3 }),
    feedback('hidden-ask', { title: 'Hidden ask', roadmap: 'csv-export', votes: 40, visibility: 'internal' }),
    feedback('hidden-dup', { title: 'Secret merged', status: 'duplicate', duplicateOf: 'csv', votes: 7, visibility: 'internal' }),
    feedback('csv-too', { status: 'duplicate', duplicateOf: 'csv', votes: 1 }),
  ],
  changelog: [
    release('v1', { date: '2026-02-01', version: '1.0', ships: ['secret-shipped'] }),
    release('quiet-release', { title: 'Quiet release', date: '2026-02-10', visibility: 'internal', closes: ['hidden-ask'] }),
  ],
});
const model = createSiteModel(siteConfig({ url: 'https://example.com' }), content);

describe('the published site model', () => {
  it('leaves internal entries out of the entries and the lifecycle', () => {
    expect([...model.roadmap.keys()]).toEqual(['csv-export']);
    expect([...model.feedback.keys()].sort()).toEqual(['csv', 'csv-too', 'offline', 'sync']);
    expect([...model.releases.keys()]).toEqual(['v1']);
    expect([...model.lifecycle.roadmap.keys()]).toEqual(['csv-export']);
    expect(model.lifecycle.releaseOrder).toEqual(['v1']);
  });

  it('gives a request linked to an internal item its status without the item', () => {
    const state = model.lifecycle.feedback.get('sync')!;
    expect(state.status).toBe('planned');
    expect(state.roadmap).toBeUndefined();
    expect(state.explanation).toEqual({ status: 'planned', roadmapStatus: 'next' });
    expect(inlineText(explainFeedback(model, state.explanation))).toBe('Planned, coming next.');
    const shipped = model.lifecycle.feedback.get('offline')!;
    expect(shipped.status).toBe('shipped');
    expect(inlineText(explainFeedback(model, shipped.explanation))).toBe('Shipped in 1.0 on 1 February 2026.');
  });

  it('says nothing of an internal item a release ships, and still lists the public requests it answers', () => {
    expect(model.lifecycle.releases.get('v1')).toMatchObject({ ships: [], answers: ['offline'] });
  });

  it('counts public votes only', () => {
    expect(model.lifecycle.feedback.get('csv')).toMatchObject({ totalVotes: 4, duplicates: ['csv-too'] });
    expect(model.lifecycle.roadmap.get('csv-export')).toMatchObject({ requests: ['csv'], votes: 4 });
  });

  it('leaves internal requests out of the insights figures', () => {
    // sync, offline and csv: csv-too is merged, hidden-ask internal.
    expect(siteInsights(model).overall.requests).toBe(3);
  });

  it('leaves the model untouched when nothing is internal', () => {
    const plain = corpus({ feedback: [feedback('a')] });
    expect(createSiteModel(siteConfig(), plain).lifecycle.feedback.get('a')?.status).toBe('open');
  });

  it('shows no internal title or id in any view, feed, API document or notification', () => {
    const html = new Map([['v1', '<p>One.</p>']]);
    const everything = JSON.stringify([
      roadmapDocument(model),
      feedbackDocument(model),
      changelogDocument(model, html),
      insightsDocument(model),
      activityFeed(model),
      [...model.feedback.keys()].map((id) => [requestFeed(model, id), feedbackPage(model, id), searchRecord(model, 'feedback', id)]),
      releasePage(model, 'v1'),
      searchRecord(model, 'changelog', 'v1'),
      siteFeed(model, html),
      boardView(model),
      homeView(model),
      feedbackList(model),
      roadmapItems(model),
      releaseList(model),
      findChanges(model, new Map()),
    ]);
    for (const secret of SECRET) expect(everything).not.toContain(secret);
    expect(everything).toContain('Planned, coming next.');
  });
});

describe('checking what public entries say of internal ones', () => {
  it('refuses a public request merged into an internal one, and an internal release that ships public entries', () => {
    const bad = corpus({
      roadmap: [roadmap('item', { status: 'now' })],
      feedback: [
        feedback('hidden', { visibility: 'internal' }),
        feedback('dup', { status: 'duplicate', duplicateOf: 'hidden' }),
        feedback('ask'),
      ],
      changelog: [release('quiet', { visibility: 'internal', ships: ['item'], closes: ['ask'] })],
    });
    const problems = checkVisibility(bad, deriveLifecycle(bad));
    expect(problems.map((problem) => [problem.code, problem.file, problem.message])).toEqual([
      [
        'names-internal-entry',
        'content/feedback/dup.md',
        'public request is merged into "hidden", which is internal: its page would have to name it',
      ],
      [
        'names-internal-entry',
        'content/changelog/quiet.md',
        'internal release ships public roadmap item "item": its page would have to name this release',
      ],
      [
        'names-internal-entry',
        'content/changelog/quiet.md',
        'internal release ships public request "ask": its page would have to name this release',
      ],
    ]);
  });

  it('refuses a public body that references an internal entry, and accepts everything the site can say without naming it', () => {
    const withBody = corpus({
      roadmap: [roadmap('secret', { visibility: 'internal' })],
      feedback: [{ ...feedback('ask', { roadmap: 'secret' }), body: 'See [[roadmap:secret]].', bodyLine: 5 }],
    });
    const problems = checkVisibility(withBody, deriveLifecycle(withBody));
    expect(problems).toMatchObject([{ code: 'names-internal-entry', line: 5, column: 5, found: '[[roadmap:secret]]' }]);
    const fine = corpus({ roadmap: [roadmap('secret', { visibility: 'internal' })], feedback: [feedback('ask', { roadmap: 'secret' })] });
    expect(checkVisibility(fine, deriveLifecycle(fine))).toEqual([]);
  });
});

describe('the way round the loop of a request linked to an internal item', () => {
  const steps = (id: string) => feedbackPage(model, id).loop.map((step) => `${step.label}: ${step.state}: ${inlineText(step.detail)}`);

  it('says where it stands without the item', () => {
    expect(steps('sync')).toEqual(['Requested: done: on 1 January 2026', 'Planned: current: coming next', 'Shipped: upcoming: not yet']);
    expect(steps('offline')).toEqual(['Requested: done: on 1 January 2026', 'Shipped: done: 1.0 on 1 February 2026']);
  });
});
