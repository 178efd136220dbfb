import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { buildSite, copyFixture } from '../helpers/build.ts';
import { serveStatic } from '../helpers/static-server.ts';

/** The fixture in German, with renamed statuses: longer words, the same accessibility. */
const PAGES = [
  '',
  'roadmap/',
  'roadmap/realtime-editing/',
  'feedback/',
  'feedback/bulk-edit/',
  'changelog/v1-2/',
  'search/',
  'widget/',
  'no-such-page/',
];

let browser: Browser;
let context: BrowserContext;
let siteUrl: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const content = copyFixture('basic');
  const config = join(content, 'site.yaml');
  writeFileSync(
    config,
    `${readFileSync(config, 'utf8')}\nlanguage: de\nlabels:\n  now: { label: In der Werkstatt }\n  under-review: { label: Wird erwogen }\n`,
  );
  const site = buildSite(content, 'german-browser');
  if (site.code !== 0) throw new Error(`the German site did not build:\n${site.output}`);
  const server = await serveStatic(site.outDir, '/');
  siteUrl = server.url;
  close = server.close;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe('a site in German: axe-core in the light and the dark colour scheme', () => {
  it.each(PAGES)('finds nothing on /%s', async (path) => {
    const page = await context.newPage();
    await page.goto(siteUrl + path);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      expect((await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`)).toEqual([]);
    }
    await page.close();
  });
});
