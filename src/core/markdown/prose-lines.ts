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

/** Blanks out `code spans` so positions stay the same. */
function maskCodeSpans(line: string): string {
  return line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length));
}
