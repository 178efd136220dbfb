import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { describeLeaks, findLeaks, normalizeText } from '../../src/core/leaks/leak-check.ts';
import { corpus, feedback, release, roadmap } from '../helpers/corpus.ts';

const content = corpus({
  roadmap: [
    roadmap('zephyr-engine', { title: 'Zephyr "sync" engine rewrite', visibility: 'internal' }),
    roadmap('offline', { title: 'Offline mode' }),
    // Short title and a one-word id: only the URL path can give it away.
    roadmap('cache', { title: 'Cache', visibility: 'internal' }),
  ],
  feedback: [feedback('zephyr-engine', { title: 'A public request with the same id' })],
  changelog: [release('staff-preview', { title: 'Staff preview, Q3', visibility: 'internal' })],
});

let dir: string;
function site(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'roadlog-leaks-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const found = (files: Record<string, string | Buffer>) =>
  findLeaks(site(files), content).map((leak) => [leak.file, leak.secret.id, leak.found]);

describe('the leak check', () => {
  it('passes a site that shows only public entries, ordinary words and shared ids included', () => {
    expect(
      found({
        'index.html': '<h1>Offline mode</h1><p>The sync engine is faster. We cache more. Zephyr is a wind.</p>',
        'feedback/zephyr-engine/index.html': '<a href="/feedback/zephyr-engine/">A public request with the same id</a>',
        'api/v1/feedback.json': '{"items":[{"id":"zephyr-engine","url":"https://x.example/feedback/zephyr-engine/"}]}',
        '_astro/app.js': 'const staff_preview = "Staff preview, Q3";',
      }),
    ).toEqual([]);
  });

  it('finds a title however the file escapes it, and names the file and the entry', () => {
    const leaks = findLeaks(
      site({
        'a/index.html': '<p>Zephyr &quot;sync&quot;\n   engine rewrite</p>',
        'b.json': '{"title":"Zephyr \\"sync\\" engine rewrite"}',
        'c.json': '{"title":"Zephyr \\u201csync\\u201d engine rewrite"}',
        'd.xml': '<title>Staff preview, Q3</title>',
        'e/index.html': '<p>Staff&#32;preview, Q3</p>',
      }),
      content,
    );
    expect(leaks.map((leak) => [leak.file, leak.secret.id, leak.found])).toEqual([
      ['a/index.html', 'zephyr-engine', 'title'],
      ['b.json', 'zephyr-engine', 'title'],
      ['c.json', 'zephyr-engine', 'title'],
      ['d.xml', 'staff-preview', 'title'],
      ['e/index.html', 'staff-preview', 'title'],
    ]);
    expect(describeLeaks(leaks.slice(0, 1))).toContain('a/index.html: shows the title of internal roadmap item "zephyr-engine"');
  });

  it('finds ids as URL path segments of their collection and as JSON strings', () => {
    expect(
      found({
        'a/index.html': '<a href="/base/roadmap/cache/">x</a>',
        'b.json': '{"url":"https:\\/\\/x.example\\/roadmap\\/zephyr-engine\\/"}',
        'c.json': '{"ships":["staff-preview"]}',
        'd/index.html': '<a href="/roadmap/cache-warmup/">not this one</a>',
      }),
    ).toEqual([
      ['a/index.html', 'cache', 'id'],
      ['b.json', 'zephyr-engine', 'id'],
      ['c.json', 'staff-preview', 'id'],
    ]);
  });

  it("reads the search index's records", () => {
    const record = gzipSync(Buffer.from('pagefind_dcd{"url":"/x/","content":"Staff preview, Q3 is out."}'));
    expect(found({ 'pagefind/fragment/en_abc.pf_fragment': record })).toEqual([
      ['pagefind/fragment/en_abc.pf_fragment', 'staff-preview', 'title'],
    ]);
  });

  it('compares typeset and plain text alike', () => {
    expect(normalizeText('It\u2019s \u201cdone\u201d \u2013 really\u2026')).toBe('It\'s "done" - really...');
  });
});
