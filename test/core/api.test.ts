import { describe, expect, it } from 'vitest';
import { changelogDocument, feedbackDocument, insightsDocument, roadmapDocument, serializeJson } from '../../src/core/api/documents.ts';
import { API_DOCUMENTS, apiJsonSchema } from '../../src/core/api/schemas.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';
import { validatorFor } from '../helpers/json-schema.ts';

// Built in each test, not at load, so mutation testing knows which tests exercise which code.
const model = () =>
  createSiteModel(
    siteConfig({ url: 'https://example.com', base: '/roadmap/' }),
    corpus({
      roadmap: [
        roadmap('csv-export', { areas: ['exports'], target: '2026-Q2' }),
        roadmap('dark-mode', { status: 'next', target: '2026-Q4', updates: [{ date: '2026-01-02', status: 'next', note: 'Soon.' }] }),
        roadmap('blockchain', { status: 'cancelled', updates: [{ date: '2026-01-03', note: 'Not safer.' }] }),
      ],
      feedback: [
        feedback('csv', { roadmap: 'csv-export', votes: 4, areas: ['exports'], source: 'https://example.com/t/1', author: 'Ada' }),
        feedback('csv-too', { status: 'duplicate', duplicateOf: 'csv', votes: 2 }),
        feedback('speed', { votes: 9, source: 'https://foro.example/t/búsqueda más rápida|ya/88' }),
        feedback('night', { roadmap: 'dark-mode' }),
        feedback('chain', { roadmap: 'blockchain' }),
        feedback('nope', { status: 'declined', reason: 'Out of scope.' }),
      ],
      changelog: [
        release('v1', { date: '2026-01-01' }),
        release('v2', {
          date: '2026-02-01',
          version: '2.0',
          changes: ['new'],
          ships: ['csv-export'],
          closes: ['speed'],
          areas: ['exports'],
        }),
      ],
    }),
  );
const html = new Map([
  ['v1', '<ul><li>Only a list.</li></ul>'],
  ['v2', '<p>CSV export is here.</p><p>More.</p>'],
]);
const documentsOf = () => {
  const site = model();
  return {
    roadmap: roadmapDocument(site),
    feedback: feedbackDocument(site),
    changelog: changelogDocument(site, html),
    insights: insightsDocument(site),
  };
};
/** Where, inside a record, an entry is named by id and title (the record itself included): keys and indexes from the record. */
function entryPaths(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node)) return node.flatMap((child, index) => entryPaths(child, [...path, index]));
  if (node === null || typeof node !== 'object') return [];
  const own = 'id' in node && 'title' in node ? [path] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => entryPaths(child, [...path, key]))];
}
const schemaUrl = (kind: string) => `https://example.com/roadmap/api/v1/${kind}.schema.json`;

