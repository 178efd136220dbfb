import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Build } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { listen, serveStatic, type Server } from '../helpers/static-server.ts';

let site: Build;
let browser: Browser;
/** The Roadlog site, as GitHub Pages serves it: under a base path, with CORS open. */
let roadmap: Server;
/** The same site on a host that sends no Access-Control-Allow-Origin. */
let closedRoadmap: Server;
/** Another origin: the customer's product that embeds the widget. */
let product: Server;
let changelog: { items: { id: string; title: string; url: string; changes: string[] }[] };

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Product</title></head>
<body><main><h1>Our product</h1>${body}</main></body></html>`;
}

const pages = new Map<string, (origin: { roadmap: string; closed: string }) => string>([
  [
    '/embed.html',
    ({ roadmap }) =>
      hostPage(`<script src="${roadmap}/roadmap/widget.js" defer></script><roadlog-whats-new limit="3"></roadlog-whats-new>`),
  ],
  [
    '/no-cors.html',
    ({ closed }) =>
      hostPage(
        `<script src="${closed}/roadmap/widget.js" defer></script><roadlog-whats-new></roadlog-whats-new><button>Still works</button>`,
      ),
  ],
  [
    '/themed.html',
    ({ roadmap }) =>
      hostPage(`<style>:root{color-scheme:light dark} .brand{--roadlog-accent:rgb(200, 0, 0)}</style>
