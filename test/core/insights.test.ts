import { describe, expect, it } from 'vitest';
import { daysBetween, monthsFrom, quarterOf, quartersFrom } from '../../src/core/days.ts';
import { computeInsights, contentAsOf } from '../../src/core/insights/figures.ts';
import { percentile, summarizeDays } from '../../src/core/insights/percentiles.ts';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { corpus, feedback, release, roadmap } from '../helpers/corpus.ts';

/*
 * A small corpus whose every figure is worked out by hand below. Ages are counted at 2026-06-15, the newest
 * date in it (an update of `sync`).
 *
 * request     submitted   votes  areas            how it ends                          lead time
 * a           2026-01-01  10     exports          item csv, shipped by r1 2026-02-10   40
 * b           2025-12-01  4 (+3) exports          item csv, shipped by r1 2026-02-10   71
 * b-dup       2025-11-15  3      exports          merged into b: not counted
 * c           2026-03-01  2      exports, editor  item pdf, shipped by r2 2026-04-20   50
 * speed       2026-01-20  6      editor           closed by r2 2026-04-20              90
 * typo        2026-05-10  0      editor           closed by r3 2026-05-05 (earlier)    0
 * night       2026-02-01  5      editor           item dark, next: planned
 * live        2026-03-15  8      editor           item sync, now: in progress
 * chainy      2026-01-05  1      exports          item chain, cancelled: declined
 * nope        2026-02-15  1      -                declined
 * review      2026-04-01  9      editor           under review
 * old-open    2026-01-10  1      exports          open, 156 days old
 * mid-open    2026-04-10  3      -                open, 66 days old
 * new-open    2026-06-01  12     editor           open, 14 days old
 */
const sample = corpus({
  roadmap: [
    roadmap('csv'),
    roadmap('pdf'),
    roadmap('dark', { status: 'next' }),
    roadmap('sync', { status: 'now', updates: [{ date: '2026-06-15', note: 'Halfway.' }] }),
    roadmap('chain', { status: 'cancelled', updates: [{ date: '2026-03-01', note: 'No.' }] }),
  ],
  changelog: [
    release('r0', { date: '2025-12-20', areas: ['exports'] }),
    release('r1', { date: '2026-02-10', ships: ['csv'], areas: ['exports'] }),
    release('r2', { date: '2026-04-20', ships: ['pdf'], closes: ['speed'], areas: ['exports'] }),
    release('r3', { date: '2026-05-05', closes: ['typo'], areas: ['editor'] }),
  ],
  feedback: [
    feedback('a', { submitted: '2026-01-01', votes: 10, areas: ['exports'], roadmap: 'csv' }),
    feedback('b', { submitted: '2025-12-01', votes: 4, areas: ['exports'], roadmap: 'csv' }),
    feedback('b-dup', { submitted: '2025-11-15', votes: 3, areas: ['exports'], status: 'duplicate', duplicateOf: 'b' }),
    feedback('c', { submitted: '2026-03-01', votes: 2, areas: ['exports', 'editor'], roadmap: 'pdf' }),
    feedback('speed', { submitted: '2026-01-20', votes: 6, areas: ['editor'] }),
    feedback('typo', { submitted: '2026-05-10', areas: ['editor'] }),
    feedback('night', { submitted: '2026-02-01', votes: 5, areas: ['editor'], roadmap: 'dark' }),
    feedback('live', { submitted: '2026-03-15', votes: 8, areas: ['editor'], roadmap: 'sync' }),
    feedback('chainy', { submitted: '2026-01-05', votes: 1, areas: ['exports'], roadmap: 'chain' }),
    feedback('nope', { submitted: '2026-02-15', votes: 1, status: 'declined', reason: 'Out of scope.' }),
    feedback('review', { submitted: '2026-04-01', votes: 9, areas: ['editor'], status: 'under-review' }),
    feedback('old-open', { submitted: '2026-01-10', votes: 1, areas: ['exports'] }),
    feedback('mid-open', { submitted: '2026-04-10', votes: 3 }),
    feedback('new-open', { submitted: '2026-06-01', votes: 12, areas: ['editor'] }),
  ],
});
// Computed in each test, not at load, so mutation testing knows which tests exercise which code.
const lifecycle = () => deriveLifecycle(sample);
const areas = [
  { id: 'exports', label: 'Exports' },
  { id: 'editor', label: 'Editor' },
  { id: 'mobile', label: 'Mobile' },
];
const insights = () => computeInsights({ corpus: sample, lifecycle: lifecycle(), areas });
const area = (id: string) => insights().areas.find((entry) => entry.id === id)!;
const noLeadTime = { median: null, p75: null, p90: null, count: 0 };

describe('calendar days', () => {
  it('count whole days between calendar dates, across months, leap days and years', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    // The last Sunday of March: a day with 23 hours in much of Europe is still one day.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-02-10', '2026-01-01')).toBe(-40);
  });

  it('name quarters and list quarters and months without gaps', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
    expect(quartersFrom('2025-Q4', '2026-Q2')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFrom('2026-02', '2026-02')).toEqual(['2026-02']);
  });
});

