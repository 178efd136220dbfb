/**
 * The accent colour from site.yaml, made safe to use: whatever #rrggbb a
 * maintainer picks, links, buttons and focus rings reach WCAG AA (4.5:1 for
 * text, which also covers the 3:1 of UI parts) in the light and the dark
 * theme. A colour that already passes is kept as it is; one that does not is
 * darkened (light theme) or lightened (dark theme) in OKLCH, keeping its hue,
 * just far enough.
 */

type Rgb = [number, number, number];

/** The page colours that accent text sits on; `src/styles/tokens.css` uses the same values. */
export const THEME_BACKGROUNDS = {
  light: { bg: '#ffffff', surface: '#f6f8fa', raised: '#ffffff' },
  dark: { bg: '#0d1117', surface: '#151b23', raised: '#1b222c' },
} as const;

export type ThemeName = keyof typeof THEME_BACKGROUNDS;

export interface AccentTokens {
  /** Links, focus rings, the primary button's fill: 4.5:1 on every background below. */
  accent: string;
  /** Hover and pressed fill: a step further from the page background. */
  accentStrong: string;
  /** Text on an accent fill: the page background colour, 4.5:1 against `accent` and `accentStrong`. */
  onAccent: string;
  /** A faint tint for selected filters and callouts; `accent` text stays 4.5:1 on it. */
  accentSoft: string;
}

/** Aim a little above 4.5:1 so no rounding anywhere (hex, a browser's colour pipeline) tips it under. */
const TEXT_CONTRAST = 4.6;

export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`expected a colour written as #rrggbb, got ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

export function toHex([r, g, b]: Rgb): string {
  const part = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const c = value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
  return c * 255;
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

interface Oklch {
  l: number;
  c: number;
  h: number;
}

function toOklch(hex: string): Oklch {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: Math.atan2(B, A) };
}

/** OKLCH to linear sRGB; channels outside 0..1 mean the colour is outside sRGB. */
function oklchToLinear({ l: L, c, h }: Oklch): Rgb {
  const A = c * Math.cos(h);
  const B = c * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (rgb: Rgb) => rgb.every((channel) => channel >= -1e-4 && channel <= 1 + 1e-4);

/** The colour at lightness `l` with the hue of `color` and as much of its chroma as sRGB can show. */
function atLightness(color: Oklch, l: number): string {
  let low = 0;
  let high = color.c;
  if (!inGamut(oklchToLinear({ ...color, l }))) {
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (inGamut(oklchToLinear({ ...color, l, c: mid }))) low = mid;
      else high = mid;
    }
    high = low;
  }
  return toHex(oklchToLinear({ ...color, l, c: high }).map(fromLinear) as Rgb);
}

/**
 * The colour closest to `hex` (same hue, lightness moved toward black on
 * light backgrounds, toward white on dark ones) that reaches `ratio` against
 * every background.
 */
export function ensureContrast(hex: string, backgrounds: readonly string[], ratio: number): string {
  const passes = (candidate: string) => backgrounds.every((background) => contrast(candidate, background) >= ratio);
  const normalized = toHex(parseHex(hex));
  if (passes(normalized)) return normalized;
  const darken = backgrounds.every((background) => luminance(background) > 0.18);
  const color = toOklch(normalized);
  const end = darken ? 0 : 1;
  // Contrast grows as the lightness moves away from the backgrounds: search the smallest move that passes.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (passes(atLightness(color, color.l + (end - color.l) * mid))) high = mid;
    else low = mid;
  }
  const result = atLightness(color, color.l + (end - color.l) * high);
  return passes(result) ? result : darken ? '#000000' : '#ffffff';
}

/** `amount` of `a` mixed into `b`, in sRGB as CSS `color-mix(in srgb, …)` does. */
export function mix(a: string, b: string, amount: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  return toHex(ca.map((value, i) => value * amount + cb[i]! * (1 - amount)) as Rgb);
}

function tokensFor(accent: string, theme: ThemeName): AccentTokens {
  const { bg, surface, raised } = THEME_BACKGROUNDS[theme];
  const soft = mix(accent, bg, theme === 'light' ? 0.1 : 0.16);
  const safe = ensureContrast(accent, [bg, surface, raised, soft], TEXT_CONTRAST);
  const safeColor = toOklch(safe);
  const step = theme === 'light' ? -0.08 : 0.08;
  const strong = atLightness(safeColor, Math.min(1, Math.max(0, safeColor.l + step)));
  return { accent: safe, accentStrong: strong, onAccent: bg, accentSoft: soft };
}

export function accentTokens(accent: string): Record<ThemeName, AccentTokens> {
  return { light: tokensFor(accent, 'light'), dark: tokensFor(accent, 'dark') };
}

/** The custom properties for both themes, for a `<style>` in every page's head. */
export function accentCss(accent: string): string {
  const tokens = accentTokens(accent);
  const block = (t: AccentTokens) =>
    `--accent:${t.accent};--accent-strong:${t.accentStrong};--on-accent:${t.onAccent};--accent-soft:${t.accentSoft}`;
  return `:root{${block(tokens.light)}}@media (prefers-color-scheme:dark){:root{${block(tokens.dark)}}}`;
}
