import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, textOf } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

// The `basic` fixture built once for all build tests (test/build/global-setup.ts).
const shared = inject('rootSite');
const site = { ...shared, read: (path: string) => readFileSync(join(shared.outDir, path), 'utf8') };
beforeAll(() => {
  expect(site.code, site.output).toBe(0);
});

describe('a built fixture site', () => {
  it('shows a request linked to a shipped roadmap item as shipped in the release’s version', () => {
    const page = textOf(site.read('feedback/export-to-csv/index.html'));
    expect(page).toContain('Shipped in 1.2 on 15 March 2026 as CSV export.');
    expect(site.read('feedback/export-to-csv/index.html')).toContain('href="/changelog/v1-2/"');
  });

  it('explains planned, declined and merged requests in words', () => {
    expect(textOf(site.read('feedback/night-theme/index.html'))).toContain('Planned as Dark mode, coming next, aiming for 2026-Q4.');
    expect(textOf(site.read('feedback/work-offline/index.html'))).toContain(
      'Declined (Offline editing was cancelled): Sync conflicts made it unreliable',
    );
    expect(textOf(site.read('feedback/blockchain/index.html'))).toContain('Declined: It would not make your data safer');
    expect(textOf(site.read('feedback/spreadsheet-download/index.html'))).toContain('Merged into Export my data to CSV.');
  });

  it('shows a request closed directly by a release as shipped in it', () => {
    expect(textOf(site.read('feedback/faster-search/index.html'))).toContain('Shipped in 1.2 on 15 March 2026.');
  });

  it('lists what a release answers, with votes summed over duplicates', () => {
    const page = textOf(site.read('changelog/v1-2/index.html'));
    expect(page).toContain('This release answers');
    // The request's row leads with its tally: 10 of its own and 3 from the duplicate merged into it.
    expect(page).toMatch(/13 votes Export my data to CSV/);
    expect(page).toContain('Faster search');
  });

  it('renders Markdown through the site’s pipeline with the sanitizer running', () => {
    const html = site.read('feedback/unsafe-body/index.html');
    expect(html).not.toMatch(/<script>window|onerror|javascript:/);
    expect(html).toContain('rel="noopener noreferrer"');
    expect(textOf(html)).toContain('Hello there.');
  });

  it('writes a page for every entry, headed by its title, and a list for every kind', () => {
    for (const path of ['index.html', 'roadmap/index.html', 'feedback/index.html', 'changelog/index.html']) {
      expect(existsSync(join(site.outDir, path)), path).toBe(true);
    }
    let entries = 0;
    for (const kind of ['feedback', 'roadmap', 'changelog']) {
      const folder = join(PROJECT_ROOT, 'test/fixtures/basic/content', kind);
      for (const file of readdirSync(folder).filter((name) => /^[^_].*\.mdx?$/.test(name))) {
        const path = `${kind}/${file.replace(/\.mdx?$/, '')}/index.html`;
        const title = /^title: "?(.*?)"?$/m.exec(readFileSync(join(folder, file), 'utf8'))?.[1];
        expect(existsSync(join(site.outDir, path)), path).toBe(true);
        const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(site.read(path))?.[1] ?? '';
        expect(textOf(heading).replace(/’|&#39;|&#x27;/g, "'"), path).toContain(title);
        entries++;
      }
    }
    // Every entry of the fixture: the cancelled item and the merged request included.
    expect(entries).toBe(22);
  });
});

describe('closing the loop', () => {
  it('turns every linked request into “shipped in <version>” when one release is added', () => {
    const content = copyFixture('basic');
    writeFileSync(
      join(content, 'changelog/v1-3.md'),
      '---\ntitle: "1.3: Dark mode"\ndate: 2026-04-01\nversion: "1.3"\nships: [dark-mode]\n---\nDark mode is here.\n',
    );
    const after = buildSite(content, 'loop');
    expect(after.code, after.output).toBe(0);
    expect(textOf(after.read('feedback/night-theme/index.html'))).toContain('Shipped in 1.3 on 1 April 2026 as Dark mode.');
    expect(textOf(after.read('roadmap/dark-mode/index.html'))).toContain('Shipped in 1.3 on 1 April 2026.');
  });
});

describe('a build with a content mistake', () => {
  it('stops before Astro runs, with the validator’s message, line and suggestion and no stack trace', () => {
    const content = copyFixture('basic');
    writeFileSync(join(content, 'feedback/typo.md'), '---\ntitle: Typo\nsubmitted: 2026-01-01\nstauts: planed\n---\n');
    const broken = buildSite(content, 'broken');
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/feedback\/typo\.md:4:1 {2}error {2}unknown field "stauts"/);
    expect(broken.output).toContain('did you mean "status"?');
    expect(broken.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(broken.outDir)).toBe(false);
  });
});
