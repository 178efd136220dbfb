import { compareStrings } from '../problems.ts';
import type { ChangelogEntry } from '../collections.ts';

/** Compares version labels number by number: 2.10 comes after 2.9. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const partsA = a.replace(/^v/i, '').split(/[.\-+]/);
  const partsB = b.replace(/^v/i, '').split(/[.\-+]/);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? compareStrings(x, y) : nx - ny;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Oldest release first: by date, then version, then id, so ties resolve the same way every build. */
export function compareReleases(a: ChangelogEntry, b: ChangelogEntry): number {
  return compareStrings(a.data.date, b.data.date) || compareVersions(a.data.version, b.data.version) || compareStrings(a.id, b.id);
}
