import { dirname, resolve } from 'node:path';
import { KINDS, type Corpus, type Entry } from '../collections.ts';
import { fileOf } from '../lifecycle/derive.ts';
import { isInside, pathKind, realPath } from '../load/inside.ts';
import { imageFileProblem } from './image-files.ts';
import { proseLines } from '../markdown/prose-lines.ts';
import { error, type Problem } from '../problems.ts';

/** Addresses that are not files next to the entry: a scheme, a site path, a fragment, a protocol-relative URL. */
export const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i;

/**
 * An image written as a path next to the entry (`![chart](chart.png)`) is
 * optimized by the build, which stops with a stack trace when the file is
 * not there, and reads whatever the path leads to: report it first, at its
 * line and column, and refuse paths and symlinks that leave the content folder.
 * Code is skipped.
 */
export function checkBodyImages(corpus: Corpus, root: string, contentDir = root): Problem[] {
  const problems: Problem[] = [];
  const boundary = realPath(contentDir) ?? contentDir;
  for (const kind of KINDS) {
    for (const entry of corpus[kind] as Entry[]) {
      if (entry.body === undefined || entry.file === undefined || !entry.body.includes('![')) continue;
      const folder = dirname(resolve(root, entry.file));
      const definitions = entry.body.includes(']:') ? localDefinitions(entry.body) : undefined;
      for (const { line, text } of proseLines(entry.body, '![')) {
        for (const { path, column } of definitions?.size ? referenceImages(text, definitions) : []) {
          problems.push(
            error({
              code: 'reference-image',
              file: fileOf(entry),
              line: (entry.bodyLine ?? 1) + line - 1,
              column,
              message: `image of "${path}" written as a reference: the build publishes it unresolved, as a broken image`,
              found: path,
              hint: `write the path in the image itself: ![alt](${path})`,
            }),
          );
        }
        for (const { path, column } of imagePaths(text)) {
          if (NOT_A_FILE.test(path)) continue;
          const at = { file: fileOf(entry), line: (entry.bodyLine ?? 1) + line - 1, column, found: path };
          const problem = imageProblem(path, entry.file, resolve(folder, safeDecode(path)), contentDir, boundary);
          if (problem) problems.push(error({ ...at, ...problem }));
        }
      }
    }
  }
  return problems;
}

/** Link reference definitions (`[c]: chart.png`) whose address is a file beside the entry, by normalized label. */
function localDefinitions(body: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const { text } of proseLines(body, ']:')) {
    const match = /^ {0,3}\[([^\][]+)\]:[ \t]*<?([^\s>]+)/.exec(text);
    if (match && !NOT_A_FILE.test(match[2]!)) definitions.set(normalizeLabel(match[1]!), match[2]!);
  }
  return definitions;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reference-style images (`![alt][c]`, `![alt][]`, `![c]`) whose definition names a local file. The
 * pattern cannot backtrack far: neither part may hold a bracket, so each attempt stops at the next one.
 */
function referenceImages(text: string, definitions: Map<string, string>): { path: string; column: number }[] {
  const found: { path: string; column: number }[] = [];
  for (const match of text.matchAll(/!\[([^\][]*)\](?:\[([^\][]*)\])?(?!\()/g)) {
    const path = definitions.get(normalizeLabel(match[2] || match[1]!));
    if (path !== undefined) found.push({ path, column: match.index + 1 });
  }
  return found;
}

type ImageProblem = Pick<Problem, 'code' | 'message' | 'hint'> & { expected?: string };

function imageProblem(path: string, file: string, absolute: string, contentDir: string, boundary: string): ImageProblem | undefined {
  if (/[?#]/.test(path)) {
    return {
      code: 'image-suffix',
      message: `image "${path}" has a "?" or "#" part, which the build cannot resolve to a file`,
      hint: `write the file name alone: ${path.split(/[?#]/)[0]}`,
    };
  }
  if (!isInside(contentDir, absolute)) {
    return {
      code: 'image-outside-content',
      message: `image "${path}" is outside the content folder`,
      hint: 'put the image beside the entry and write its name alone',
    };
  }
  const kind = pathKind(absolute, boundary);
  if (kind === 'file') return imageFileProblem(path, absolute);
  if (kind === 'outside') {
    return {
      code: 'image-outside-content',
      message: `image "${path}" is a symlink that leads outside the content folder`,
      hint: 'copy the image beside the entry instead of linking to it',
    };
  }
  return {
    code: 'missing-image',
    message: `image "${path}" is not next to this file`,
    expected: `a file at ${relativeHint(file, path)}`,
    hint: 'add the image beside the entry, fix the name (letter case counts), or link a full https:// address',
  };
}

/**
 * The paths of `![alt](path "title")` images on a line, as written (an HTML `<img>` is left
 * as written: the build does not optimize it). A scan rather than a regex: it stays linear
 * on lines such as `![![![...`, where a regex backtracked quadratically.
 */
export function imagePaths(text: string): { path: string; column: number; start: number }[] {
  const paths: { path: string; column: number; start: number }[] = [];
  let close = -1;
  let failedAt = -1;
  // The next `>`, kept like `close`; -1 once there is none.
  let angleClose = 0;
  let start = text.indexOf('![');
  while (start !== -1) {
    // The alt text runs to the first `]`: every `![` before that bracket shares it.
    if (close < start + 2) close = text.indexOf(']', start + 2);
    if (close === -1) break;
    let end = start + 2;
    if (text[close + 1] === '(' && close !== failedAt) {
      let at = close + 2;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      if (text[at] === '<' && angleClose !== -1 && angleClose <= at) angleClose = text.indexOf('>', at + 1);
      const angle = text[at] === '<' ? angleClose : -1;
      let stop = angle === -1 ? at : angle + 1;
      if (angle === -1) while (stop < text.length && !/[\s)]/.test(text[stop]!)) stop++;
      const raw = text.slice(at, stop);
      const path = angle === -1 ? raw : raw.slice(1, -1);
      if (raw === '') failedAt = close;
      else end = stop;
      if (path) paths.push({ path, column: (angle === -1 ? at : at + 1) + 1, start });
    }
    start = text.indexOf('![', end);
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
