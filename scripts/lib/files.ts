import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FileSize {
  /** Path below the listed folder, with forward slashes, such as `feedback/index.html`. */
  path: string;
  bytes: number;
}

/** Every file below `dir` with its size, sorted by path. */
export function listFiles(dir: string): FileSize[] {
  const files: FileSize[] = [];
  const walk = (folder: string) => {
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, dirent.name);
      if (dirent.isDirectory()) walk(path);
      else if (dirent.isFile()) files.push({ path: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size });
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every HTML page below `dir`, as paths with forward slashes, sorted. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .map((file) => file.path)
    .filter((path) => path.endsWith('.html'));
}
