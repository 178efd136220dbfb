import { describe, expect, it } from 'vitest';
import { CATALOGUES, catalogueFor, createUi, UI_KEYS } from '../../src/core/i18n/index.ts';
import { CLIENT_KEYS, clientMessagesJson } from '../../src/core/i18n/client.ts';
import { en } from '../../src/core/i18n/en.ts';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { explainFeedback, explainRoadmap } from '../../src/core/view/explain.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';
import { inlineText } from '../../src/core/view/inline.ts';

const placeholders = (message: unknown) =>
  [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1])
    .sort()
    .filter((name, index, all) => all.indexOf(name) === index);

describe('the catalogues', () => {
  it('ship English, German, French, Spanish, Portuguese (Brazil) and Japanese', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt-BR']);
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    it(`${language}: has every key of the English one, and no other`, () => {
      expect(Object.keys(catalogue).sort()).toEqual([...UI_KEYS].sort());
    });

    it(`${language}: fills the same placeholders, and counts where English counts`, () => {
      for (const key of UI_KEYS) {
        const message = catalogue[key];
        expect(typeof message === 'string', key).toBe(typeof en[key] === 'string');
        expect(placeholders(message), `${language} ${key}`).toEqual(placeholders(en[key]));
        if (typeof message !== 'string') {
          const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          for (const category of categories) expect(message[category] ?? message.other, `${language} ${key} ${category}`).toBeTruthy();
        }
      }
    });
  }

  it('are found by language tag, region or none: de-AT speaks German, pt speaks Portuguese (Brazil), anything else English', () => {
    expect(catalogueFor('de-AT')).toBe(CATALOGUES.de);
    expect(catalogueFor('pt')).toBe(CATALOGUES['pt-BR']);
    expect(catalogueFor('pt-BR')).toBe(CATALOGUES['pt-BR']);
    expect(catalogueFor('en-GB')).toBe(CATALOGUES.en);
    expect(catalogueFor('nl')).toBe(CATALOGUES.en);
  });
});

describe('plurals and numbers', () => {
  it('follow the language’s plural rules', () => {
    expect(createUi('en').count('count.votes', 1)).toBe('1 vote');
    expect(createUi('en').count('count.votes', 0)).toBe('0 votes');
    expect(createUi('en').count('count.votes', 1234)).toBe('1,234 votes');
    expect(createUi('de').count('count.votes', 1)).toBe('1 Stimme');
    expect(createUi('de').count('count.votes', 2)).toBe('2 Stimmen');
    expect(createUi('de').count('count.votes', 1234)).toBe('1.234 Stimmen');
    // French counts 0 and 1 as singular.
    expect(createUi('fr').count('count.votes', 0)).toBe(createUi('fr').count('count.votes', 1).replace('1', '0'));
    expect(createUi('ja').count('count.votes', 1)).toBe(createUi('ja').count('count.votes', 5).replace('5', '1'));
  });

  it('write dates in the site’s language', () => {
    expect(createUi('de').date('2026-05-07')).toBe('7. Mai 2026');
    expect(createUi('en').date('2026-05-07')).toBe('7 May 2026');
    expect(createUi('fr').date('2026-05-07')).toBe('7 mai 2026');
  });
});

describe('ui: and labels: in site.yaml', () => {
  it('override any string, and a counted one with its plural forms', () => {
    const ui = createUi('en', { 'nav.roadmap': 'Plans', 'count.votes': { one: '{count} upvote', other: '{count} upvotes' } });
    expect(ui.text('nav.roadmap')).toBe('Plans');
    expect(ui.count('count.votes', 1)).toBe('1 upvote');
    expect(ui.count('count.votes', 2)).toBe('2 upvotes');
  });

  it('rename a status everywhere it shows, with its description', () => {
    const ui = createUi(
      'en',
      {},
      { now: { label: 'Building', description: 'On the workbench.' }, 'under-review': { label: 'Considering' } },
    );
    expect(ui.status('now')).toBe('Building');
    expect(ui.column('now')).toEqual({ heading: 'Building', blurb: 'On the workbench.' });
    expect(ui.status('under-review')).toBe('Considering');
    expect(ui.feedbackList('under-review')).toEqual({ heading: 'Considering', blurb: 'The team is looking into these.' });
    expect(ui.words('now')).toBe('Building');
    expect(ui.status('next')).toBe('Next');
  });

  it('reach the explanations', () => {
    const model = createSiteModel(
      siteConfig({ labels: { 'under-review': { label: 'Considering' }, now: { label: 'Building' }, shipped: { label: 'Live' } } }),
      corpus({
        feedback: [
          feedback('look', { status: 'under-review' }),
          feedback('want', { roadmap: 'sync' }),
          feedback('done', { roadmap: 'csv' }),
        ],
        roadmap: [roadmap('sync', { status: 'now' }), roadmap('csv', { status: 'now' })],
        changelog: [release('v1', { version: '1.0', date: '2026-05-07', ships: ['csv'] })],
      }),
    );
    const explain = (id: string) => inlineText(explainFeedback(model, model.lifecycle.feedback.get(id)!.explanation));
    expect(explain('look')).toBe('Considering: the team is looking into this request.');
    expect(explain('done')).toMatch(/^Live in 1\.0 on 7 May 2026 as /);
    expect(inlineText(explainRoadmap(model, 'sync'))).toMatch(/^Building/);
  });

  it('refuse an unknown key, with a did-you-mean', () => {
    const yaml = [
      'title: T',
      'description: D',
      'url: https://example.com',
      'intake: [{ label: Send, url: "https://example.com/new" }]',
      'ui:',
      '  nav.roadmpa: Plans',
      'labels:',
      '  under-reveiw: { label: Considering }',
    ].join('\n');
    const { problems } = parseSiteConfig(yaml, 'content/site.yaml');
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['unknown-ui-string', 6],
      ['unknown-status-label', 8],
    ]);
    expect(problems[0]!.message + (problems[0]!.hint ?? '')).toContain('did you mean "nav.roadmap"?');
    expect(problems[1]!.message + (problems[1]!.hint ?? '')).toContain('did you mean "under-review"?');
  });
});

