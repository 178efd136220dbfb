import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolationsInBothSchemes, launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['insights/', 'areas/exports/insights/'];

/** Opens every table behind a chart, as a reader who wants the figures does. */
async function openTables(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

describe('the insights pages in Chromium', () => {
  it.each(PAGES)('%s: axe finds nothing in light and dark, with the tables closed and open', async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl + path);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    await openTables(page);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('%s: every chart is an image with a name and a description, and its table holds the same figures', async (path) => {
    const page = await browser.newPage();
    await page.goto(siteUrl + path);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    for (const chart of await charts.all()) {
      const name = await chart.evaluate((svg) => svg.getAttribute('aria-labelledby'));
      await expect(page.getByRole('img', { name: (await page.locator(`[id="${name}"]`).textContent()) ?? '' }).count()).resolves.toBe(1);
    }
    // The statuses chart's values are the first column of its table.
    const values = await page.locator('#chart-statuses .chart-value').allTextContents();
    await openTables(page);
    const cells = await page.locator('#table-statuses tbody tr td:first-of-type').allTextContents();
    expect(values).toEqual(cells);
    await page.close();
  });

  it.each(PAGES)('%s: fits a 320 px screen with every table open, and the tables scroll by keyboard', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(siteUrl + path);
    await openTables(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // A table wider than the screen scrolls inside its own region, which takes focus so arrow keys can scroll it.
    const region = page.locator('.table-scroll').first();
    expect(await region.getAttribute('tabindex')).toBe('0');
    await page.close();
  });

  it('keeps the charts readable in the dark: bars in the accent colour, text in the text colours', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${siteUrl}insights/`);
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const root = getComputedStyle(document.documentElement);
      return {
        bar: style('.chart-bar').fill,
        label: style('.chart-label').fill,
        accent: root.getPropertyValue('--accent').trim(),
        text: getComputedStyle(document.body).color,
      };
    });
    expect(colours.label).toBe(colours.text);
    expect(colours.bar).toBe(hexToRgb(colours.accent));
    await page.close();
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
