const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of a Markdown body that hold `needle` outside code: fenced
 * blocks are skipped and inline code spans blanked out, so columns stay
 * those of the file. For validation, which reads bodies without parsing
 * them: a line-level scan is cheap at 10,000 entries.
 */
export function* proseLines(body: string, needle: string): Generator<{ line: number; text: string }> {
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (!line.includes(needle)) continue;
    yield { line: index + 1, text: maskCodeSpans(line) };
  }
}

/**
 * Blanks out `code spans` so positions stay the same. A run of backticks opens a
 * span closed by the next run of the same length; one scan and one pass from
 * the right keep this linear (a regex backtracked cubically on lines of backticks).
 */
export function maskCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  const runs: { start: number; end: number }[] = [];
  for (let index = line.indexOf('`'); index !== -1; index = line.indexOf('`', index)) {
    const start = index;
    while (line[index] === '`') index++;
    runs.push({ start, end: index });
  }
  // For each run, the next run of the same length, or undefined.
  const closer: (number | undefined)[] = new Array(runs.length);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const length = runs[k]!.end - runs[k]!.start;
    closer[k] = lastOfLength.get(length);
    lastOfLength.set(length, k);
  }
  let masked = '';
  let from = 0;
  for (let k = 0; k < runs.length; k++) {
    const close = closer[k];
    if (close === undefined) continue;
    const { start } = runs[k]!;
    const { end } = runs[close]!;
    masked += line.slice(from, start) + ' '.repeat(end - start);
    from = end;
    k = close;
  }
  return masked + line.slice(from);
}