<script src="${roadmap}/roadmap/widget.js" defer></script><roadlog-whats-new class="brand"></roadlog-whats-new><roadlog-whats-new></roadlog-whats-new>`),
  ],
  [
    '/two.html',
    ({ roadmap }) =>
      hostPage(
        `<script src="${roadmap}/roadmap/widget.js" defer></script><roadlog-whats-new id="popup"></roadlog-whats-new><roadlog-whats-new id="inline" inline limit="2"></roadlog-whats-new>`,
      ),
  ],
  [
    '/self-hosted.html',
    ({ roadmap }) =>
      hostPage(
        `<script src="/widget.js" defer></script><roadlog-whats-new inline src="${roadmap}/roadmap/api/v1/changelog.json"></roadlog-whats-new>`,
      ),
  ],
]);

beforeAll(async () => {
  site = buildSite(join(FIXTURES, 'feeds/content'), 'widget', { ROADLOG_BASE: '/roadmap/', ROADLOG_SITE_URL: 'https://feeds.example' });
  expect(site.code, site.output).toBe(0);
  changelog = JSON.parse(site.read('api/v1/changelog.json'));
  roadmap = await serveStatic(site.outDir, '/roadmap/', { 'Access-Control-Allow-Origin': '*' });
  closedRoadmap = await serveStatic(site.outDir, '/roadmap/');
  const widget = site.read('widget.js');
  product = await listen((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/widget.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(widget);
    } else {
      const page = pages.get(path);
      response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page ? page({ roadmap: roadmap.origin, closed: closedRoadmap.origin }) : 'not found');
    }
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([roadmap?.close(), closedRoadmap?.close(), product?.close()]);
});

/** A fresh reader: a new context has its own localStorage. Collects what the page reports. */
async function open(path: string, setup?: (page: Page) => Promise<void>, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  const messages: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await setup?.(page);
  await page.goto(`${product.origin}${path}`);
  return { page, errors, messages, close: () => context.close() };
}

// The widget loads its data over the network: wait for it generously, as a busy CI machine may be slow.
const WAIT = { timeout: 20_000 };
const widget = (page: Page) => page.locator('roadlog-whats-new');
const toggle = (page: Page) => widget(page).locator('button.toggle');
const state = (page: Page) => widget(page).getAttribute('state');

describe('the widget on a page of another origin', () => {
  it('renders the latest releases from changelog.json, with change types and links to the release pages', async () => {
    const { page, errors, close } = await open('/embed.html');
    await expect.poll(() => state(page), WAIT).toBe('ready');
    expect(new URL(product.origin).origin).not.toBe(new URL(roadmap.origin).origin);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');

    const items = widget(page).locator('li.item');
    const latest = changelog.items.slice(0, 3);
    expect(await items.locator('a').allTextContents()).toEqual(latest.map((release) => release.title));
    expect(await items.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).toEqual(
      latest.map((release) => release.url),
    );
    expect(await items.nth(1).locator('.changes li').allTextContents()).toEqual(['Improved', 'Fixed']);
    expect(await items.nth(1).locator('.meta').textContent()).toBe('1.1 · 20 Feb 2026');
    expect(await widget(page).locator('a[part~=all]').getAttribute('href')).toBe('https://feeds.example/roadmap/changelog/');
    expect(errors).toEqual([]);
    await close();
  });

  it('marks what the reader has not seen, clears the mark, and remembers it', async () => {
    const { page, close } = await open('/embed.html');
    await expect.poll(() => state(page), WAIT).toBe('ready');
    expect(await widget(page).getAttribute('unread')).toBe('3');
    expect(await widget(page).locator('.badge').textContent()).toBe('3 unread');
    await toggle(page).click();
    expect(await widget(page).locator('li.item.unread').count()).toBe(3);

    await widget(page).getByRole('button', { name: 'Mark all as read' }).click();
    expect(await widget(page).getAttribute('unread')).toBe('0');
    expect(await toggle(page).evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(await widget(page).locator('li.item.unread').count()).toBe(0);
    expect(await widget(page).locator('.badge').isVisible()).toBe(false);
    expect(await widget(page).getByRole('status').textContent()).toBe('All releases marked as read.');

    await page.reload();
    await expect.poll(() => state(page), WAIT).toBe('ready');
    expect(await widget(page).getAttribute('unread')).toBe('0');

    // A maintainer publishes a release: only that one is new to this reader.
    const fresh = { ...changelog.items[0]!, id: 'v2-0', title: '2.0: Brand new', url: 'https://feeds.example/roadmap/changelog/v2-0/' };
    await page.route('**/api/v1/changelog.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      await route.fulfill({ response, json: { ...data, items: [fresh, ...data.items] } });
    });
    await page.reload();
    await expect.poll(() => state(page), WAIT).toBe('ready');
    expect(await widget(page).getAttribute('unread')).toBe('1');
    await toggle(page).click();
    expect(await widget(page).locator('li.item.unread a').allTextContents()).toEqual(['2.0: Brand new']);
    // Closing the panel means the reader saw it.
    await toggle(page).click();
    expect(await widget(page).getAttribute('unread')).toBe('0');
    await close();
  });

  it('shares what was read between two widgets of one site, live and after a reload, whatever their limits', async () => {
    const { page, close } = await open('/two.html');
    const popup = page.locator('#popup');
    const inline = page.locator('#inline');
    await expect.poll(() => popup.getAttribute('state'), WAIT).toBe('ready');
    await expect.poll(() => inline.getAttribute('state'), WAIT).toBe('ready');
    const all = String(Math.min(changelog.items.length, 5));
    expect(await popup.getAttribute('unread')).toBe(all);
    expect(await inline.getAttribute('unread')).toBe('2');

    // The inline list marks its two: the popup follows at once.
    await inline.getByRole('button', { name: 'Mark all as read' }).click();
    expect(await inline.getAttribute('unread')).toBe('0');
    await expect.poll(() => popup.getAttribute('unread')).toBe(String(Number(all) - 2));

    // Opening and closing the popup marks the rest; the inline one, which lists fewer, must not forget them.
    await popup.locator('button.toggle').click();
    await popup.locator('button.toggle').click();
    expect(await popup.getAttribute('unread')).toBe('0');
    await page.reload();
    await expect.poll(() => popup.getAttribute('state'), WAIT).toBe('ready');
    await expect.poll(() => inline.getAttribute('state'), WAIT).toBe('ready');
    expect(await popup.getAttribute('unread')).toBe('0');
    expect(await inline.getAttribute('unread')).toBe('0');
    await close();
  });

  it('works from the keyboard, announces the unread count and passes axe', async () => {
    const { page, close } = await open('/embed.html');
    await expect.poll(() => state(page), WAIT).toBe('ready');
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: 'What’s new 3 unread' });
    expect(await button.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await widget(page).getByRole('list', { name: 'What’s new' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const focusedText = () => page.evaluate(() => document.querySelector('roadlog-whats-new')?.shadowRoot?.activeElement?.textContent);
    expect(await focusedText()).toBe(changelog.items[0]!.title);
    // Following a link marks that release read; the list re-renders and focus stays on the link.
    await page.evaluate(() =>
      document
        .querySelector('roadlog-whats-new')
        ?.shadowRoot?.querySelector('a')
        ?.addEventListener('click', (event) => event.preventDefault()),
    );
    await page.keyboard.press('Enter');
    expect(await widget(page).getAttribute('unread')).toBe('2');
    expect(await focusedText()).toBe(changelog.items[0]!.title);

    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await toggle(page).evaluate((element) => element.matches(':focus'))).toBe(true);
    await close();
  });

  it('takes the host’s colours from CSS custom properties and its dark scheme only when the host has one', async () => {
    const style = (page: Page, index: number, selector: string, property: string) =>
      widget(page)
        .nth(index)
        .locator(selector)
        .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
    const themed = await open('/themed.html', undefined, 'dark');
    for (const index of [0, 1]) await expect.poll(() => widget(themed.page).nth(index).getAttribute('state'), WAIT).toBe('ready');
    expect(await style(themed.page, 0, '.badge', 'background-color')).toBe('rgb(200, 0, 0)');
    expect(await style(themed.page, 1, '.toggle', 'background-color')).toBe('rgb(31, 41, 55)');
    await themed.close();
    // The embed page declares no color-scheme: a dark system must not darken a light page's widget.
    const plain = await open('/embed.html', undefined, 'dark');
    await expect.poll(() => state(plain.page), WAIT).toBe('ready');
    expect(await style(plain.page, 0, '.toggle', 'background-color')).toBe('rgb(255, 255, 255)');
    await plain.close();
  });

  it('reads another changelog.json given in its src attribute, and shows the list in place', async () => {
    const { page, close } = await open('/self-hosted.html');
    await expect.poll(() => state(page), WAIT).toBe('ready');
    expect(await widget(page).locator('li.item a').allTextContents()).toEqual(changelog.items.map((release) => release.title));
    expect(await toggle(page).isVisible()).toBe(false);
    await close();
  });

  it('stays out of the way when the changelog cannot be fetched', async () => {
    const changelogRoute = (handler: Parameters<Page['route']>[1]) => async (page: Page) => {
      await page.route('**/changelog.json', handler);
    };
    const cases = [
      { path: '/embed.html', setup: changelogRoute((route) => route.abort('connectionrefused')) },
      { path: '/embed.html', setup: changelogRoute((route) => route.fulfill({ status: 200, body: '<html>' })) },
      { path: '/embed.html', setup: changelogRoute((route) => route.fulfill({ json: { version: 2, items: [] } })) },
      // Cross-origin without Access-Control-Allow-Origin: the browser refuses the response.
      { path: '/no-cors.html', setup: undefined },
    ];
    for (const { path, setup } of cases) {
      const { page, errors, messages, close } = await open(path, setup);
      await expect.poll(() => state(page), WAIT).toBe('error');
      expect(await widget(page).isVisible()).toBe(false);
      expect(errors).toEqual([]);
      // Only the browser's own network message, never one from the widget.
      expect(messages.filter((line) => !/Failed to load resource|blocked by CORS policy/.test(line))).toEqual([]);
      await close();
    }
  });
});
