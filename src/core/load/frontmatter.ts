import yaml from 'js-yaml';
import { error, type Problem } from '../problems.ts';
import { createLocator, type Locator } from './locator.ts';
import { loadYamlPackage } from './yaml-package.ts';
import { parseYamlFields, type ScalarShape, YamlAliasError } from './yaml-scalars.ts';

export interface ParsedFrontmatter {
  ok: true;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  locate: Locator;
}

export type FrontmatterResult = ParsedFrontmatter | { ok: false; problem: Problem };

const DELIMITER = /^---[ \t]*$/;

/**
 * YAML as Roadlog reads it everywhere: dates stay text (an impossible date
 * such as 2026-02-30 is reported instead of rolling over), `yes`/`no` stay
 * words, and a plain number or boolean is text where `shape` wants text
 * (`title: 3.10` is "3.10"), its value elsewhere.
 */
export function parseYaml(source: string, shape?: ScalarShape): unknown {
  return parseYamlFields(source, shape);
}

/**
 * What parsed YAML is when it is not a set of fields (a list, a lone value), for a
 * message; undefined for a mapping or an empty document.
 */
export function describeNonMapping(data: unknown): string | undefined {
  if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data))) return undefined;
  return Array.isArray(data) ? 'a list' : `the value ${truncate(JSON.stringify(data) ?? String(data), 80)}`;
}

/**
 * Splits a Markdown file into YAML frontmatter and body, with clear errors.
 * The body is everything after the closing `---` line, whatever it holds.
 */
export function parseFrontmatter(text: string, file: string, shape?: ScalarShape): FrontmatterResult {
  if (text.trim() === '') {
    return {
      ok: false,
      problem: error({
        code: 'empty-file',
        file,
        line: 1,
        column: 1,
        message: 'file is empty',
        expected: 'frontmatter between two `---` lines, then the body',
        hint: 'delete the file, or run `npm run new` to scaffold an entry',
      }),
    };
  }
  const lines = text.split('\n', 2);
  if (!DELIMITER.test(lines[0] ?? '')) {
    return {
      ok: false,
      problem: error({
        code: 'missing-frontmatter',
        file,
        line: 1,
        column: 1,
        message: 'file does not start with frontmatter',
        expected: 'a first line of `---`, the fields, then another `---` line',
        found: JSON.stringify(truncate(lines[0] ?? '')),
      }),
    };
  }
  const closing = findClosingDelimiter(text);
  if (closing === undefined) {
    return {
      ok: false,
      problem: error({
        code: 'unclosed-frontmatter',
        file,
        line: 1,
        column: 1,
        message: 'frontmatter opened on line 1 is never closed',
        expected: 'a line of `---` after the last field',
      }),
    };
  }

  const { line: closingLine, start: closingStart, end: closingEnd } = closing;
  // From the end of the opening `---` to the newline before the closing one: line 1 is the opening line.
  const block = text.slice(3, closingStart - 1);
  let data: unknown;
  try {
    data = parseYaml(block, shape);
  } catch (cause) {
    const yamlSource = text
      .split('\n')
      .slice(1, closingLine - 1)
      .join('\n');
    return { ok: false, problem: yamlProblem(cause, file, 1, yamlSource) };
  }
  const locate = createLocator(block, 1, { line: 1, column: 1 });
  const notMapping = describeNonMapping(data);
  if (notMapping) {
    return {
      ok: false,
      problem: error({
        code: 'frontmatter-not-mapping',
        file,
        line: 2,
        column: 1,
        message: 'frontmatter must be a set of `field: value` lines',
        found: notMapping,
      }),
    };
  }
  return {
    ok: true,
    data: (data ?? {}) as Record<string, unknown>,
    body: text.slice(closingEnd + 1),
    bodyLine: closingLine + 1,
    locate,
  };
}

/** The closing `---` line: its number (1-based), and the offsets where it starts and ends (its newline, or the end). */
function findClosingDelimiter(text: string): { line: number; start: number; end: number } | undefined {
  let start = text.indexOf('\n') + 1;
  let line = 2;
  while (start > 0 && start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // Cheap test first: most lines do not start with a dash.
    if (text.startsWith('---', start) && DELIMITER.test(text.slice(start, end))) return { line, start, end };
    if (newline === -1) return undefined;
    start = newline + 1;
    line++;
  }
  return undefined;
}

