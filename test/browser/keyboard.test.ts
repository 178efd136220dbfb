import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const INTAKE = 'https://support.fixture.example/new';
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: the intake link (another site) answers with a stub page.
  await context.route(
    (url) => !url.href.startsWith(new URL(siteUrl).origin),
    (route) => route.fulfill({ contentType: 'text/html', body: '<title>Intake</title>intake' }),
  );
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await page?.close();
  page = await context.newPage();
});

/** What has focus, as the text a sighted keyboard user sees plus where it leads. */
function focused(target: Page) {
  return target.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase(),
      text: element?.textContent?.trim() ?? '',
      href: element?.getAttribute('href') ?? undefined,
      name: element?.getAttribute('name') ?? undefined,
      inNav: Boolean(element?.closest('nav[aria-label="Main"]')),
      outlineWidth: element ? getComputedStyle(element).outlineWidth : '0px',
    };
  });
}

/** Presses Tab until `match` has focus, at most `limit` times; returns how many presses it took. */
async function tabTo(target: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 15): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await target.keyboard.press('Tab');
    if (match(await focused(target))) return presses;
  }
  throw new Error(`not reached within ${limit} presses of Tab`);
}

describe('keyboard only', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    await page.goto(`${siteUrl}feedback/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'a', text: 'Skip to content', href: '#main' });
    // Visible focus: the skip link shows up and carries an outline.
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    expect(first.outlineWidth).not.toBe('0px');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reaches the main navigation in a few presses and follows it with Enter', async () => {
    await page.goto(siteUrl);
    const presses = await tabTo(page, (f) => f.inNav && f.text === 'Changelog');
    expect(presses).toBeLessThanOrEqual(6);
    await Promise.all([page.waitForURL(`${siteUrl}changelog/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Changelog');
  });

  it('reaches the header search and submits it as a plain form', async () => {
    await page.goto(`${siteUrl}roadmap/`);
    await tabTo(page, (f) => f.tag === 'input' && f.name === 'q');
    await page.keyboard.type('csv export');
    await Promise.all([page.waitForURL(/\/roadmap\/search\/\?q=csv\+export$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Search');
  });

  it('reaches "Send feedback" and follows it to the intake link', async () => {
    await page.goto(`${siteUrl}changelog/v1-2/`);
    await tabTo(page, (f) => f.text === 'Send feedback');
    expect((await focused(page)).href).toBe(INTAKE);
    await Promise.all([page.waitForURL(INTAKE), page.keyboard.press('Enter')]);
  });

  it('filters the board by area in place, keeping focus on the chosen area', async () => {
    await page.goto(`${siteUrl}roadmap/`);
    await tabTo(page, (f) => f.text === 'Editor' && f.href?.endsWith('/roadmap/areas/editor/') === true, 25);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}roadmap/areas/editor/`);
    await page.locator('h1', { hasText: 'Roadmap: Editor' }).waitFor();
    // Swapped in place: the same document, and focus stays on the filter the user chose.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await focused(page)).toMatchObject({ text: 'Editor' });
    expect(await page.locator('[data-board-filter] [aria-current="page"]').textContent()).toBe('Editor');
    expect(await page.locator('.board').textContent()).not.toContain('Public API');
    expect(await page.title()).toBe('Roadmap: Editor · Fixture Roadmap');
    expect(await page.locator('[data-board-status]').textContent()).toContain('in Editor');
    // Back returns to the whole board.
    await page.goBack();
    await page.locator('h1', { hasText: /^Roadmap$/ }).waitFor();
    expect(await page.locator('.board').textContent()).toContain('Public API');
  });
});

describe('without JavaScript', () => {
  it('filters the board by loading the area’s own board page', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${siteUrl}roadmap/`);
    await Promise.all([
      plain.waitForURL(`${siteUrl}roadmap/areas/editor/`),
      plain.locator('[data-board-filter] a', { hasText: 'Editor' }).click(),
    ]);
    expect(await plain.locator('h1').textContent()).toBe('Roadmap: Editor');
    await plain.goto(`${siteUrl}search/`);
    expect(await plain.locator('main').textContent()).toContain('Search needs JavaScript.');
    await noScript.close();
  });
});
