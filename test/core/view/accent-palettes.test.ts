import { describe, expect, it } from 'vitest';
import { accentCss, accentTokens, contrast, ensureContrast, luminance, mix, parseHex, toHex } from '../../../src/core/view/accent.ts';
import { formatCount, formatDate, formatMonth } from '../../../src/core/view/format.ts';

const ACCENTS = [
  '#2563eb',
  '#facc15',
  '#000000',
  '#ffffff',
  '#ff0000',
  '#00ff00',
  '#0000ff',
  '#808080',
  '#7c3aed',
  '#0f766e',
  '#FACC15',
  ' 0f766e ',
];

describe('accent palettes', () => {
  it('for a range of brand colours, light and dark', () => {
    expect(
      Object.fromEntries(ACCENTS.map((accent) => [accent, { tokens: accentTokens(accent), css: accentCss(accent) }])),
    ).toMatchSnapshot();
  });

  it('reach the contrast they promise against both page colours', () => {
    for (const accent of ACCENTS) {
      for (const tokens of Object.values(accentTokens(accent))) {
        for (const value of Object.values(tokens)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('are built from exact colour arithmetic', () => {
    expect(parseHex('#0a0B0c')).toEqual([10, 11, 12]);
    expect(() => parseHex('#123')).toThrow('expected a colour written as #rrggbb, got #123');
    expect(toHex([10, 11, 12])).toBe('#0a0b0c');
    expect(toHex([-5, 300, 127.6])).toBe('#00ff80');
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#808080')).toBeCloseTo(0.2158605, 6);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#ffffff', '#000000')).toBe(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#000000', '#ffffff', 0)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 1)).toBe('#000000');
    expect(mix('#ff0000', '#0000ff', 0.25)).toBe('#4000bf');
    expect(ensureContrast('#777777', ['#ffffff'], 4.5)).toBe('#777676');
    expect(contrast('#777676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ensureContrast('#777777', ['#ffffff'], 3)).toBe('#777777');
    expect(ensureContrast('#777777', ['#ffffff', '#000000'], 7)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('dates, months and counts', () => {
  it('in each language', () => {
    expect(
      Object.fromEntries(
        ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'].map((language) => [
          language,
          [
            formatDate('2026-03-09', language),
            formatDate('2026-12-31', language),
            formatMonth('2026-03', language),
            formatMonth('2026-11', language, 'short'),
          ],
        ]),
      ),
    ).toMatchSnapshot();
    expect(formatDate('2026-03-09')).toBe('9 March 2026');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonth('2026-03', 'en', 'short')).toBe('Mar 2026');
    expect(formatCount(1, 'vote')).toBe('1 vote');
    expect(formatCount(0, 'vote')).toBe('0 votes');
    expect(formatCount(2, 'reply', 'replies')).toBe('2 replies');
    expect(formatCount(1234, 'vote')).toBe('1,234 votes');
  });
});
