import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` or lies under it, by their written form. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** The real path (symlinks followed), or undefined when it does not resolve. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * What a path is once symlinks are followed: a file or folder inside `boundary`
 * (a real path), something that leaves it, or something else (a FIFO, a socket,
 * a device, a broken link), which a read would block on or fail.
 */
export function pathKind(path: string, boundary: string): 'file' | 'directory' | 'outside' | 'other' {
  const real = realPath(path);
  if (real === undefined) return 'other';
  if (!isInside(boundary, real)) return 'outside';
  try {
    const stats = statSync(real);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'other';
  }
}
