import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../src/core/insights/figures.ts';
import { similarTitles } from '../../src/core/insights/similarity.ts';
import { computeTriage } from '../../src/core/insights/triage.ts';
import { escapeMarkdown, formatTriageMarkdown, formatTriageTable } from '../../src/core/insights/triage-format.ts';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

const pairsOf = (titles: string[], query = (_: number) => true, options = {}) =>
  similarTitles(titles, query, options).map(({ a, b, score }) => [titles[a], titles[b], score]);

describe('title similarity', () => {
  it('scores the same words 1, in any order, case or accents', () => {
    expect(pairsOf(['Export to CSV', 'export to csv'])).toEqual([['Export to CSV', 'export to csv', 1]]);
    expect(pairsOf(['Café menu export', 'EXPORT cafe menu'])).toEqual([['Café menu export', 'EXPORT cafe menu', 1]]);
  });

  it('finds near duplicates across word forms, and not titles that share only common words', () => {
    const titles = [
      'Upload photos only when connected to Wi-Fi',
      'Only upload photos on Wi-Fi',
      'Export the map to PDF',
      'Export the records to Excel',
      'Sync photos in the background',
      'Syncing of photos in the background',
      // Words many titles share ("export", "the", "to") weigh little.
      'Export invoices to the accounting system',
      'Add the logo to the report',
      'Send the form to the team',
      'Export the audit log',
      'Move the menu to the left',
    ];
    const pairs = pairsOf(titles, () => true, { threshold: 0.35 });
    expect(pairs.map(([a, b]) => [a, b])).toEqual([
      ['Sync photos in the background', 'Syncing of photos in the background'],
      ['Upload photos only when connected to Wi-Fi', 'Only upload photos on Wi-Fi'],
    ]);
    // "Export the … to …" alone is not enough.
    expect(pairs.some(([a]) => a === 'Export the map to PDF')).toBe(false);
  });

  it('pairs query titles with any title, but never two titles that are not queries', () => {
    const titles = ['Dark mode', 'Dark mode please', 'Dark mode for the editor', 'Keyboard shortcuts'];
    const pairs = similarTitles(titles, (index) => index === 1, { threshold: 0.2 });
    expect(pairs.every((pair) => pair.a === 1)).toBe(true);
    expect(pairs.map((pair) => pair.b)).toEqual([0, 2]);
  });

  it('reports a pair of two queries once, and at most `perTitle` matches per query', () => {
    const titles = Array.from({ length: 6 }, () => 'Support inline comments');
    const pairs = similarTitles(titles, () => true, { perTitle: 2 });
    const keys = pairs.map((pair) => [pair.a, pair.b].sort().join('-'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every((pair) => pair.score === 1)).toBe(true);
    // Each title keeps its two best, the lowest-numbered on ties: 0 keeps 1 and 2, 1 keeps 0 and 2, 2 keeps 0 and 1
    // (both reported already), 3 keeps 0 and 1, and so on.
    expect(keys).toEqual(['0-1', '0-2', '1-2', '0-3', '1-3', '0-4', '1-4', '0-5', '1-5']);
  });

  it('compares each title with a bounded number of others, rarest words first', () => {
    // 300 titles share "common"; only one also shares the rare word "zebra" with the query.
    const titles = ['common zebra', ...Array.from({ length: 300 }, (_, index) => `common thing${index}`), 'zebra common'];
    const pairs = similarTitles(titles, (index) => index === 0, { maxCandidates: 5, threshold: 0.2 });
    expect(pairs.map((pair) => titles[pair.b])).toEqual(['zebra common']);
  });
});

describe('triage', () => {
  const sample = corpus({
    roadmap: [
      roadmap('sync', { status: 'now', updates: [{ date: '2026-01-10', note: 'Started.' }] }),
      roadmap('search', { status: 'now', updates: [{ date: '2026-05-01', note: 'Started.' }] }),
      roadmap('silent', { status: 'now' }),
      roadmap('later', { status: 'later' }),
      roadmap('csv'),
    ],
    feedback: [
      feedback('photos-wifi', { title: 'Only upload photos on Wi-Fi', submitted: '2026-03-01', votes: 4, areas: ['exports'] }),
      feedback('wifi-photos', { title: 'Upload photos only when connected to Wi-Fi', submitted: '2026-05-20', votes: 1 }),
      feedback('csv', { title: 'Export my data to CSV', submitted: '2026-01-01', roadmap: 'csv' }),
      feedback('csv-again', { title: 'Export data to CSV', submitted: '2026-05-25', votes: 2 }),
      feedback('csv-dup', { title: 'Export to CSV', submitted: '2026-02-01', status: 'duplicate', duplicateOf: 'csv' }),
      feedback('review', { title: 'Bulk edit rows', submitted: '2026-01-15', status: 'under-review' }),
      feedback('old', { title: 'Keyboard shortcuts', submitted: '2026-01-15', votes: 9 }),
    ],
    changelog: [
      release('v1', { date: '2026-02-01', version: '1.0', ships: ['csv'] }),
      release('v1-1', { date: '2026-03-01', version: '1.1' }),
      release('v1-2', { date: '2026-04-01', version: '1.2', closes: [] }),
    ],
  });
  const lifecycle = deriveLifecycle(sample);
  const config = siteConfig({ url: 'https://example.com', base: '/roadmap/' });
  const triage = computeTriage(sample, lifecycle, config, { asOf: '2026-06-01', staleDays: 60, minScore: 0.4 });

  it('lists open requests oldest first, with their age in days and votes', () => {
    // 2026-01-15 → 2026-06-01: 137 days; 2026-03-01 → 92; 2026-05-20 → 12; 2026-05-25 → 7.
    expect(triage.unanswered.map((request) => [request.id, request.ageDays, request.votes])).toEqual([
      ['old', 137, 9],
      ['photos-wifi', 92, 4],
      ['wifi-photos', 12, 1],
      ['csv-again', 7, 2],
    ]);
    expect(triage.unanswered[1]).toMatchObject({
      url: 'https://example.com/roadmap/feedback/photos-wifi/',
      file: 'content/feedback/photos-wifi.md',
      submitted: '2026-03-01',
      areas: ['exports'],
      status: 'open',
    });
  });

  it('lists items in progress without an update for more than the stale days, those with none first', () => {
    // sync: 142 days since 2026-01-10; search: 31 days, not stale at 60.
    expect(triage.staleItems.map((item) => [item.id, item.lastUpdate, item.daysSinceUpdate])).toEqual([
      ['silent', null, null],
      ['sync', '2026-01-10', 142],
    ]);
  });

  it('pairs an open request with a similar one, the newer of two open requests first', () => {
    expect(triage.likelyDuplicates.map((pair) => [pair.request.id, pair.similar.id, pair.similar.status])).toEqual([
      ['csv-again', 'csv', 'shipped'],
      ['wifi-photos', 'photos-wifi', 'open'],
    ]);
    expect(triage.likelyDuplicates.every((pair) => pair.score >= 0.4 && pair.score <= 1)).toBe(true);
  });

  it('lists releases that ship nothing and close nothing, newest first', () => {
    expect(triage.emptyReleases.map((release) => [release.id, release.version, release.date])).toEqual([
      ['v1-2', '1.2', '2026-04-01'],
      ['v1-1', '1.1', '2026-03-01'],
    ]);
  });

  it('counts what is waiting with the same figures as the insights, at the same day', () => {
    const insights = computeInsights({ corpus: sample, lifecycle, areas: [], asOf: '2026-06-01' });
    expect(triage.summary).toEqual({
      requests: 6,
      ...insights.overall.answered,
      staleItems: 2,
      likelyDuplicates: 2,
      emptyReleases: 2,
    });
    // Hand count: 6 requests (csv-dup merged), review and csv answered; old and photos-wifi wait 90 days or more.
    expect(insights.overall.answered).toEqual({
      count: 2,
      share: 0.333,
      unanswered: 4,
      unansweredAfter30Days: 2,
      unansweredAfter90Days: 2,
    });
  });

  it('formats a readable table and Markdown for an issue, with links and every list', () => {
    const options = { language: 'en', areaLabels: new Map([['exports', 'Exports']]), limit: 1, command: 'npm run triage' };
    const table = formatTriageTable(triage, options);
    expect(table).toContain('Triage as of 1 June 2026');
    expect(table).toContain('4 open requests: 2 waiting 30 days or more, 2 waiting 90 days or more.');
    expect(table).toMatch(/137 d\s+9\s+2026-01-15\s+old {2}Keyboard shortcuts/);
    expect(table).toContain('… and 3 more (--limit 0 shows all)');
    const markdown = formatTriageMarkdown(triage, { ...options, limit: 0 });
    expect(markdown).toContain('### Open requests with no public answer, oldest first (4)');
    expect(markdown).toContain(
      '| [Only upload photos on Wi-Fi](https://example.com/roadmap/feedback/photos-wifi/) | 1 March 2026 | 92 | 4 | Exports |',
    );
    expect(markdown).toContain('### Roadmap items in progress with no update for more than 60 days (2)');
    expect(markdown).toContain('[Export my data to CSV](https://example.com/roadmap/feedback/csv/) | Shipped |');
    expect(markdown).toContain('### Releases that ship nothing and close nothing (2)');
  });

  it('keeps a customer’s title from breaking the Markdown or mentioning anyone', () => {
    expect(escapeMarkdown('CSV | Excel *now* @octocat #12 <b>')).toBe('CSV \\| Excel \\*now\\* @&#8203;octocat #&#8203;12 \\<b\\>');
  });
});
