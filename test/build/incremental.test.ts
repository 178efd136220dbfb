import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type Build } from '../helpers/build.ts';

/**
 * A warm build (the previous build's caches kept) reuses the pages whose
 * content did not change; whatever it reuses, its output must be the output
 * of a cold build of the same content, byte for byte, after every kind of
 * edit a maintainer makes.
 */

function files(build: Build): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(build.outDir, path), readFileSync(path));
    }
  };
  walk(build.outDir);
  return found;
}

/** The files that differ between two builds, by path: missing, extra or changed. */
function differences(warm: Build, cold: Build): string[] {
  const a = files(warm);
  const b = files(cold);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

const reused = (build: Build) => Number(/pages: \d+ rendered, (\d+) unchanged/.exec(build.output)?.[1] ?? 0);

type Edit = [what: string, apply: (content: string) => void];

const edit = (content: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

const EDITS: Edit[] = [
  ["a request's body", (content) => edit(content, 'feedback/work-offline.md', (text) => `${text}\nOne more detail from the field.\n`)],
  [
    "a roadmap item's title and status",
    (content) =>
      edit(content, 'roadmap/shortcuts.md', (text) =>
        text.replace(/^title: .*$/m, 'title: Keyboard shortcuts everywhere').replace(/^status: .*$/m, 'status: now'),
      ),
  ],
  [
    'a roadmap item made internal: its page goes, its requests lose the link',
    (content) =>
      edit(content, 'roadmap/offline-editing.md', (text) => text.replace('status: cancelled', 'status: cancelled\nvisibility: internal')),
  ],
  [
    'the item made public again',
    (content) => edit(content, 'roadmap/offline-editing.md', (text) => text.replace('visibility: internal\n', '')),
  ],
  [
    'a new release that ships an item',
    (content) =>
      writeFileSync(
        join(content, 'changelog/v1-3.md'),
        '---\ntitle: "1.3: Shortcuts"\ndate: 2026-03-20\nversion: 1.3.0\nchanges: [new]\nships: [shortcuts]\n---\nPress ? to see them.\n',
      ),
  ],
  [
    'a request merged into another as a duplicate',
    (content) =>
      edit(content, 'feedback/bulk-edit.md', (text) => text.replace('status: under-review', 'status: duplicate\nduplicateOf: import-csv')),
  ],
  ["an area's label in site.yaml", (content) => edit(content, 'site.yaml', (text) => text.replace('label: Editor', 'label: The editor'))],
  ['an entry deleted', (content) => rmSync(join(content, 'feedback/night-theme.md'))],
];

describe('warm builds', () => {
  it('reuse unchanged pages and write, after every kind of edit, what a cold build of the same content writes', () => {
    const content = copyFixture('basic');
    const cacheDir = join(dirname(content), 'warm-cache');
    const first = buildSite(content, 'warm', {}, { cacheDir });
    expect(first.code, first.output).toBe(0);
    const unchanged = buildSite(content, 'warm', {}, { cacheDir });
    expect(unchanged.code, unchanged.output).toBe(0);
    expect(reused(unchanged)).toBeGreaterThan(30);
    expect(differences(unchanged, first)).toEqual([]);

    for (const [what, apply] of EDITS) {
      apply(content);
      const warm = buildSite(content, 'warm', {}, { cacheDir });
      expect(warm.code, `${what}\n${warm.output}`).toBe(0);
      const cold = buildSite(content, 'cold');
      expect(cold.code, `${what}\n${cold.output}`).toBe(0);
      expect(differences(warm, cold), what).toEqual([]);
    }
  });
});
