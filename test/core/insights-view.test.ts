import { describe, expect, it } from 'vitest';
import { insightsPage, insightsSummary } from '../../src/core/view/insights-view.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

// Fourteen months of requests, 2025-10 to 2026-11, and one release that ships two of them.
const months = Array.from({ length: 14 }, (_, index) => {
  const date = new Date(Date.UTC(2025, 9 + index, 5)).toISOString().slice(0, 10);
  return feedback(`r${index}`, { submitted: date, votes: index, areas: index % 2 ? ['exports'] : [] });
});
// Built in each test, not at load, so mutation testing knows which tests exercise which code.
const model = (language = 'en', more: ReturnType<typeof feedback>[] = []) =>
  createSiteModel(
    siteConfig({ url: 'https://example.com', base: '/roadmap/', language }),
    corpus({
      roadmap: [roadmap('csv')],
      feedback: [
        ...months,
        feedback('csv-1', { submitted: '2026-01-01', roadmap: 'csv' }),
        feedback('csv-2', { submitted: '2026-01-11', roadmap: 'csv' }),
        ...more,
      ],
      changelog: [release('v1', { date: '2026-02-10', ships: ['csv'] })],
    }),
  );
const page = () => insightsPage(model());
const chart = (id: string) =>
  page()
    .sections.flatMap((section) => section.charts)
    .find((candidate) => candidate.id === id)!;

describe('the insights page’s view', () => {
  it('draws bars on a round scale, as long as their values say', () => {
    // 14 open, 2 shipped: the scale ends at 20.
    const statuses = chart('chart-statuses');
    expect(statuses.bars.map((bar) => [bar.label, bar.value, bar.percent])).toEqual([
      ['Shipped', '2', 10],
      ['In progress', '0', 0],
      ['Planned', '0', 0],
      ['Under review', '0', 0],
      ['Declined', '0', 0],
      ['Open', '14', 70],
    ]);
    // The table behind it holds the same figures, and their share.
    expect(statuses.table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['Shipped', '2', '13%'],
      ['In progress', '0', '0%'],
      ['Planned', '0', '0%'],
      ['Under review', '0', '0%'],
      ['Declined', '0', '0%'],
      ['Open', '14', '88%'],
    ]);
  });

  it('labels a long series of columns at most three times on a narrow chart, more on a wide one, always at the newest', () => {
    const requests = chart('chart-months');
    expect(requests.bars).toHaveLength(14);
    expect(requests.showValues).toBe(false);
    // Every second column from the newest; every sixth (Nov 2026, May 2026, Nov 2025) stays on a narrow chart.
    const labels = requests.bars.flatMap((bar) => (bar.axisLabel ? [[bar.axisLabel.text, bar.axisLabel.minor]] : []));
    expect(labels).toEqual([
      ['Nov 2025', false],
      ['Jan 2026', true],
      ['Mar 2026', true],
      ['May 2026', false],
      ['Jul 2026', true],
      ['Sept 2026', true],
      ['Nov 2026', false],
    ]);
    expect(requests.bars[0]!.label).toBe('October 2025');
    expect(requests.table.rows[0]).toEqual({ header: 'October 2025', cells: ['1'] });
  });

  it('shows the values of a few columns on them, and says when a period has nothing to measure', () => {
    const leadTime = chart('chart-lead-time-quarters');
    expect(leadTime.showValues).toBe(true);
    // 2026-01-01 → 2026-02-10 is 40 days, 2026-01-11 → 30: median 35.
    expect(leadTime.bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['Q1 2026', '35'],
      ['Q2 2026', '–'],
      ['Q3 2026', '–'],
      ['Q4 2026', '–'],
    ]);
  });

  it('links each area to its own insights page, and back', () => {
    expect(page().related.links.map((link) => link.href)).toEqual(['/roadmap/areas/exports/insights/', '/roadmap/areas/editor/insights/']);
    const area = insightsPage(model(), 'exports');
    expect(area.crumbs.map((crumb) => crumb.href)).toEqual(['/roadmap/areas/', '/roadmap/areas/exports/']);
    expect(area.related.links[0]).toMatchObject({ label: 'The whole site', href: '/roadmap/insights/' });
    expect(area.sections.map((section) => section.id)).toEqual(['statuses', 'lead-time', 'shipped', 'demand']);
  });

  it('speaks the site’s language: headings, tables, percentages, quarters and counted words', () => {
    // A duplicate merged into a shipped request: the statuses' intro counts it.
    const inLanguage = (language: string) =>
      insightsPage(model(language, [feedback('dup', { submitted: '2026-01-12', status: 'duplicate', duplicateOf: 'csv-1' })]));
    const german = inLanguage('de');
    expect(german.heading).toBe('Kennzahlen');
    const statuses = german.sections[0]!;
    expect(statuses.heading).toBe('Wo die Wünsche stehen');
    expect(statuses.intro).toBe(
      'Jeder Status außer offen ist eine öffentliche Antwort. 1 Duplikat, das in andere Wünsche zusammengeführt wurde, zählt dort mit.',
    );
    const table = statuses.charts[0]!.table;
    expect(table.columns.map((column) => column.label)).toEqual(['Status', 'Wünsche', 'Anteil']);
    expect(table.rows[0]!.cells).toEqual(['2', '13\u00a0%']);
    expect(german.description).toContain('16 Wünsche, 13\u00a0% beantwortet, 35 Tage vom Wunsch bis zur Version (Median).');
    expect(german.figures.map((figure) => figure.detail).slice(0, 2)).toEqual([
      '75 % dauerten höchstens 37,5 Tage, 90 % höchstens 39 Tage; 2 ausgelieferte Wünsche.',
      '16 Wünsche insgesamt, davon 2 mit einem Status jenseits von offen.',
    ]);
    // A status inside a sentence loses only its first capital: German nouns keep theirs.
    expect(statuses.charts[0]!.summary).toBe('16 Wünsche: 2 ausgeliefert, 0 in Arbeit, 0 geplant, 0 in Prüfung, 0 abgelehnt, 14 offen.');
    // Quarters and a chart's description, punctuated as each language writes them.
    const leadTimes = (language: string) => inLanguage(language).sections[1]!.charts[0]!;
    expect(leadTimes('fr').bars[0]!.label).toBe('T1 2026');
    expect(leadTimes('fr').summary).toBe('T1 2026 : 35 jours.');
    expect(leadTimes('ja').bars[0]!.label).toBe('2026年Q1');
    expect(leadTimes('ja').summary).toBe('2026年Q1：35 日。');
    expect(leadTimes('en').summary).toBe('Q1 2026: 35 days.');
    // Sentences join as each language joins them; a status keeps its form beside its count.
    expect(inLanguage('ja').sections[0]!.intro).toBe(
      '受付中以外のステータスはすべて公開の回答です。他の要望に統合された重複 1 件は、統合先の要望に含めて数えます。',
    );
    expect(inLanguage('fr').sections[0]!.charts[0]!.summary).toContain('16 demandes : livrée (2), en cours (0),');
    // English, as before.
    expect(inLanguage('en').sections[0]!.intro).toBe(
      'Any status but open is a public answer. 1 duplicate merged into other requests counts with it.',
    );
  });

  it('leaves the home and area pages without a summary where there is no request yet', () => {
    expect(insightsSummary(model())?.more).toEqual({ label: 'See insights', href: '/roadmap/insights/' });
    expect(insightsSummary(model(), 'editor')).toBeUndefined();
    expect(insightsSummary(createSiteModel(siteConfig(), corpus({})))).toBeUndefined();
  });
});
