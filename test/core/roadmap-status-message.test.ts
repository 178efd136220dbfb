import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';

const problems = (frontmatter: string) =>
  parseEntry('roadmap', 'x', 'content/roadmap/x.md', `---\ntitle: An item\n${frontmatter}---\nBody.\n`).problems;

describe('a roadmap status that is not allowed', () => {
  it('lists only the statuses a maintainer may write, not shipped', () => {
    for (const frontmatter of [
      'status: finished\n',
      'status: now\nupdates:\n  - date: 2026-01-01\n    status: finished\n    note: Done.\n',
    ]) {
      const [problem] = problems(frontmatter);
      expect(problem).toMatchObject({ code: 'invalid-value', expected: 'one of later, next, now, paused, cancelled' });
    }
  });

  it('still explains a misspelt shipped', () => {
    expect(problems('status: shiped\n')[0]?.hint).toMatch(/an item ships when a changelog entry lists it in `ships`/);
  });
});
