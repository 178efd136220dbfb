import type { Problem } from '../problems.ts';

export const OUTPUT_FORMATS = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TextOptions {
  color?: boolean;
  /** Returns a line of a file, to show the offending line under the message. */
  sourceLine?: (file: string, line: number) => string | undefined;
}

const ANSI = { red: '31', yellow: '33', dim: '2', bold: '1', cyan: '36' } as const;

function paint(enabled: boolean | undefined, style: keyof typeof ANSI, text: string): string {
  return enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

/**
 * Control characters other than tab and newline, and the bidirectional overrides: from content they could
 * retitle, clear or reorder the maintainer's terminal, so every text output shows them escaped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from content, safe to write to a terminal or a log: control characters as `\u001b`-style escapes. */
export function visible(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function location(problem: Problem): string {
  const file = visible(problem.file);
  return problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
}

export function summarize(problems: readonly Problem[]): { errors: number; warnings: number; files: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors, files: new Set(problems.map((p) => p.file)).size };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Readable output for a terminal: location, message, the line itself, then what was expected. */
export function formatText(problems: readonly Problem[], options: TextOptions = {}): string {
  const { color } = options;
  const blocks = problems.map((problem) => {
    const severity = problem.severity === 'error' ? paint(color, 'red', 'error') : paint(color, 'yellow', 'warning');
    const lines = [
      `${paint(color, 'bold', location(problem))}  ${severity}  ${visible(problem.message)}  ${paint(color, 'dim', `(${problem.code})`)}`,
    ];
    const source = problem.line !== undefined ? options.sourceLine?.(problem.file, problem.line) : undefined;
    if (source !== undefined) {
      const gutter = String(problem.line).padStart(5);
      lines.push(paint(color, 'dim', `${gutter} | `) + visible(source));
      const caretAt = Math.max(0, (problem.column ?? 1) - 1);
      lines.push(paint(color, 'dim', `${' '.repeat(5)} | `) + ' '.repeat(caretAt) + paint(color, 'red', '^'));
    }
    if (problem.expected !== undefined) lines.push(`  expected: ${visible(problem.expected)}`);
    if (problem.found !== undefined) lines.push(`     found: ${visible(problem.found)}`);
    if (problem.hint !== undefined) lines.push(`      ${paint(color, 'cyan', 'hint')}: ${visible(problem.hint)}`);
    return lines.join('\n');
  });
  const { errors, warnings, files } = summarize(problems);
  const summary =
    problems.length === 0
      ? 'No problems found.'
      : `${paint(color, errors ? 'red' : 'yellow', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)} in ${plural(files, 'file')}.`;
  return `${[...blocks, summary].join('\n\n')}\n`;
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff. */
export function formatGithub(problems: readonly Problem[]): string {
  return (
    problems
      .map((problem) => {
        const properties = [`file=${escapeProperty(visible(problem.file))}`];
        if (problem.line !== undefined) properties.push(`line=${problem.line}`);
        if (problem.column !== undefined) properties.push(`col=${problem.column}`);
        properties.push(`title=${escapeProperty(`Roadlog: ${problem.code}`)}`);
        const details = [
          problem.message,
          problem.expected !== undefined ? `expected: ${problem.expected}` : undefined,
          problem.found !== undefined ? `found: ${problem.found}` : undefined,
          problem.hint !== undefined ? `hint: ${problem.hint}` : undefined,
        ].filter((line) => line !== undefined);
        return `::${problem.severity} ${properties.join(',')}::${escapeData(visible(details.join('\n')))}`;
      })
      .join('\n') + (problems.length ? '\n' : '')
  );
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Machine-readable output; the shape is versioned and documented in the README. */
export function formatJson(problems: readonly Problem[]): string {
  const { errors, warnings } = summarize(problems);
  const ordered = problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    file: p.file,
    line: p.line ?? null,
    column: p.column ?? null,
    message: p.message,
    expected: p.expected ?? null,
    found: p.found ?? null,
    hint: p.hint ?? null,
  }));
  return `${JSON.stringify({ version: 1, errors, warnings, problems: ordered }, null, 2)}\n`;
}
