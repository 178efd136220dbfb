import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { FIXTURES } from './paths.ts';
import { copyPublic, TMP } from './build.ts';

/** A private copy of a fixture's content folder, in a temp folder of its own. */
export function tempContent(fixture: string, name = fixture): string {
  mkdirSync(TMP, { recursive: true });
  const target = join(mkdtempSync(join(TMP, `${name}-`)), 'content');
  cpSync(join(FIXTURES, fixture, 'content'), target, { recursive: true });
  copyPublic(join(FIXTURES, fixture), dirname(target));
  return target;
}

/** Every file below a folder with its bytes and modification time, to prove a command wrote nothing. */
export function snapshot(folder: string): Map<string, { bytes: string; mtimeMs: number }> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), { bytes: readFileSync(path, 'latin1'), mtimeMs: statSync(path).mtimeMs });
    }
  };
  walk(folder);
  return files;
}
