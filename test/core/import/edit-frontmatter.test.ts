import { describe, expect, it } from 'vitest';
import { createAreaMapper, areasFor } from '../../../src/core/import/areas.ts';
import { setFrontmatterScalar } from '../../../src/core/import/edit-frontmatter.ts';
import { siteConfig } from '../../helpers/corpus.ts';

describe('editing a frontmatter value', () => {
  it('says exactly why it will not edit a file', () => {
    expect(setFrontmatterScalar('no frontmatter', 'votes', '4')).toEqual({ ok: false, reason: 'the file has no frontmatter' });
    expect(setFrontmatterScalar('---', 'votes', '4')).toEqual({ ok: false, reason: 'the file has no frontmatter' });
    expect(setFrontmatterScalar('title: A\n---\n', 'votes', '4')).toEqual({ ok: false, reason: 'the file has no frontmatter' });
    expect(setFrontmatterScalar('---\nvotes: 1\n', 'votes', '4')).toEqual({ ok: false, reason: 'the frontmatter is never closed' });
    expect(setFrontmatterScalar('---\nvotes: 1\n--- x\n', 'votes', '4')).toEqual({ ok: false, reason: 'the frontmatter is never closed' });
    expect(setFrontmatterScalar('---\nvotes: [1\n---\n', 'votes', '4')).toEqual({ ok: false, reason: 'the frontmatter is not valid YAML' });
    expect(setFrontmatterScalar('---\n- a\n- b\n---\n', 'votes', '4')).toEqual({
      ok: false,
      reason: 'the frontmatter is not a set of fields',
    });
    expect(setFrontmatterScalar('---\nvotes: [1]\n---\n', 'votes', '4')).toEqual({ ok: false, reason: '`votes` is not a single value' });
    expect(setFrontmatterScalar('---\nvotes:\n---\n', 'votes', '4')).toEqual({ ok: false, reason: '`votes` is not a single value' });
  });

  it('finds the closing line at the very end of a file, with trailing spaces', () => {
    expect(setFrontmatterScalar('---  \nvotes: 1\n---  ', 'votes', '4')).toEqual({ ok: true, previous: 1, text: '---  \nvotes: 4\n---  ' });
    expect(setFrontmatterScalar('---\ntitle: A\n---', 'votes', '4')).toEqual({
      ok: true,
      previous: undefined,
      text: '---\ntitle: A\nvotes: 4\n---',
    });
    expect(setFrontmatterScalar('---\ntitle: ---x\n---\nbody\n', 'votes', '4')).toEqual({
      ok: true,
      previous: undefined,
      text: '---\ntitle: ---x\nvotes: 4\n---\nbody\n',
    });
  });

  it('keeps a byte-order mark before the opening line', () => {
    expect(setFrontmatterScalar('\uFEFF---\nvotes: 1\n---\n', 'votes', '2')).toEqual({
      ok: true,
      previous: 1,
      text: '\uFEFF---\nvotes: 2\n---\n',
    });
  });
});

describe('areas from labels', () => {
  it('map through import.labels first, then an area’s id or label, case and spaces ignored', () => {
    const config = siteConfig({
      areas: [
        { id: 'exports', label: 'Data Exports' },
        { id: 'editor', label: 'Editor' },
      ],
      import: { labels: { '  Bug Reports ': 'editor' } },
    });
    const mapArea = createAreaMapper(config);
    expect(['exports', ' EXPORTS ', 'data exports', 'bug reports', 'Editor', 'unknown'].map(mapArea)).toEqual([
      'exports',
      'exports',
      'exports',
      'editor',
      'editor',
      undefined,
    ]);
    expect(areasFor(['Editor', 'bug reports', 'exports', 'nope'], mapArea)).toEqual(['editor', 'exports']);
    expect(createAreaMapper(siteConfig())('exports')).toBe('exports');
  });
});
