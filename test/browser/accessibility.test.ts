import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, PAGE_KINDS } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core, in the light and the dark colour scheme', () => {
  it.each(Object.entries(PAGE_KINDS))('finds nothing on the %s page', async (_kind, path) => {
    const page = await context.newPage();
    await page.goto(siteUrl + path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Colours ease over 120 ms when the scheme changes: measure the settled page, not a frame of the transition.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      // The scheme really applies: the stylesheet's dark background shows only in dark.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      expect((await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`)).toEqual([]);
    }
    await page.close();
  });
});
