import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolationsInBothSchemes, launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const rootSiteUrl = inject('rootSiteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await page?.close();
  page = await context.newPage();
});

const header = (target: Page) => target.locator('.site-header form[data-search-form]');
/** Waits until the header box shows the results for all of `text`, not for a prefix typed on the way. */
const settled = (target: Page, text: string) =>
  header(target)
    .locator('[role="status"]', { hasText: `“${text}”` })
    .waitFor();
const pageResults = (target: Page) => target.locator('[data-search-results] .search-hit');

/**
 * The results of the search page once they have settled on `summary`, as
 * title, kind and status. A search marks the results busy at once (in the
 * same task that rewrites the URL) until its results are in.
 */
async function listed(target: Page, summary: RegExp) {
  await target.locator('[data-search-results]:not([aria-busy]) [data-search-status]', { hasText: summary }).waitFor();
  return pageResults(target).evaluateAll((hits) =>
    hits.map((hit) => ({
      title: hit.querySelector('.search-hit-link')?.textContent ?? '',
      href: hit.querySelector('a')?.getAttribute('href') ?? '',
      kind: hit.querySelector('.search-hit-kind')?.textContent ?? '',
      status: hit.querySelector('.badge')?.textContent ?? '',
    })),
  );
}

describe('the header search box', () => {
  it('focuses on "/", lists results as you type, reaches them with Tab and closes on Escape', async () => {
    await page.goto(`${siteUrl}feedback/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('accountant');
    await settled(page, 'accountant');
    const panel = header(page).locator('[data-search-panel]');
    await panel.locator('.search-hit').first().waitFor();
    // Found in the request's body; shown with its kind, status and the words around the match.
    const first = panel.locator('.search-hit').first();
    expect(await first.locator('.search-hit-link').textContent()).toBe('Export my data to CSV');
    expect(await first.locator('.search-hit-link').getAttribute('href')).toBe('/roadmap/feedback/export-to-csv/');
    expect(await first.locator('.search-hit-kind').textContent()).toBe('Request');
    expect(await first.locator('.badge').textContent()).toBe('Shipped');
    // Pagefind marks the whole word as written, punctuation included.
    expect(await first.locator('.search-hit-excerpt mark').textContent()).toMatch(/^accountant\W*$/);
    // Screen readers hear the count.
    expect(await header(page).locator('[role="status"]').textContent()).toBe('1 result for “accountant”');
    // Still the same page: results open in place.
    expect(page.url()).toBe(`${siteUrl}feedback/`);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export my data to CSV');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.inputValue('#site-search')).toBe('accountant');

    // Enter opens the search page with the query.
    await Promise.all([page.waitForURL(`${siteUrl}search/?q=accountant`), page.keyboard.press('Enter')]);
    expect((await listed(page, /result/))[0]?.title).toBe('Export my data to CSV');
  });

  it('leaves "/" alone while the user types in another field', async () => {
    await page.goto(`${siteUrl}search/`);
    await page.locator('#search-page-input').focus();
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-page-input')).toBe('a/b');
    expect(await page.inputValue('#site-search')).toBe('');
  });

  it('finds a request by a word of its title, first', async () => {
    await page.goto(`${siteUrl}changelog/`);
    await page.locator('#site-search').fill('blockchain');
    const first = header(page).locator('.search-hit').first();
    await first.waitFor();
    expect(await first.locator('.search-hit-link').textContent()).toBe('Put it on a blockchain');
    expect(await first.locator('.badge').textContent()).toBe('Declined');
  });

  it('says there are no results for a word the site does not have, rather than matching its first letters', async () => {
    // Pagefind alone would answer with every page about CSV, the longest known prefix of "csvtools".
    await page.goto(`${siteUrl}search/?q=csvtools`);
    expect(await listed(page, /No results/)).toEqual([]);
    await page.goto(`${siteUrl}search/?q=csv`);
    expect((await listed(page, /result/)).length).toBeGreaterThan(0);
  });

  it('shows an excerpt’s ampersands and angle brackets as characters, not as entities', async () => {
    await page.goto(`${siteUrl}changelog/`);
    await page.locator('#site-search').fill('ampersands');
    const excerpt = header(page).locator('.search-hit').first().locator('.search-hit-excerpt');
    await excerpt.waitFor();
    const text = await excerpt.textContent();
    expect(text).toContain('Tom & Jerry <3');
    expect(text).not.toMatch(/&(amp|lt|gt);/);
  });

  it('passes axe-core with its results open, in the light and the dark colour scheme', async () => {
    await page.goto(`${siteUrl}changelog/`);
    await page.locator('#site-search').fill('csv');
    await header(page).locator('.search-hit').first().waitFor();
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    // Still open after both runs: axe looked at the results, not at a closed box.
    expect(await header(page).locator('[data-search-panel]').isVisible()).toBe(true);
  });

  it('opens its results within a 320 px wide screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const small = await phone.newPage();
    await small.goto(`${siteUrl}changelog/`);
    await small.locator('#site-search').fill('csv');
    await header(small).locator('.search-hit').first().waitFor();
    const box = await header(small).locator('[data-search-panel]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await phone.close();
  });

  it('is the one search box on the home and 404 pages, which lead with their own', async () => {
    for (const path of ['', 'no-such-page/']) {
      await page.goto(siteUrl + path);
      expect(await page.locator('form[data-search-form]').count(), path).toBe(1);
      expect(await page.locator('[data-search-key]:not([hidden])').count(), path).toBe(1);
    }
  });

  it('shows customer text in results as text, running nothing', async () => {
    await page.goto(`${siteUrl}changelog/`);
    await page.locator('#site-search').fill('hostile');
    const first = header(page).locator('.search-hit').first();
    await first.waitFor();
    expect(await first.locator('.search-hit-link').textContent()).toBe('A request with hostile HTML');
    expect(await first.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  });
});

describe('the search page', () => {
  it('filters by status, keeping the query and the filters in the URL across a reload', async () => {
    await page.goto(`${siteUrl}search/`);
    await page.locator('#search-page-input').fill('csv');
    const all = await listed(page, /results for “csv”/);
    // Some entries about CSV are not shipped: the filter has something to remove.
    expect(all.map((hit) => hit.status)).toContain('Merged');
    expect(all.map((hit) => hit.status)).toContain('Now');

    await page.locator('#search-status').selectOption('shipped');
    await page.waitForURL(`${siteUrl}search/?q=csv&status=shipped`);
    const shipped = await listed(page, /results for “csv”/);
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.length).toBeLessThan(all.length);
    // Requests and items that shipped, and the releases that shipped them.
    expect(new Set(shipped.map((hit) => hit.status))).toEqual(new Set(['Shipped', 'Released']));
    expect(new Set(shipped.map((hit) => hit.kind))).toEqual(new Set(['Request', 'Roadmap item', 'Release']));

    await page.locator('#search-kind').selectOption('request');
    await page.waitForURL(`${siteUrl}search/?q=csv&kind=request&status=shipped`);
    const requests = await listed(page, /results? for “csv”/);
    expect(requests.map((hit) => hit.title).sort()).toEqual(['Export my data to CSV', 'Import a CSV file']);

    await page.reload();
    expect(await page.inputValue('#search-page-input')).toBe('csv');
    expect(await page.inputValue('#search-status')).toBe('shipped');
    expect(await page.inputValue('#search-kind')).toBe('request');
    expect(await listed(page, /results? for “csv”/)).toEqual(requests);
  });

  it('lists everything in a filter without a query, sorted by votes when asked', async () => {
    await page.goto(`${siteUrl}search/?kind=request&area=exports&sort=votes`);
    const hits = await listed(page, /results/);
    // The requests in Exports, most votes first (votes include merged duplicates: 10 + 3).
    expect(hits.map((hit) => hit.title)).toEqual(['Export my data to CSV', 'Import a CSV file', 'A public API']);
    await page.locator('#search-sort').selectOption('date');
    await page.waitForURL(`${siteUrl}search/?kind=request&area=exports&sort=date`);
    await page.waitForFunction(() => document.querySelector('[data-search-results] .search-hit-link')?.textContent === 'A public API');
    expect((await listed(page, /results/)).map((hit) => hit.title)).toEqual(['A public API', 'Export my data to CSV', 'Import a CSV file']);
  });

  it('passes axe-core with results and filters, in the light and the dark colour scheme', async () => {
    await page.goto(`${siteUrl}search/?q=csv`);
    await listed(page, /results/);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
  });

  it('says that search needs JavaScript when it is off, and links to the lists', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${siteUrl}search/?q=csv`);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a reader sees
    expect(await plain.locator('main').innerText()).toContain('Search needs JavaScript.');
    expect(await plain.locator('[data-search-filters]').isHidden()).toBe(true);
    const links = await plain.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/roadmap/feedback/', '/roadmap/roadmap/', '/roadmap/changelog/']));
    await noScript.close();
  });
});

describe('at the root, without a base path', () => {
  it('loads the index and links results from the root', async () => {
    await page.goto(`${rootSiteUrl}roadmap/`);
    await page.keyboard.press('/');
    await page.keyboard.type('warehouse');
    await settled(page, 'warehouse');
    const first = header(page).locator('.search-hit').first();
    await first.waitFor();
    expect(await first.locator('.search-hit-link').getAttribute('href')).toBe('/feedback/api-access/');
    await Promise.all([page.waitForURL(`${rootSiteUrl}feedback/api-access/`), first.locator('.search-hit-link').click()]);
    expect(await page.locator('h1').textContent()).toBe('A public API');
  });
});
