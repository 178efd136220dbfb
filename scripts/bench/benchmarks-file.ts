import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
export const END = '<!-- bench:end -->';

/**
 * Puts the generated report between the markers of BENCHMARKS.md, keeping
 * what people wrote around it (the profile notes). A file without the
 * markers is not ours to overwrite.
 */
export function writeBenchmarksFile(path: string, generated: string): void {
  const section = `${START}\n${generated.trim()}\n${END}`;
  if (!existsSync(path)) {
    writeFileSync(path, `# Benchmarks\n\n${section}\n`);
    return;
  }
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`${path} exists without the bench markers; not overwriting it (move it away, or add the markers)`);
  }
  writeFileSync(path, `${text.slice(0, start)}${section}${text.slice(end + END.length)}`);
}
