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

function location(problem: Problem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
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
      `${paint(color, 'bold', location(problem))}  ${severity}  ${problem.message}  ${paint(color, 'dim', `(${problem.code})`)}`,
    ];
    const source = problem.line !== undefined ? options.sourceLine?.(problem.file, problem.line) : undefined;
    if (source !== undefined) {
      const gutter = String(problem.line).padStart(5);
      lines.push(paint(color, 'dim', `${gutter} | `) + source);
      const caretAt = Math.max(0, (problem.column ?? 1) - 1);
      lines.push(paint(color, 'dim', `${' '.repeat(5)} | `) + ' '.repeat(caretAt) + paint(color, 'red', '^'));
    }
    if (problem.expected !== undefined) lines.push(`  expected: ${problem.expected}`);
    if (problem.found !== undefined) lines.push(`     found: ${problem.found}`);
    if (problem.hint !== undefined) lines.push(`      ${paint(color, 'cyan', 'hint')}: ${problem.hint}`);
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
        const properties = [`file=${escapeProperty(problem.file)}`];
        if (problem.line !== undefined) properties.push(`line=${problem.line}`);
        if (problem.column !== undefined) properties.push(`col=${problem.column}`);
        properties.push(`title=${escapeProperty(`Roadlog: ${problem.code}`)}`);
        const details = [
          problem.message,
          problem.expected !== undefined ? `expected: ${problem.expected}` : undefined,
          problem.found !== undefined ? `found: ${problem.found}` : undefined,
          problem.hint !== undefined ? `hint: ${problem.hint}` : undefined,
        ].filter((line) => line !== undefined);
        return `::${problem.severity} ${properties.join(',')}::${escapeData(details.join('\n'))}`;
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
