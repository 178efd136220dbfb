import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Reads lines of files for excerpts under messages, each file once; long lines are left out. */
export function sourceLineReader(root: string) {
  const cache = new Map<string, string[] | null>();
  return (file: string, line: number): string | undefined => {
    let lines = cache.get(file);
    if (lines === undefined) {
      try {
        const text = readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8');
        lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
      } catch {
        lines = null;
      }
      cache.set(file, lines);
    }
    const value = lines?.[line - 1];
    return value === undefined || value.length > 200 ? undefined : value;
  };
}
