import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PAGE_KINDS } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('on a 320 px wide screen', () => {
  it.each(Object.entries(PAGE_KINDS))('the %s page has no horizontal scroll', async (_kind, path) => {
    const page = await context.newPage();
    await page.goto(siteUrl + path);
    const widths = await page.evaluate(() => {
      const viewport = document.documentElement.clientWidth;
      const width = document.documentElement.scrollWidth;
      // When it overflows, name the element that sticks out furthest.
      const culprit =
        width > viewport
          ? [...document.querySelectorAll('body *')]
              .map((element) => ({ element, right: element.getBoundingClientRect().right }))
              .sort((a, b) => b.right - a.right)
              .map(({ element, right }) => `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(right)}px`)[0]
          : undefined;
      return { page: width, viewport, culprit };
    });
    expect(widths.viewport).toBe(320);
    expect(widths.page, widths.culprit).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });

  it('keeps the four sections of the header on one line', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl);
    const tops = await page
      .locator('.site-nav a')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops).toHaveLength(4);
    expect(new Set(tops).size).toBe(1);
    await page.close();
  });
});
