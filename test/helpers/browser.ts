import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; nothing downloads a browser of its own. */
export const CHROMIUM = process.env.ROADLOG_CHROMIUM || '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. ` +
        'Install it with `apt-get install chromium` (.ci/run does), or point ROADLOG_CHROMIUM at a Chromium binary.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One page of each kind, as paths below the site's base, chosen so that
 * every badge colour shows up in both themes. Pages that only repeat a
 * template (an area's board, page 2 of a list) are left to the build tests.
 */
export const PAGE_KINDS: Record<string, string> = {
  home: '',
  board: 'roadmap/',
  'board column list': 'roadmap/shipped/',
  'shipped roadmap item': 'roadmap/csv-export/',
  'cancelled roadmap item': 'roadmap/offline-editing/',
  'feedback list': 'feedback/',
  'feedback by status': 'feedback/status/declined/',
  'shipped request with a duplicate': 'feedback/export-to-csv/',
  'merged request': 'feedback/spreadsheet-download/',
  'declined request': 'feedback/work-offline/',
  'request under review': 'feedback/bulk-edit/',
  'hostile request': 'feedback/unsafe-body/',
  changelog: 'changelog/',
  release: 'changelog/v1-2/',
  areas: 'areas/',
  area: 'areas/editor/',
  insights: 'insights/',
  'insights of an area': 'areas/exports/insights/',
  search: 'search/',
  'not found': 'no-such-page/',
  widget: 'widget/',
};

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core's full rule set (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    // Details only for failures: the same verdict as a full run, several times faster.
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

/** axe-core's findings on the page as it is now, in the light and then the dark colour scheme, each prefixed with its scheme. */
export async function axeViolationsInBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours ease over 120 ms when the scheme changes: measure the settled page, not a frame of the transition.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    found.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
  }
  return found;
}
