import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../src/core/i18n/de.ts';
import { en } from '../../src/core/i18n/en.ts';
import { buildSite, copyFixture, textOf, type Build } from '../helpers/build.ts';

/**
 * The fixture site in German, with two statuses renamed: every page speaks
 * German (its own content aside), writes German dates, and shows the labels
 * wherever the statuses show.
 */
const LABELS = `language: de
labels:
  now: { label: In der Werkstatt, description: Liegt auf der Werkbank. }
  under-review: { label: Wird erwogen }
`;

let site: Build;
let pages: string[];
beforeAll(() => {
  const content = copyFixture('basic');
  const config = join(content, 'site.yaml');
  writeFileSync(config, `${readFileSync(config, 'utf8')}\n${LABELS}`);
  site = buildSite(content, 'german');
  pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => relative(site.outDir, join(site.outDir, path)));
});

/** What a reader or a screen reader meets: the text, and the attributes that speak. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((match) => match[1]);
  return `${textOf(html)} ${attributes.join(' ')}`;
}

/** English UI phrases: the catalogue's messages, cut at their placeholders, where German says something else. */
function englishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const english = JSON.stringify(en[key]);
    const german = JSON.stringify(de[key]);
    for (const piece of english.split(/\{\w+\}|","|":"|[{}"]/)) {
      const phrase = piece.trim().replace(/^[,.:;·]\s*|[,.:;·]$/g, '');
      if (phrase.includes(' ') && phrase.length >= 8 && !german.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

describe('a site in German', () => {
  it('builds', () => {
    expect(site.code, site.output).toBe(0);
  });

  it('has no English UI words left, page by page', () => {
    const phrases = englishPhrases();
    expect(phrases).toContain('Skip to content');
    const found = pages.flatMap((page) => {
      const text = readable(site.read(page));
      return phrases.filter((phrase) => text.includes(phrase)).map((phrase) => `${page}: ${phrase}`);
    });
    expect(found).toEqual([]);
  });

  it('speaks German on every page: its language, navigation and footer', () => {
    for (const page of pages) {
      const html = site.read(page);
      expect(html, page).toContain('<html lang="de"');
      expect(textOf(html), page).toContain('Zum Inhalt springen');
      expect(textOf(html), page).toContain('Veröffentlicht mit Roadlog');
    }
  });

  it('writes German dates and plurals', () => {
    const request = textOf(site.read('feedback/live-collaboration/index.html'));
    expect(request).toMatch(/\d+\. (Januar|Februar|März) 2026/);
    expect(request).toMatch(/\d+ Stimmen/);
    expect(textOf(site.read('roadmap/realtime-editing/index.html'))).toContain('1. Oktober 2026');
  });

  it('shows the labels wherever the statuses show', () => {
    const board = textOf(site.read('roadmap/index.html'));
    expect(board).toContain('In der Werkstatt');
    expect(board).toContain('Liegt auf der Werkbank.');
    expect(board).not.toMatch(/\bJetzt\b/);
    expect(textOf(site.read('index.html'))).toContain('In der Werkstatt');
    expect(textOf(site.read('roadmap/realtime-editing/index.html'))).toContain('In der Werkstatt');
    expect(textOf(site.read('roadmap/now/index.html'))).toContain('In der Werkstatt');
    // A request under review: its badge, its explanation, the filters and its list.
    const request = textOf(site.read('feedback/bulk-edit/index.html'));
    expect(request).toContain('Wird erwogen: Das Team sieht sich diesen Wunsch an.');
    expect(textOf(site.read('feedback/index.html'))).toContain('Wird erwogen');
    expect(textOf(site.read('feedback/status/under-review/index.html'))).toContain('Wird erwogen');
    // Search: the status filter and the results' labels.
    expect(site.read('search/index.html')).toContain('<option value="now">In der Werkstatt</option>');
    expect(site.read('roadmap/realtime-editing/index.html')).toContain('data-pagefind-meta="status:In der Werkstatt"');
    // Feeds and the API, next to the stable ids.
    expect(site.read('roadmap/activity.xml')).toContain('label="In der Werkstatt"');
    const api = JSON.parse(site.read('api/v1/roadmap.json')) as { items: { id: string; status: string; label: string }[] };
    expect(api.items.find((item) => item.id === 'realtime-editing')).toMatchObject({ status: 'now', label: 'In der Werkstatt' });
    const feedback = JSON.parse(site.read('api/v1/feedback.json')) as { items: { id: string; status: string; label: string }[] };
    expect(feedback.items.find((item) => item.id === 'bulk-edit')).toMatchObject({ status: 'under-review', label: 'Wird erwogen' });
  });

  it('serves the widget in German', () => {
    expect(site.read('widget.js')).toContain('"markAll":"Alle als gelesen markieren"');
    expect(textOf(site.read('widget/index.html'))).toContain('Neuigkeiten-Widget');
  });
});