describe('the JSON API documents', () => {
  it('say their version, kind, schema and site, with absolute URLs under the base path', () => {
    const documents = documentsOf();
    expect(documents.changelog).toMatchObject({
      $schema: schemaUrl('changelog'),
      version: 1,
      kind: 'changelog',
      site: { url: 'https://example.com/roadmap/', language: 'en' },
      page: 'https://example.com/roadmap/changelog/',
      feeds: { atom: 'https://example.com/roadmap/changelog/atom.xml' },
      areas: [{ id: 'exports', label: 'Exports', description: null, url: 'https://example.com/roadmap/areas/exports/' }, { id: 'editor' }],
    });
  });

  it('give a roadmap item its derived status, summed votes, requests and release', () => {
    const documents = documentsOf();
    const csv = documents.roadmap.items.find((item) => item.id === 'csv-export')!;
    expect(csv).toMatchObject({
      url: 'https://example.com/roadmap/roadmap/csv-export/',
      status: 'shipped',
      target: null,
      votes: 6,
      requests: [{ id: 'csv', title: 'Request csv', url: 'https://example.com/roadmap/feedback/csv/', votes: 6 }],
      shipped: { release: { id: 'v2', url: 'https://example.com/roadmap/changelog/v2/' }, version: '2.0', date: '2026-02-01' },
      reason: null,
    });
    expect(documents.roadmap.items.find((item) => item.id === 'dark-mode')).toMatchObject({
      status: 'next',
      target: '2026-Q4',
      updates: [{ date: '2026-01-02', status: 'next', note: 'Soon.' }],
    });
    expect(documents.roadmap.items.find((item) => item.id === 'blockchain')).toMatchObject({ status: 'cancelled', reason: 'Not safer.' });
  });

  it('give a request its derived status, explanation, own and total votes and links along the loop', () => {
    const documents = documentsOf();
    const byId = new Map(documents.feedback.items.map((item) => [item.id, item]));
    expect(byId.get('csv')).toMatchObject({
      status: 'shipped',
      explanation: 'Shipped in 2.0 on 1 February 2026 as Item csv-export.',
      votes: 4,
      totalVotes: 6,
      roadmap: { id: 'csv-export' },
      shipped: { release: { id: 'v2' } },
      duplicates: [{ id: 'csv-too', url: 'https://example.com/roadmap/feedback/csv-too/' }],
      source: 'https://example.com/t/1',
      author: 'Ada',
    });
    expect(byId.get('csv-too')).toMatchObject({
      status: 'merged',
      duplicateOf: { id: 'csv' },
      canonical: { id: 'csv' },
      shipped: { release: { id: 'v2' } },
    });
    expect(byId.get('night')).toMatchObject({ status: 'planned', shipped: null, source: null, author: null });
    expect(byId.get('chain')).toMatchObject({ status: 'declined', reason: 'Not safer.' });
    expect(byId.get('nope')).toMatchObject({ status: 'declined', reason: 'Out of scope.' });
  });

  it('list releases newest first with what each answers and a plain-text summary', () => {
    const documents = documentsOf();
    expect(documents.changelog.items.map((item) => item.id)).toEqual(['v2', 'v1']);
    expect(documents.changelog.items[0]).toMatchObject({
      version: '2.0',
      summary: 'CSV export is here.',
      ships: [{ id: 'csv-export' }],
      closes: [{ id: 'speed' }],
      answers: [
        { id: 'speed', votes: 9 },
        { id: 'csv', votes: 6 },
      ],
    });
    expect(documents.changelog.items[1]).toMatchObject({ version: null, summary: 'Only a list.', changes: [] });
  });
});

