import { describe, expect, it } from 'vitest';
import { isValidId, slugify } from '../../src/core/ids.ts';

describe('ids', () => {
  it('are lowercase letters and digits joined by single hyphens', () => {
    for (const id of ['a', 'csv-export', 'v2', '2026-roadmap']) expect(isValidId(id)).toBe(true);
    for (const id of ['', 'CSV', '-a', 'a-', 'a--b', 'a_b', 'a b', 'é']) expect(isValidId(id)).toBe(false);
  });

  it('are made from titles with every accent and ligature transliterated', () => {
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
    expect(slugify('Straße Æsir Øre Œuvre Łódź ı Đakovo Þór')).toBe('strasse-aesir-ore-oeuvre-lodz-i-dakovo-thor');
    expect(slugify('æ œ đ þ')).toBe('ae-oe-d-th');
    expect(slugify('Import & export')).toBe('import-and-export');
    expect(slugify('  --Hello,   World!--  ')).toBe('hello-world');
    expect(slugify('¿¡!?')).toBe('');
  });

  it('are cut at a hyphen past half the limit, else at the limit, never ending in a hyphen', () => {
    // Exactly the limit: kept whole.
    expect(slugify('abcde-fghij', 11)).toBe('abcde-fghij');
    // One over: cut back to the last hyphen, which is past half the limit.
    expect(slugify('abcdef-ghijk', 11)).toBe('abcdef');
    // The last hyphen at exactly half the limit is too early: cut at the limit instead.
    expect(slugify('abcde-ghijklmn', 10)).toBe('abcde-ghij');
    // Just past half: cut at the hyphen.
    expect(slugify('abcdef-hijklmn', 10)).toBe('abcdef');
    // A cut that ends on hyphens drops them.
    expect(slugify('ab-cd-efgh-ij', 5)).toBe('ab-cd');
    expect(slugify('abcd-efgh', 5)).toBe('abcd');
    // No hyphen at all: cut at the limit.
    expect(slugify('abcdefghijklmnop', 6)).toBe('abcdef');
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });
});
