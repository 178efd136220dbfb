import { describe, expect, it } from 'vitest';
import { entryOfFile, isSkippedName } from '../../src/core/collections.ts';

describe('collections', () => {
  it('skip drafts and hidden files by the first character of their name', () => {
    expect(isSkippedName('_draft.md')).toBe(true);
    expect(isSkippedName('.DS_Store')).toBe(true);
    expect(isSkippedName('draft_.md')).toBe(false);
    expect(isSkippedName('notes.')).toBe(false);
  });

  it('know the entry a file is, from its folder and extension', () => {
    expect(entryOfFile('feedback/csv-export.md')).toEqual({ kind: 'feedback', id: 'csv-export' });
    expect(entryOfFile('roadmap/dark-mode.md')).toEqual({ kind: 'roadmap', id: 'dark-mode' });
    expect(entryOfFile('changelog/v1-2.md')).toEqual({ kind: 'changelog', id: 'v1-2' });
    expect(entryOfFile('changelog/v1-3.mdx')).toEqual({ kind: 'changelog', id: 'v1-3' });
  });

  it('know which files are no entry', () => {
    for (const path of [
      'feedback',
      'feedback/',
      '/feedback/a.md',
      'feedback/_draft.md',
      'feedback/.a.md',
      'feedback/old/a.md',
      'feedback/a.mdx',
      'feedback/a.txt',
      'roadmap/a.mdx',
      'notes/a.md',
      'site.yaml',
      'a.md',
    ]) {
      expect(entryOfFile(path), path).toBeUndefined();
    }
  });
});