describe('the JSON API documents, in detail', () => {
  it('list entries by id, give only declined entries a reason, and name a release whose notes are missing', () => {
    const documents = documentsOf();
    expect(documents.roadmap.items.map((item) => item.id)).toEqual(['blockchain', 'csv-export', 'dark-mode']);
    expect(documents.feedback.items.map((item) => item.id)).toEqual(['chain', 'csv', 'csv-too', 'night', 'nope', 'speed']);
    expect(documents.feedback.items.filter((item) => item.reason !== null).map((item) => item.id)).toEqual(['chain', 'nope']);
    expect(() => changelogDocument(model(), new Map([['v2', '<p>Only one.</p>']]))).toThrow(
      'the rendered notes of release "v1" are missing',
    );
  });

  it('link each most wanted request to its page, and end a serialized document with a newline', () => {
    const site = createSiteModel(
      siteConfig({ url: 'https://example.com', base: '/roadmap/' }),
      corpus({ feedback: [feedback('wish', { votes: 3 })] }),
    );
    expect(insightsDocument(site).mostWanted).toEqual([
      expect.objectContaining({ id: 'wish', title: 'Request wish', url: 'https://example.com/roadmap/feedback/wish/', votes: 3 }),
    ]);
    expect(serializeJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it('title each published schema with its kind and version', () => {
    expect(apiJsonSchema('roadmap', schemaUrl('roadmap')).title).toBe('Roadlog roadmap API, version 1');
  });
});

describe('the insights document', () => {
  it('says when it counts and where its pages are, with the figures of the whole site and of each area', () => {
    const documents = documentsOf();
    const insights = documents.insights;
    expect(insights).toMatchObject({
      $schema: schemaUrl('insights'),
      kind: 'insights',
      page: 'https://example.com/roadmap/insights/',
      // The newest date in the content: the release v2.
      asOf: '2026-02-01',
    });
    // csv (through csv-export) and speed (closed directly) were both asked on 2026-01-01 and shipped on 2026-02-01.
    expect(insights.overall).toMatchObject({
      requests: 5,
      shipped: 2,
      leadTimeDays: { median: 31, p75: 31, p90: 31, count: 2 },
      answered: { count: 5, share: 1, unanswered: 0 },
      statuses: { merged: 1, shipped: 2, planned: 1, declined: 2 },
    });
    expect(insights.quarters).toEqual([
      {
        quarter: '2026-Q1',
        releases: 2,
        requestsShipped: 2,
        votesAnswered: 15,
        leadTimeDaysMedian: 31,
        leadTimeDays: { median: 31, p75: 31, p90: 31, count: 2 },
      },
    ]);
    expect(insights.areas.map((area) => [area.id, area.url, area.requests, area.leadTimeDays.median])).toEqual([
      ['exports', 'https://example.com/roadmap/areas/exports/insights/', 1, 31],
      ['editor', 'https://example.com/roadmap/areas/editor/insights/', 0, null],
    ]);
  });
});

describe('the published JSON Schemas', () => {
  for (const kind of ['roadmap', 'feedback', 'changelog', 'insights'] as const) {
    it(`validate the ${kind} document, and are what zod accepts`, () => {
      const documents = documentsOf();
      const schema = apiJsonSchema(kind, schemaUrl(kind));
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: schemaUrl(kind) });
      const result = validatorFor(schema)(documents[kind]);
      expect(result.errors).toBe('No errors');
      expect(API_DOCUMENTS[kind].safeParse(documents[kind]).success).toBe(true);
    });
  }

  it('reject what the format does not describe: a missing field, a wrong status, an unknown field', () => {
    const documents = documentsOf();
    const validate = validatorFor(apiJsonSchema('feedback', schemaUrl('feedback')));
    const [first, ...rest] = documents.feedback.items;
    const { totalVotes: _, ...missing } = first!;
    expect(validate({ ...documents.feedback, items: [missing, ...rest] }).valid).toBe(false);
    expect(validate({ ...documents.feedback, items: [{ ...first, status: 'done' }] }).valid).toBe(false);
    expect(validate({ ...documents.feedback, items: [{ ...first, priority: 1 }] }).valid).toBe(false);
    expect(validate({ ...documents.feedback, version: 2 }).valid).toBe(false);
  });

  it('publish a pasted address with accents and spaces as a valid URI', () => {
    const documents = documentsOf();
    const speed = documents.feedback.items.find((item) => item.id === 'speed');
    expect(speed?.source).toBe('https://foro.example/t/b%C3%BAsqueda%20m%C3%A1s%20r%C3%A1pida%7Cya/88');
  });

  it('reuse the content rules: ids, titles and calendar days, on every record and every link', () => {
    const documents = documentsOf();
    for (const kind of ['roadmap', 'feedback', 'changelog'] as const) {
      const validate = validatorFor(apiJsonSchema(kind, schemaUrl(kind)));
      const document = documents[kind] as unknown as { items: Record<string, unknown>[] };
      const paths = document.items.flatMap((item, index) => entryPaths(item).map((path) => [index, ...path]));
      // Every kind of link the documents hold is checked: records, shipments, requests, duplicates, answers.
      expect(
        new Set(
          paths.map((path) =>
            path
              .slice(1)
              .filter((key) => typeof key === 'string')
              .join('.'),
          ),
        ).size,
      ).toBeGreaterThan(kind === 'feedback' ? 5 : 2);
      for (const path of paths) {
        const at = (change: (entry: Record<string, unknown>) => void) => {
          const copy = structuredClone(document);
          change(path.reduce<Record<string, unknown>>((node, key) => node[key as string] as Record<string, unknown>, copy.items as never));
          return validate(copy).valid;
        };
        const where = `${kind} ${path.join('.')}`;
        expect(
          at((entry) => (entry.title = 'x'.repeat(140))),
          where,
        ).toBe(true);
        expect(
          at((entry) => (entry.title = 'x'.repeat(141))),
          where,
        ).toBe(false);
        expect(
          at((entry) => (entry.id = 'Not_An_Id')),
          where,
        ).toBe(false);
        expect(
          at((entry) => (entry.id = 'double--hyphen')),
          where,
        ).toBe(false);
      }
    }
    const changelog = validatorFor(apiJsonSchema('changelog', schemaUrl('changelog')));
    const [first, ...rest] = documents.changelog.items;
    expect(changelog({ ...documents.changelog, items: [{ ...first, date: '2026-02-30' }, ...rest] }).valid).toBe(false);
    // Every field of a published document is present: no input defaults in the format.
    expect(JSON.stringify(apiJsonSchema('feedback', schemaUrl('feedback')))).not.toContain('"default"');
  });
});
