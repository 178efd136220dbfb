import { describe, expect, it } from 'vitest';
import type { Corpus, Entry, Kind } from '../../src/core/collections.ts';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { parseEntry } from '../../src/core/load/load-collection.ts';

/** Entries read from their text, as validation reads them, so problems carry the line and column to change. */
function read(files: Record<string, string>): Corpus {
  const corpus: Corpus = { feedback: [], roadmap: [], changelog: [] };
  for (const [path, text] of Object.entries(files)) {
    const [kind, name] = path.split('/') as [Kind, string];
    const result = parseEntry(kind, name.replace(/\.md$/, ''), `content/${path}`, text);
    expect(result.problems, path).toEqual([]);
    (corpus[kind] as Entry[]).push(result.entry as Entry);
  }
  return corpus;
}

const where = (corpus: Corpus) =>
  deriveLifecycle(corpus).problems.map((problem) => `${problem.code} ${problem.file}:${problem.line}:${problem.column}`);

const request = (extra = '') => `---\ntitle: A request\nsubmitted: 2026-01-05\nvotes: 3\n${extra}---\nBody.\n`;
const item = (extra: string) => `---\ntitle: An item\nareas: []\n${extra}---\nBody.\n`;
const release = (date: string, extra: string) =>
  `---\ntitle: A release\ndate: ${date}\nversion: "1.${date.slice(5, 7)}"\n${extra}---\nNotes.\n`;

describe('lifecycle problems point at the value to change', () => {
  it('a request closed twice: the later release’s entry in `closes`', () => {
    const corpus = read({
      'feedback/a.md': request(),
      'feedback/b.md': request(),
      'changelog/early.md': release('2026-02-01', 'closes: [a]\n'),
      'changelog/late.md': release('2026-03-01', 'closes:\n  - b\n  - a\n'),
    });
    expect(where(corpus)).toEqual(['closed-twice content/changelog/late.md:7:5']);
  });

  it('a release listing the same request twice is not closing it twice', () => {
    const corpus = read({ 'feedback/a.md': request(), 'changelog/r.md': release('2026-02-01', 'closes: [a, a]\n') });
    expect(where(corpus)).toEqual([]);
    expect(deriveLifecycle(corpus).feedback.get('a')?.status).toBe('shipped');
  });

  it('a roadmap item: its status, or its first line when the status is missing', () => {
    const corpus = read({
      'roadmap/cancelled.md': item('status: cancelled\n'),
      'roadmap/claims.md': item('status: shipped\n'),
      'roadmap/silent.md': item(''),
      'changelog/r.md': release('2026-02-01', 'ships: [cancelled]\n'),
    });
    expect(where(corpus)).toEqual([
      'cancelled-but-shipped content/roadmap/cancelled.md:4:9',
      'shipped-without-release content/roadmap/claims.md:4:9',
      'missing-field content/roadmap/silent.md:1:1',
    ]);
  });

  it('a duplicate: its `duplicateOf`, its `roadmap`, or the release that closes it', () => {
    const corpus = read({
      'feedback/self.md': request('status: duplicate\nduplicateOf: self\n'),
      'feedback/open.md': request(),
      'feedback/dup.md': request('status: duplicate\nduplicateOf: open\nroadmap: item\n'),
      'roadmap/item.md': item('status: next\n'),
      'changelog/r.md': release('2026-02-01', 'closes:\n  - open\n  - dup\n'),
    });
    expect(where(corpus).sort()).toEqual([
      'closes-duplicate content/changelog/r.md:7:5',
      'duplicate-of-self content/feedback/self.md:6:14',
      'duplicate-with-roadmap content/feedback/dup.md:7:10',
    ]);
  });

  it('a linked request closed by a release, or whose written status contradicts the derived one', () => {
    const corpus = read({
      'feedback/linked.md': request('roadmap: item\n'),
      'feedback/wrong.md': request('status: under-review\nroadmap: item\n'),
      'roadmap/item.md': item('status: now\n'),
      'feedback/plain.md': request(),
      'changelog/r.md': release('2026-02-01', 'closes:\n  - plain\n  - linked\n'),
    });
    expect(where(corpus)).toEqual(['closed-and-linked content/changelog/r.md:7:5', 'status-contradiction content/feedback/wrong.md:5:9']);
  });
});