describe('percentiles', () => {
  it('take the middle value of an odd count and the mean of the two middle values of an even one', () => {
    expect(percentile([3, 8, 20], 50)).toBe(8);
    expect(percentile([3, 8, 20, 21], 50)).toBe(14);
    expect(percentile([10, 11], 50)).toBe(10.5);
    expect(percentile([7], 50)).toBe(7);
  });

  it('interpolate between ranks as NumPy and spreadsheets do, to one decimal place', () => {
    // Ranks (n - 1) × p: 3 × 0.75 = 2.25 → 20 + 0.25 × (21 - 20); 3 × 0.9 = 2.7 → 20 + 0.7 × 1.
    expect(percentile([3, 8, 20, 21], 75)).toBe(20.3);
    expect(percentile([3, 8, 20, 21], 90)).toBe(20.7);
    // 1 × 0.75 → 40 + 0.75 × 31 = 63.25, rounded half up.
    expect(percentile([40, 71], 75)).toBe(63.3);
    expect(percentile([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], 90)).toBe(900);
  });

  it('are null with nothing to measure', () => {
    expect(summarizeDays([])).toEqual(noLeadTime);
  });
});

describe('insights', () => {
  it('count ages at the newest date in the content', () => {
    expect(contentAsOf(sample)).toBe('2026-06-15');
    expect(insights().asOf).toBe('2026-06-15');
    expect(contentAsOf(corpus({}))).toBeNull();
  });

  it('count requests once: a duplicate merged into another is left out, and said to be merged', () => {
    expect(insights().overall.requests).toBe(13);
    expect(insights().overall.statuses).toEqual({
      open: 3,
      'under-review': 1,
      planned: 1,
      'in-progress': 1,
      shipped: 5,
      declined: 2,
      merged: 1,
    });
  });

  it('measure lead time from submission to the shipping release, through an item or `closes`', () => {
    expect(insights().overall.shipped).toBe(5);
    // Sorted: 0 (typo, closed by a release before it was asked), 40 (a), 50 (c), 71 (b), 90 (speed).
    // Median: the 3rd; p75: rank 4 × 0.75 = 3 → 71; p90: rank 3.6 → 71 + 0.6 × (90 - 71) = 82.4.
    expect(insights().overall.leadTimeDays).toEqual({ median: 50, p75: 71, p90: 82.4, count: 5 });
  });

  it('count a request for what had already shipped as 0 days, never as negative or as the distance', () => {
    const early = corpus({
      feedback: [feedback('late', { submitted: '2026-05-10' })],
      changelog: [release('r', { date: '2026-05-05', closes: ['late'] })],
    });
    const figures = computeInsights({ corpus: early, lifecycle: deriveLifecycle(early), areas: [] }).overall;
    expect(figures.leadTimeDays).toEqual({ median: 0, p75: 0, p90: 0, count: 1 });
  });

  it('call any status but open an answer, and count requests waiting 30 and 90 days', () => {
    // 10 of 13 answered: 0.769…; old-open waits 156 days, mid-open 66, new-open 14.
    expect(insights().overall.answered).toEqual({
      count: 10,
      share: 0.769,
      unanswered: 3,
      unansweredAfter30Days: 2,
      unansweredAfter90Days: 1,
    });
  });

  it('count ages at the day it is given', () => {
    const later = computeInsights({ corpus: sample, lifecycle: lifecycle(), areas, asOf: '2026-07-01' });
    // new-open is 30 days old on 2026-07-01; mid-open is 82.
    expect(later.asOf).toBe('2026-07-01');
    expect(later.overall.answered).toMatchObject({ unansweredAfter30Days: 3, unansweredAfter90Days: 1 });
    expect(later.overall.months.at(-1)).toEqual({ month: '2026-07', requests: 0 });
  });

  it('give every quarter from the first release, with releases, requests shipped, their votes and lead times', () => {
    expect(insights().overall.quarters).toEqual([
      { quarter: '2025-Q4', releases: 1, requestsShipped: 0, votesAnswered: 0, leadTimeDays: noLeadTime },
      // a (10 votes) and b (4, plus 3 of its duplicate): an even count, so the median is (40 + 71) / 2.
      {
        quarter: '2026-Q1',
        releases: 1,
        requestsShipped: 2,
        votesAnswered: 17,
        leadTimeDays: { median: 55.5, p75: 63.3, p90: 67.9, count: 2 },
      },
      // c (2), speed (6) and typo (0): 0, 50, 90.
      { quarter: '2026-Q2', releases: 2, requestsShipped: 3, votesAnswered: 8, leadTimeDays: { median: 50, p75: 70, p90: 82, count: 3 } },
    ]);
  });

  it('give new requests for every month from the first one', () => {
    expect(insights().overall.months).toEqual([
      { month: '2025-12', requests: 1 },
      { month: '2026-01', requests: 4 },
      { month: '2026-02', requests: 2 },
      { month: '2026-03', requests: 2 },
      { month: '2026-04', requests: 2 },
      { month: '2026-05', requests: 1 },
      { month: '2026-06', requests: 1 },
    ]);
  });

  it('list the most wanted requests still waiting for a decision, with their age', () => {
    expect(insights().overall.mostWanted).toEqual([
      { id: 'new-open', votes: 12, submitted: '2026-06-01', status: 'open', ageDays: 14 },
      { id: 'review', votes: 9, submitted: '2026-04-01', status: 'under-review', ageDays: 75 },
      { id: 'mid-open', votes: 3, submitted: '2026-04-10', status: 'open', ageDays: 66 },
      { id: 'old-open', votes: 1, submitted: '2026-01-10', status: 'open', ageDays: 156 },
    ]);
  });

  it('give the same figures per area, for every declared area in order', () => {
    expect(insights().areas.map((entry) => [entry.id, entry.label])).toEqual([
      ['exports', 'Exports'],
      ['editor', 'Editor'],
      ['mobile', 'Mobile'],
    ]);
    const exports = area('exports');
    // a, b, c, chainy, old-open; b-dup is merged.
    expect(exports).toMatchObject({ requests: 5, shipped: 3, statuses: { merged: 1, declined: 1, open: 1, shipped: 3 } });
    // 40, 50, 71: p75 at rank 1.5 → 50 + 0.5 × 21; p90 at rank 1.8 → 50 + 0.8 × 21.
    expect(exports.leadTimeDays).toEqual({ median: 50, p75: 60.5, p90: 66.8, count: 3 });
    expect(exports.answered).toEqual({ count: 4, share: 0.8, unanswered: 1, unansweredAfter30Days: 1, unansweredAfter90Days: 1 });
    expect(exports.quarters.map((quarter) => [quarter.quarter, quarter.releases, quarter.requestsShipped, quarter.votesAnswered])).toEqual([
      ['2025-Q4', 1, 0, 0],
      ['2026-Q1', 1, 2, 17],
      ['2026-Q2', 1, 1, 2],
    ]);
    expect(exports.quarters[2]!.leadTimeDays).toEqual({ median: 50, p75: 50, p90: 50, count: 1 });
    expect(exports.mostWanted.map((request) => request.id)).toEqual(['old-open']);

    const editor = area('editor');
    // c, speed, typo, night, live, review, new-open: 6 of 7 answered.
    expect(editor).toMatchObject({ requests: 7, shipped: 3 });
    expect(editor.leadTimeDays).toEqual({ median: 50, p75: 70, p90: 82, count: 3 });
    expect(editor.answered).toEqual({ count: 6, share: 0.857, unanswered: 1, unansweredAfter30Days: 0, unansweredAfter90Days: 0 });
    expect(editor.mostWanted.map((request) => request.id)).toEqual(['new-open', 'review']);
  });

  it('give an area without requests zeros, nulls and the same quarters and months as the site', () => {
    const mobile = area('mobile');
    expect(mobile).toMatchObject({ requests: 0, shipped: 0, leadTimeDays: noLeadTime, mostWanted: [] });
    expect(mobile.answered).toEqual({ count: 0, share: null, unanswered: 0, unansweredAfter30Days: 0, unansweredAfter90Days: 0 });
    expect(mobile.quarters.map((quarter) => quarter.quarter)).toEqual(insights().overall.quarters.map((quarter) => quarter.quarter));
    expect(mobile.quarters.every((quarter) => quarter.requestsShipped === 0 && quarter.leadTimeDays.median === null)).toBe(true);
    expect(mobile.months.map((month) => month.requests)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('are empty, not broken, for a site without content', () => {
    const empty = computeInsights({ corpus: corpus({}), lifecycle: deriveLifecycle(corpus({})), areas });
    expect(empty.asOf).toBeNull();
    expect(empty.overall).toMatchObject({ requests: 0, shipped: 0, quarters: [], months: [], mostWanted: [] });
    expect(empty.overall.answered.share).toBeNull();
  });

  it('keep the ten most wanted, most votes first, then the newest', () => {
    const many = corpus({
      feedback: Array.from({ length: 14 }, (_, index) =>
        feedback(`r${index}`, { votes: index % 7, submitted: `2026-01-${String(index + 1).padStart(2, '0')}` }),
      ),
    });
    const top = computeInsights({ corpus: many, lifecycle: deriveLifecycle(many), areas: [] }).overall.mostWanted;
    // Votes 6, 6, 5, 5, …: of two requests with the same votes, the newer (r13, submitted later) first.
    expect(top.map((request) => request.id)).toEqual(['r13', 'r6', 'r12', 'r5', 'r11', 'r4', 'r10', 'r3', 'r9', 'r2']);
  });
});
