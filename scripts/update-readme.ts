/**
 * Writes the README's generated parts: the table of problem codes, from
 * src/core/problem-codes.ts. A test fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemCodesTable } from '../src/core/problem-codes.ts';
import { PROJECT_ROOT } from './lib/project-root.ts';

export const CODES_START = '<!-- codes:start (generated from src/core/problem-codes.ts by scripts/update-readme.ts) -->';
export const CODES_END = '<!-- codes:end -->';

/** The README with its table of codes generated again. */
export function withCodesTable(readme: string): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start === -1 || end < start) throw new Error('README.md has no codes markers');
  return `${readme.slice(0, start + CODES_START.length)}\n${problemCodesTable()}\n${readme.slice(end)}`;
}

if (import.meta.main) {
  const path = join(PROJECT_ROOT, 'README.md');
  writeFileSync(path, withCodesTable(readFileSync(path, 'utf8')));
  process.stdout.write('README.md: problem codes written\n');
}
