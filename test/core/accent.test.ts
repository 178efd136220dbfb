import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accentCss, accentTokens, contrast, ensureContrast, THEME_BACKGROUNDS } from '../../src/core/view/accent.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

/** Colours maintainers pick, including the awkward ones: neon, pastel, black, white, mid grey. */
const PICKS = [
  '#0e7490',
  '#4f46e5',
  '#ffff00',
  '#facc15',
  '#00ff00',
  '#ff0000',
  '#ff69b4',
  '#000000',
  '#ffffff',
  '#777777',
  '#0000ff',
  '#00ffff',
  '#7c3aed',
  '#f97316',
  '#1e3a8a',
  '#fde68a',
  '#064e3b',
  '#a3e635',
];

/** A deterministic spread over the whole cube, so the guarantee is not tuned to the list above. */
function spread(count: number): string[] {
  const colours: string[] = [];
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    colours.push(`#${(seed % 0xffffff).toString(16).padStart(6, '0')}`);
  }
  return colours;
}

describe('accent colours', () => {
  it.each([...PICKS, ...spread(120)])('%s reaches AA for links, buttons and focus rings in both themes', (pick) => {
    const tokens = accentTokens(pick);
    for (const theme of ['light', 'dark'] as const) {
      const t = tokens[theme];
      const { bg, surface, raised } = THEME_BACKGROUNDS[theme];
      // Link text and focus rings on every background accent text appears on.
      for (const background of [bg, surface, raised, t.accentSoft]) expect(contrast(t.accent, background)).toBeGreaterThanOrEqual(4.5);
      // Button label on the button, at rest and on hover.
      expect(contrast(t.onAccent, t.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.onAccent, t.accentStrong)).toBeGreaterThanOrEqual(4.5);
      // The button's edge against the page (a UI part: 3:1).
      expect(contrast(t.accent, bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a colour that already passes exactly as the maintainer wrote it', () => {
    expect(accentTokens('#0e7490').light.accent).toBe('#0e7490');
    expect(accentTokens('#4F46E5').light.accent).toBe('#4f46e5');
    expect(accentTokens('#facc15').dark.accent).toBe('#facc15');
  });

  it('moves a failing colour only as far as needed, keeping its hue', () => {
    const yellow = accentTokens('#facc15').light.accent;
    const ratio = contrast(yellow, THEME_BACKGROUNDS.light.surface);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(ratio).toBeLessThan(5.2);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(yellow.slice(i, i + 2), 16)) as [number, number, number];
    // Still a yellow-brown: red and green well above blue.
    expect(r).toBeGreaterThan(b + 40);
    expect(g).toBeGreaterThan(b + 20);
    // A dark navy is lightened for the dark theme, not replaced by white.
    expect(accentTokens('#1e3a8a').dark.accent).not.toBe('#ffffff');
  });

  it('falls back to black or white only when no shade of the hue can pass', () => {
    expect(ensureContrast('#777777', ['#ffffff'], 21)).toBe('#000000');
    expect(ensureContrast('#777777', ['#000000'], 21)).toBe('#ffffff');
  });

  it('writes custom properties for the light theme and for prefers-color-scheme: dark', () => {
    const css = accentCss('#facc15');
    expect(css).toMatch(/^:root\{--accent:#[0-9a-f]{6};--accent-strong:#[0-9a-f]{6};--on-accent:#ffffff;--accent-soft:#[0-9a-f]{6}\}/);
    expect(css).toContain('@media (prefers-color-scheme:dark){:root{--accent:#facc15;');
  });

  it('computes against the same page colours the stylesheet uses', () => {
    const tokens = readFileSync(join(PROJECT_ROOT, 'src/styles/tokens.css'), 'utf8');
    const light = tokens.slice(0, tokens.indexOf('prefers-color-scheme'));
    const dark = tokens.slice(tokens.indexOf('prefers-color-scheme'));
    expect(light).toContain(`--bg: ${THEME_BACKGROUNDS.light.bg};`);
    expect(light).toContain(`--surface: ${THEME_BACKGROUNDS.light.surface};`);
    expect(light).toContain(`--raised: ${THEME_BACKGROUNDS.light.raised};`);
    expect(dark).toContain(`--bg: ${THEME_BACKGROUNDS.dark.bg};`);
    expect(dark).toContain(`--surface: ${THEME_BACKGROUNDS.dark.surface};`);
    expect(dark).toContain(`--raised: ${THEME_BACKGROUNDS.dark.raised};`);
  });
});
