import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, textOf, type Build } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';

// The fixture's internal entries: two roadmap items, a request and a release, with words found nowhere else.
const SECRETS = [
  'Zephyr',
  'zephyr-engine',
  'Marble cache',
  'marble-cache',
  'Obsidian',
  'vendor-escalation',
  'Quillfeather',
  'staff-preview',
  'under NDA',
  'Shipped quietly',
];

let site: Build;
beforeAll(() => {
  site = buildSite(join(FIXTURES, 'private/content'), 'private');
  expect(site.code, site.output).toBe(0);
});

/** Every file of the build as text, the search index's compressed records decompressed. */
function everyFile(outDir: string): { file: string; text: string }[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const bytes = readFileSync(path);
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      return { file: relative(outDir, path), text };
    });
}

describe('internal entries', () => {
  it('appear in no file of the build, search index included, and the leak check says so', () => {
    const files = everyFile(site.outDir);
    expect(files.some((file) => file.file.endsWith('.pf_fragment'))).toBe(true);
    const leaks = files.flatMap(({ file, text }) =>
      SECRETS.filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`),
    );
    expect(leaks).toEqual([]);
    expect(site.output).toContain('leak check: no internal entry in the published files');
  });

  it('leave a public request linked to an internal item its status, without the item', () => {
    const planned = textOf(site.read('feedback/faster-sync/index.html'));
    expect(planned).toContain('Planned, coming next.');
    const shipped = textOf(site.read('feedback/warm-start/index.html'));
    expect(shipped).toContain('Shipped in 2.0 on 1 March 2026.');
    const api = JSON.parse(site.read('api/v1/feedback.json')) as { items: { id: string; status: string; roadmap: unknown }[] };
    expect(api.items.map((item) => [item.id, item.status, item.roadmap])).toEqual([
      ['faster-sync', 'planned', null],
      ['warm-start', 'shipped', null],
      ['work-offline', 'in-progress', expect.objectContaining({ id: 'offline-mode' })],
    ]);
  });

  it('are not counted: a public item has its public votes, a release lists only public entries', () => {
    const roadmap = JSON.parse(site.read('api/v1/roadmap.json')) as { items: { id: string; votes: number }[] };
    expect(roadmap.items.map((item) => [item.id, item.votes])).toEqual([['offline-mode', 6]]);
    const release = textOf(site.read('changelog/v2-0/index.html'));
    expect(release).toContain('Faster cold start');
    expect(site.read('sitemap-0.xml')).not.toContain('staff-preview');
  });
});

describe('the leak check', () => {
  it('fails the build and names the file and the entry when a page shows an internal title', () => {
    const content = copyFixture('private');
    writeFileSync(
      join(content, 'feedback/leaky.md'),
      '---\ntitle: A leaky request\nsubmitted: 2026-01-25\n---\nSee the Zephyr "sync" engine rewrite for this.\n',
    );
    const leaky = buildSite(content, 'private-leaky');
    expect(leaky.code).toBe(1);
    expect(leaky.output).toContain('feedback/leaky/index.html: shows the title of internal roadmap item "zephyr-engine"');
    expect(leaky.output).toMatch(/pagefind\/fragment\/\S+\.pf_fragment: shows the title of internal roadmap item "zephyr-engine"/);
    expect(leaky.output).toContain('the build shows internal entries: do not deploy it');
    expect(leaky.output).not.toMatch(/\n\s+at /);
  });
});