/** What a YAML error code means for someone editing frontmatter in a browser. */
const YAML_ERRORS: Record<string, { message: string; hint: string }> = {
  DUPLICATE_KEY: { message: 'a field appears twice', hint: 'each field may appear once; remove the repeated one' },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'a value contains ": "',
    hint: 'put the value in quotes, as in title: "Export: CSV"',
  },
  MISSING_CHAR: { message: 'a quote or bracket is opened and never closed', hint: 'close it on the same line' },
  BAD_INDENT: { message: 'the indentation is inconsistent', hint: 'indent nested lines with the same number of spaces' },
  TAB_AS_INDENT: { message: 'tabs are used for indentation', hint: 'indent with spaces, not tabs' },
  TAG_RESOLVE_FAILED: {
    message: 'a value has a YAML tag (a word starting with "!") that Roadlog does not read',
    hint: 'remove the tag before the value, or quote the value if the "!" is part of it',
  },
  UNEXPECTED_TOKEN: {
    message: 'a value starts with a character that YAML reserves',
    hint: 'quote values that start with "[", "{", "*", "&", "!", "|", ">", "@" or "`"',
  },
};

const UNCLOSED_BRACKET = {
  message: 'a list or mapping opened with "[" or "{" is never closed',
  hint: 'close it on the same line, as in areas: [exports, api], or quote a value that starts with a bracket',
};

/** The last line before `beforeLine` (1-based) with more opening than closing brackets. */
function findUnclosedBracket(source: string, beforeLine: number): { line: number; col: number } | undefined {
  const lines = source.split('\n');
  for (let index = Math.min(beforeLine, lines.length) - 1; index >= 0; index--) {
    const text = lines[index]!;
    const opens = (text.match(/[[{]/g) ?? []).length;
    const closes = (text.match(/[\]}]/g) ?? []).length;
    if (opens > closes) return { line: index + 1, col: text.search(/[[{]/) + 1 };
  }
  return undefined;
}

/**
 * A YAML syntax error as a problem. js-yaml is the fast parser but points
 * past the mistake; on failure the `yaml` parser is asked for a precise
 * position. `lineOffset` is the file line before the YAML's first line.
 */
export function yamlProblem(cause: unknown, file: string, lineOffset: number, source: string): Problem {
  const where = lineOffset ? 'frontmatter' : 'file';
  if (cause instanceof YamlAliasError) {
    return error({
      code: 'yaml-alias',
      file,
      // Found in the text given to the parser, whose first line is the file's first in both callers.
      line: cause.line,
      column: cause.column,
      message: `${where} uses a YAML alias ("*name"), which Roadlog does not accept`,
      hint: 'write the value out in full where it is needed; aliases can expand to billions of values',
    });
  }
  const document = loadYamlPackage().parseDocument(source, { schema: 'core' });
  // The `yaml` parser only warns of a tag it does not know, where js-yaml stops: its warning has the position.
  const precise = document.errors[0] ?? document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (precise?.linePos) {
    let { line, col } = precise.linePos[0];
    const unclosed = /must be sufficiently indented and end with a [\]}]/.test(precise.message)
      ? findUnclosedBracket(source, line)
      : undefined;
    if (unclosed) ({ line, col } = unclosed);
    const known = unclosed ? UNCLOSED_BRACKET : YAML_ERRORS[precise.code];
    return error({
      code: 'yaml-syntax',
      file,
      line: line + lineOffset,
      column: col,
      message: `${where} is not valid YAML: ${known?.message ?? precise.message.split(' at line ')[0]}`,
      hint: known?.hint ?? GENERIC_YAML_HINT,
    });
  }
  const mark = cause instanceof yaml.YAMLException ? cause.mark : undefined;
  const reason = cause instanceof yaml.YAMLException ? cause.reason : undefined;
  // A standard tag the `yaml` package resolves but js-yaml's schema lacks (!!binary): js-yaml marks the end.
  const tag = reason ? /^unknown tag !<tag:yaml\.org,2002:([^>]+)>/.exec(reason)?.[1] : undefined;
  const written = tag ? findWrittenTag(source, `!!${tag}`) : undefined;
  if (written) {
    return error({
      code: 'yaml-syntax',
      file,
      line: written.line + lineOffset,
      column: written.column,
      message: `${where} is not valid YAML: ${YAML_ERRORS.TAG_RESOLVE_FAILED!.message}`,
      hint: YAML_ERRORS.TAG_RESOLVE_FAILED!.hint,
    });
  }
  return error({
    code: 'yaml-syntax',
    file,
    line: mark ? mark.line + 1 + lineOffset : 1,
    column: mark ? mark.column + 1 : 1,
    message: `${where} is not valid YAML${reason ? `: ${reason}` : ''}`,
    hint: GENERIC_YAML_HINT,
  });
}

/** Where `tag` is first written before a value (1-based line and column), if it is. */
function findWrittenTag(source: string, tag: string): { line: number; column: number } | undefined {
  for (const [index, text] of source.split('\n').entries()) {
    for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + 1)) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + tag.length] ?? ' ';
      if (' \t:,[{-'.includes(before) && ' \t'.includes(after)) return { line: index + 1, column: at + 1 };
    }
  }
  return undefined;
}

const GENERIC_YAML_HINT = 'quote values that contain ": " or " #", or that start with a special character such as "[", "{", "*" or "@"';

function truncate(value: string, length = 40): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}
