import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KINDS, type Corpus, type Entry } from '../collections.ts';
import { fileOf } from '../lifecycle/derive.ts';
import { proseLines } from '../markdown/prose-lines.ts';
import { error, type Problem } from '../problems.ts';

/** `![alt](path "title")`, as written in a body. (An HTML `<img>` is left as written: the build does not optimize it.) */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)/g;
/** Addresses that are not files next to the entry: a scheme, a site path, a fragment, a protocol-relative URL. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i;

/**
 * An image written as a path next to the entry (`![chart](chart.png)`) is
 * optimized by the build, which stops with a stack trace when the file is
 * not there: report it first, at its line and column. Code is skipped.
 */
export function checkBodyImages(corpus: Corpus, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    for (const entry of corpus[kind] as Entry[]) {
      if (entry.body === undefined || entry.file === undefined || !entry.body.includes('![')) continue;
      const folder = dirname(resolve(root, entry.file));
      for (const { line, text } of proseLines(entry.body, '![')) {
        for (const { path, column } of imagePaths(text)) {
          if (NOT_A_FILE.test(path) || existsSync(resolve(folder, safeDecode(path)))) continue;
          problems.push(
            error({
              code: 'missing-image',
              file: fileOf(entry),
              line: (entry.bodyLine ?? 1) + line - 1,
              column,
              message: `image "${path}" is not next to this file`,
              expected: `a file at ${relativeHint(entry.file, path)}`,
              found: path,
              hint: 'add the image beside the entry, fix the name (letter case counts), or link a full https:// address',
            }),
          );
        }
      }
    }
  }
  return problems;
}

function imagePaths(text: string): { path: string; column: number }[] {
  const paths: { path: string; column: number }[] = [];
  for (const match of text.matchAll(MARKDOWN_IMAGE)) {
    const raw = match[1]!;
    const path = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    if (path) paths.push({ path, column: match.index + match[0].length - raw.length + 1 });
  }
  return paths;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path.split(/[?#]/)[0]!);
  } catch {
    return path;
  }
}

function relativeHint(file: string, path: string): string {
  return `${dirname(file)}/${path}`.replace(/\/\.\//g, '/');
}