describe('the words of a site', () => {
  it('fill their placeholders, leaving unknown ones as written', () => {
    const ui = createUi('en', { 'nav.roadmap': '{a} and {b} and {a}, not {c} or {}' });
    expect(ui.text('nav.roadmap', { a: 'x', b: 2 })).toBe('x and 2 and x, not {c} or {}');
    expect(ui.text('nav.roadmap')).toBe('{a} and {b} and {a}, not {c} or {}');
    expect(ui.language).toBe('en');
    expect(ui.messages['nav.roadmap']).toBe('{a} and {b} and {a}, not {c} or {}');
  });

  it('count with the plural form the language picks, else the other form, with the count formatted', () => {
    const ui = createUi('en', { 'count.votes': { one: 'one {what}', other: '{count} {what}s' } });
    expect(ui.count('count.votes', 1, { what: 'vote' })).toBe('one vote');
    expect(ui.count('count.votes', 12345, { what: 'vote' })).toBe('12,345 votes');
    // A plain string for counted words is its every form.
    expect(createUi('en', { 'count.votes': '{count} × voted' }).count('count.votes', 1)).toBe('1 × voted');
    // A form the catalogue lacks (Arabic's "few") falls back to "other"; numbers follow the language.
    expect(createUi('ar', { 'count.votes': { one: 'a', other: '{count} other' } }).count('count.votes', 3)).toBe('3 other');
    expect(createUi('de').number(1234.5)).toBe('1.234,5');
    expect(createUi('en').number(1234.5)).toBe('1,234.5');
  });

  it('make sentences whose placeholders may be links, dropping empty parts', () => {
    const ui = createUi('en', { 'explain.inProgressAs': '{status} as {item}{target}.' });
    const link = { text: 'Sync', href: '/roadmap/sync/' };
    expect(ui.inline('explain.inProgressAs', { status: 'In progress', item: link, target: '' })).toEqual([
      { text: 'In progress' },
      { text: ' as ' },
      link,
      { text: '.' },
    ]);
    expect(ui.inline('explain.inProgressAs', { status: 0, item: 'x', target: ' soon' })).toEqual([
      { text: '0' },
      { text: ' as ' },
      { text: 'x' },
      { text: ' soon' },
      { text: '.' },
    ]);
    // A placeholder without a value stays as written.
    expect(ui.inline('explain.inProgressAs', { status: 'S' })).toEqual([
      { text: 'S' },
      { text: ' as ' },
      { text: '{item}' },
      { text: '{target}' },
      { text: '.' },
    ]);
  });

  it('name statuses, columns and lists from the catalogue unless labels: renames them', () => {
    const ui = createUi('en', {}, { later: { label: 'Someday' }, declined: { label: 'No', description: 'Not for us.' } });
    expect(ui.status('released')).toBe('Released');
    expect(ui.status('later')).toBe('Someday');
    expect(ui.status('shipped')).toBe('Shipped');
    expect(ui.column('later')).toEqual({ heading: 'Someday', blurb: en['columnBlurb.later'] });
    expect(ui.column('next')).toEqual({ heading: en['column.next'], blurb: en['columnBlurb.next'] });
    expect(ui.feedbackList('declined')).toEqual({ heading: 'No', blurb: 'Not for us.' });
    expect(ui.feedbackList('open')).toEqual({ heading: en['feedbackList.open'], blurb: en['feedbackBlurb.open'] });
    expect(ui.words('later')).toBe('Someday');
    expect(ui.words('paused')).toBe(en['words.paused']);
  });

  it('hand the browser only the messages its scripts show, safe inside a script element', () => {
    const json = clientMessagesJson(createUi('en', { 'search.none': '</script>' }));
    expect(json).not.toContain('<');
    expect(Object.keys(JSON.parse(json))).toEqual([...CLIENT_KEYS]);
    expect(JSON.parse(json)['search.none']).toBe('</script>');
  });
});
