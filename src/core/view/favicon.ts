import { contrast } from './accent.ts';

/**
 * A small icon in the accent colour: a rounded square with a road that bends
 * toward a destination mark. The road is white or near-black, whichever
 * stands out on the accent.
 */
export function faviconSvg(accent: string): string {
  const ink = contrast(accent, '#ffffff') >= contrast(accent, '#111111') ? '#ffffff' : '#111111';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${accent}"/><path d="M9 25c0-6 14-4 14-11 0-3-2-5-5-5" fill="none" stroke="${ink}" stroke-width="3" stroke-linecap="round"/><circle cx="12" cy="9" r="2.5" fill="${ink}"/></svg>\n`;
}
