import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/core/validate/project.ts';
import { buildSite, TMP } from '../helpers/build.ts';
import { FUZZ_SITE, fuzzedEntry, keepsSentinel, SENTINEL } from '../helpers/fuzz-entries.ts';

/** The fuzz test's entries, one build for all: what validation accepts, the build accepts, with its text. */
describe('a build of the mutated entries that validation accepts (fuzz)', () => {
  it('succeeds and shows each body', () => {
    const samples = fc.sample(fuzzedEntry, { seed: Number(process.env.ROADLOG_FUZZ_SEED ?? 20261203), numRuns: 200 });
    mkdirSync(TMP, { recursive: true });
    const work = mkdtempSync(join(TMP, 'fuzz-build-'));
    const single = join(work, 'single');
    const content = join(work, 'content');
    for (const dir of [single, content]) {
      mkdirSync(join(dir, 'feedback'), { recursive: true });
      writeFileSync(join(dir, 'site.yaml'), FUZZ_SITE);
    }
    const accepted: { id: string; sentinel: boolean }[] = [];
    samples.forEach((text, index) => {
      writeFileSync(join(single, 'feedback', 'fuzz.md'), text);
      const result = validateProject({ root: single, content: '.' }, { today: '2026-11-24' });
      const entry = result.corpus.feedback[0];
      if (!entry || result.problems.some((problem) => problem.severity === 'error')) return;
      const id = `fuzz-${index}`;
      writeFileSync(join(content, 'feedback', `${id}.md`), text);
      accepted.push({ id, sentinel: keepsSentinel(entry.body ?? '') });
    });
    rmSync(single, { recursive: true, force: true });
    expect(accepted.length).toBeGreaterThan(20);

    const build = buildSite(content, 'fuzz-build');
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    for (const { id, sentinel } of accepted) {
      const html = build.read(`feedback/${id}/index.html`);
      if (sentinel) expect(html, id).toContain(SENTINEL);
    }
  });
});
