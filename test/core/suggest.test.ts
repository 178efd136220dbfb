import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/core/suggest.ts';

describe('did-you-mean', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('status', 'status')).toBe(0);
    expect(editDistance('status', 'stauts')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('status', 'statuses')).toBe(2);
    expect(editDistance('abc', 'xbc')).toBe(1);
  });

  it('suggests the nearest candidate within a budget of a third of the length (1 to 3 edits)', () => {
    expect(closest('Status', ['title', 'status'])).toBe('status');
    expect(closest('stauts', ['status', 'submitted'])).toBe('status');
    // Short words get one edit.
    expect(closest('ab', ['ac'])).toBe('ac');
    expect(closest('ab', ['cd'])).toBeUndefined();
    // Six letters: two edits allowed, not three.
    expect(closest('abcdef', ['axcxyf'])).toBeUndefined();
    expect(closest('abcdef', ['abcdxy'])).toBe('abcdxy');
    // Nine letters: three edits.
    expect(closest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    // Twelve letters still three, not four.
    expect(closest('abcdefghijkl', ['abcdefghwxyz'])).toBeUndefined();
    expect(closest('abc', ['xbcde'])).toBeUndefined();
  });

  it('prefers the nearest candidate, then the first in code-point order among equals, whatever the input order', () => {
    expect(closest('stat', ['start', 'stats', 'state'])).toBe('start');
    expect(closest('stat', ['state', 'stats', 'start'])).toBe('start');
    expect(closest('planed', ['planted', 'planned'])).toBe('planned');
    expect(closest('planed', ['planned', 'planted'])).toBe('planned');
    expect(closest('abcdef', ['abxdxf', 'abcdeg'])).toBe('abcdeg');
    expect(closest('abcdef', ['abcdeg', 'abxdxf'])).toBe('abcdeg');
  });

  it('falls back to the one candidate that starts with what was typed, from three letters', () => {
    expect(closest('csv', ['csv-export', 'dark-mode'])).toBe('csv-export');
    expect(closest('CSV', ['csv-export'])).toBe('csv-export');
    expect(closest('cs', ['cs-long-identifier'])).toBeUndefined();
    expect(closest('csv', ['csv-export', 'csv-import'])).toBeUndefined();
  });

  it('phrases the suggestion as a question, or says nothing', () => {
    expect(didYouMean('stauts', ['status'])).toBe('did you mean "status"?');
    expect(didYouMean('zzzzzz', ['status'])).toBeUndefined();
  });
});
