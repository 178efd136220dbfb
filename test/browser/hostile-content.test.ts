import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a request whose body holds <script>, an onerror attribute and a javascript: link', () => {
  it('runs nothing, goes nowhere and keeps its text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const url = `${siteUrl}feedback/unsafe-body/`;
    await page.goto(url);
    // Let every image settle, so an onerror handler would have run by now.
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);

    const prose = page.locator('.prose');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a reader sees
    const text = (await prose.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Hello there.');
    expect(text).toContain('image');
    expect(text).toContain('click me and docs.');

    // The javascript: link keeps its words and loses its address: clicking it does nothing.
    const link = prose.getByText('click me');
    expect(await link.getAttribute('href')).toBeNull();
    await link.click();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    expect(await prose.locator('script, [onerror], [href^="javascript:" i]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
