import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANCHOR, generateCorpus, quotas, writeCorpus } from '../../scripts/bench/corpus.ts';
import { createRandom } from '../../scripts/bench/random.ts';
import { listFiles } from '../../scripts/lib/files.ts';
import { FEEDBACK_PUBLIC_STATUSES } from '../../src/core/statuses.ts';
import { validateProject } from '../../src/core/validate/project.ts';
import { TMP } from '../helpers/build.ts';

/** Writes a corpus to a fresh folder and returns a hash per file, read back from disk. */
function writtenHashes(size: number, seed: string): { dir: string; hashes: Map<string, string> } {
  mkdirSync(TMP, { recursive: true });
  const dir = join(mkdtempSync(join(TMP, 'bench-corpus-')), 'content');
  writeCorpus(dir, generateCorpus({ size, seed }));
  const hashes = new Map(
    listFiles(dir).map((file) => [
      file.path,
      createHash('sha256')
        .update(readFileSync(join(dir, file.path)))
        .digest('hex'),
    ]),
  );
  return { dir, hashes };
}

describe('the benchmark corpus generator', () => {
  it('writes byte-identical files for the same seed', () => {
    const first = writtenHashes(300, 'same');
    const second = writtenHashes(300, 'same');
    expect(first.hashes.size).toBe(301); // 300 entries and site.yaml
    expect([...second.hashes]).toEqual([...first.hashes]);
  });

  it('writes different files for a different seed', () => {
    const a = generateCorpus({ size: 300, seed: 'one' });
    const b = generateCorpus({ size: 300, seed: 'two' });
    const same = [...a.files].filter(([path, text]) => b.files.get(path) === text);
    // site.yaml may match when both draw the same number of areas; entries must not.
    expect(same.filter(([path]) => path !== 'site.yaml')).toEqual([]);
  });

  it('generates a corpus that validates with no errors and no warnings, covering every lifecycle path', () => {
    const { dir } = writtenHashes(500, 'valid');
    const result = validateProject({ root: dir, content: '.' }, { today: DEFAULT_ANCHOR, env: {} });
    expect(result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([]);
    expect(result.corpus.feedback.length + result.corpus.roadmap.length + result.corpus.changelog.length).toBe(500);

    const itemStatuses = new Set([...result.lifecycle.roadmap.values()].map((state) => state.status));
    expect([...itemStatuses].sort()).toEqual(['cancelled', 'later', 'next', 'now', 'paused', 'shipped']);
    const requestStatuses = new Set([...result.lifecycle.feedback.values()].map((state) => state.status));
    expect([...requestStatuses].sort()).toEqual([...FEEDBACK_PUBLIC_STATUSES].sort());
    expect(result.config!.areas.length).toBeGreaterThanOrEqual(6);
    expect(result.config!.areas.length).toBeLessThanOrEqual(12);
  });

  it('keeps realistic proportions and duplicate chains at scale', () => {
    const { summary } = generateCorpus({ size: 2000, seed: 'shape' });
    expect(summary).toMatchObject({ size: 2000, feedback: 1600, roadmap: 200, changelog: 200 });
    expect(summary.duplicateChains).toBeGreaterThan(0);
    expect(summary.requestPaths.duplicate).toBe(128); // 8% of 1,600
  });

  it('splits a total by shares exactly, with at least one of each', () => {
    const split = quotas(7, [
      ['a', 0.7],
      ['b', 0.2],
      ['c', 0.1],
    ] as const);
    expect([...split.values()].reduce((sum, n) => sum + n, 0)).toBe(7);
    expect(Math.min(...split.values())).toBeGreaterThanOrEqual(1);
  });
});

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a').every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
