import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../../src/core/validate/format.ts';
import { validateProject } from '../../../src/core/validate/project.ts';

/**
 * A project with one of every mistake that spans files (references, duplicates, lifecycle, consistency, visibility,
 * references in bodies, MDX), each in a file of its own. The problems are pinned whole: code, file, line, column,
 * message and hint, in the order `validate` prints them.
 */
const SITE = `title: T
description: D
url: https://example.com
intake:
  - label: Send
    url: https://example.com/new
areas:
  - id: exports
    label: Exports
`;

const fm = (fields: string, body = 'Body.') => `---\n${fields}\n---\n${body}\n`;
const FILES: Record<string, string> = {
  'site.yaml': SITE,
  'roadmap/sync.md': fm('title: Sync engine\nstatus: now\nareas: [exports, billing]'),
  'roadmap/old.md': fm(
    'title: Old item\nstatus: now\nupdates:\n  - date: 2026-03-01\n    note: Second\n  - date: 2026-01-01\n    note: First',
  ),
  'roadmap/stale.md': fm('title: Stale item\nstatus: now\nupdates:\n  - date: 2024-01-01\n    note: Started'),
  'roadmap/secret.md': fm('title: Secret internal item\nstatus: next\nvisibility: internal'),
  'roadmap/cancelled.md': fm('title: Dropped item\nstatus: cancelled'),
  'roadmap/later.md': fm('title: Later item\nstatus: later\nupdates:\n  - date: 2026-02-01\n    status: now\n    note: Moved'),
  'feedback/linked.md': fm('title: Linked\nsubmitted: 2026-01-01\nroadmap: sync'),
  'feedback/missing-item.md': fm('title: Missing item\nsubmitted: 2026-01-01\nroadmap: nowhere'),
  'feedback/missing-dup.md': fm('title: Missing dup\nsubmitted: 2026-01-01\nstatus: duplicate\nduplicateOf: nobody'),
  'feedback/self-dup.md': fm('title: Self dup\nsubmitted: 2026-01-01\nstatus: duplicate\nduplicateOf: self-dup'),
  'feedback/loop-a.md': fm('title: Loop A\nsubmitted: 2026-01-01\nstatus: duplicate\nduplicateOf: loop-b'),
  'feedback/loop-b.md': fm('title: Loop B\nsubmitted: 2026-01-01\nstatus: duplicate\nduplicateOf: loop-a'),
  'feedback/dup-with-item.md': fm('title: Dup with item\nsubmitted: 2026-01-01\nstatus: duplicate\nduplicateOf: linked\nroadmap: old'),
  'feedback/bad-area.md': fm('title: Bad area\nsubmitted: 2026-01-01\nareas: [export]'),
  'feedback/to-secret.md': fm('title: Points at secret\nsubmitted: 2026-01-01\nroadmap: secret'),
  'feedback/to-cancelled.md': fm('title: Points at cancelled\nsubmitted: 2026-01-01\nroadmap: cancelled'),
  'feedback/declined-linked.md': fm('title: Declined and linked\nsubmitted: 2026-01-01\nstatus: declined\nreason: No\nroadmap: sync'),
  'feedback/future.md': fm('title: From the future\nsubmitted: 2027-01-01'),
  'feedback/refs.md': fm(
    'title: References\nsubmitted: 2026-01-01',
    'See [[feedback:nobody]], [[roadmap:sync]], [[release:v9]] and [[thing:x]].\n\n`[[feedback:in-code]]`',
  ),
  'feedback/broken-but-linked.md': fm('title: [unclosed\nsubmitted: 2026-01-01\nroadmap: sync'),
  'feedback/typo-but-linked.md': fm('title: Typo\nsubmitted: 2026-01-01\nvotse: 2\nroadmap: nowhere-else'),
  'changelog/v1.md': fm('title: One\ndate: 2026-02-01\nships: [sync, ghost]\ncloses: [linked, nobody, missing-dup]'),
  'changelog/v2.md': fm('title: Two\ndate: 2026-03-01\nships: [sync]\ncloses: [linked, self-dup]'),
  'changelog/secret-release.md': fm('title: Quiet\ndate: 2026-03-05\nvisibility: internal\ncloses: [future]'),
  'changelog/public-ships-secret.md': fm('title: Ships secret\ndate: 2026-03-06\nships: [secret]'),
  'changelog/future-release.md': fm('title: Future\ndate: 2027-05-01\nversion: 9.0'),
  'changelog/same-version.md': fm('title: Same version\ndate: 2026-03-07\nversion: "9.0"'),
  'changelog/mdx-broken.mdx': fm('title: MDX\ndate: 2026-03-08', 'Hello {unclosed\n\n<Widget>\n'),
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'roadlog-cross-file-'));
  for (const [path, text] of Object.entries(FILES)) {
    const target = join(root, 'content', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('mistakes across files', () => {
  it('are each reported where the fix goes', () => {
    const result = validateProject({ root, content: 'content' }, { today: '2026-06-01', env: {} });
    expect(formatText(result.problems)).toMatchSnapshot();
  });

  it('are judged against the day given, and stale roadmap items after the days allowed', () => {
    const result = validateProject({ root, content: 'content' }, { today: '2024-02-01', env: {} });
    expect(result.problems.map((problem) => `${problem.code} ${problem.file}:${problem.line ?? ''}`)).toMatchSnapshot();
  });
});
