import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, textOf, TMP, type Build } from '../helpers/build.ts';

const REFERRING =
  '---\ntitle: Dark mode\nstatus: next\nareas: [editor]\ntarget: 2026-Q4\n---\n' +
  'Asked for in [[feedback:night-theme]], after [[changelog:v1-2]]. Not a reference: `[[roadmap:nowhere]]`.\n';
const MDX_RELEASE =
  '---\ntitle: "1.1: Faster"\ndate: 2026-02-20\nversion: "1.1"\n---\nPrepares [[roadmap:csv-export]] for [[feedback:faster-search]].\n';

let content: string;
let cacheDir: string;
let first: Build;
beforeAll(() => {
  content = copyFixture('basic');
  writeFileSync(join(content, 'roadmap/dark-mode.md'), REFERRING);
  writeFileSync(join(content, 'changelog/v1-1.mdx'), MDX_RELEASE);
  cacheDir = join(mkdtempSync(join(TMP, 'refs-cache-')), 'cache');
  first = buildSite(content, 'refs', {}, { cacheDir });
  expect(first.code, first.output).toBe(0);
});

describe('cross-references in Markdown bodies', () => {
  it('link to the target with its title and public status (the remark plugin runs under Astro 7)', () => {
    const html = first.read('roadmap/dark-mode/index.html');
    expect(html).toContain('<a href="/feedback/night-theme/" class="roadlog-ref" data-status="planned">Night theme please</a>');
    expect(textOf(html)).toContain('Asked for in Night theme please (Planned), after 1.2: CSV export (released 15 March 2026).');
    expect(html).not.toContain('[[feedback:night-theme]]');
    expect(html).not.toContain('data-roadlog-ref');
  });

  it('leave references inside code alone', () => {
    expect(first.read('roadmap/dark-mode/index.html')).toContain('<code>[[roadmap:nowhere]]</code>');
  });

  it('work in MDX releases too', () => {
    const text = textOf(first.read('changelog/v1-1/index.html'));
    expect(text).toContain('Prepares CSV export (Shipped) for Faster search (Shipped).');
  });

  it('show a target’s new title and status after a rebuild that reuses the cache, though the referring file did not change', () => {
    const before = readFileSync(join(content, 'roadmap/dark-mode.md'), 'utf8');
    writeFileSync(
      join(content, 'feedback/night-theme.md'),
      '---\ntitle: A darker theme at night\nsubmitted: 2026-02-01\nvotes: 7\nroadmap: dark-mode\n---\nMy eyes hurt.\n',
    );
    writeFileSync(
      join(content, 'changelog/v1-3.md'),
      '---\ntitle: "1.3: Dark mode"\ndate: 2026-04-01\nversion: "1.3"\nships: [dark-mode]\n---\nDark mode is here.\n',
    );
    const second = buildSite(content, 'refs-rebuild', {}, { cacheDir });
    expect(second.code, second.output).toBe(0);
    expect(readFileSync(join(content, 'roadmap/dark-mode.md'), 'utf8')).toBe(before);
    expect(textOf(second.read('roadmap/dark-mode/index.html'))).toContain('Asked for in A darker theme at night (Shipped)');
    // Astro's cache holds the referring file's HTML with the marker only, never a title that could go stale.
    const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
    expect(store).toContain('data-roadlog-ref=\\"feedback:night-theme\\"');
    expect(store).not.toMatch(/Night theme please<\/a>|A darker theme at night<\/a>/);
  });

  it('stop the build when one names an entry that does not exist, at its line and column, with did-you-mean', () => {
    const broken = copyFixture('basic');
    writeFileSync(
      join(broken, 'feedback/faster-search.md'),
      '---\ntitle: Faster search\nsubmitted: 2026-02-11\n---\nSearch is slow.\n\nLike [[roadmap:dark-mod]].\n',
    );
    const result = buildSite(broken, 'refs-broken');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /feedback\/faster-search\.md:7:6 {2}error {2}roadmap item "dark-mod" does not exist {2}\(unknown-reference\)/,
    );
    expect(result.output).toContain('did you mean "dark-mode"?');
  });
});
