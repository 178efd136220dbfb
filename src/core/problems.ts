/** A position in a source file, 1-based like editors and GitHub annotations. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with the content or the configuration, in a form that every
 * output format (text, GitHub annotations, JSON) can render without guessing.
 */
export interface Problem {
  severity: Severity;
  /** Stable, kebab-case identifier of the rule, documented in the README. */
  code: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export function error(fields: Omit<Problem, 'severity'>): Problem {
  return { severity: 'error', ...bounded(fields) };
}

export function warning(fields: Omit<Problem, 'severity'>): Problem {
  return { severity: 'warning', ...bounded(fields) };
}

/** Longer texts are cut: a message quotes content, which may be a 5,000-character field name or value. */
export const MAX_PROBLEM_TEXT = 500;

function bounded(fields: Omit<Problem, 'severity'>): Omit<Problem, 'severity'> {
  const long = (text: string | undefined) => text !== undefined && text.length > MAX_PROBLEM_TEXT;
  if (!long(fields.message) && !long(fields.expected) && !long(fields.found) && !long(fields.hint)) return fields;
  const cut = (text: string | undefined) =>
    text !== undefined && text.length > MAX_PROBLEM_TEXT
      ? `${text.slice(0, MAX_PROBLEM_TEXT - 40)}… (${text.length.toLocaleString('en-US')} characters)`
      : text;
  const result = { ...fields, message: cut(fields.message)! };
  for (const key of ['expected', 'found', 'hint'] as const) if (fields[key] !== undefined) result[key] = cut(fields[key]);
  return result;
}

/** Identifies a problem by what it says and where, to compare two validation runs. */
export function problemKey(problem: Problem): string {
  return [problem.severity, problem.code, problem.file, problem.line ?? '', problem.column ?? '', problem.message].join('\u0000');
}

/** Orders problems by file, then position, so output is stable between runs. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Quotes a found value for a message: strings in quotes, the rest as YAML would show it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list (${value.map(describeValue).join(', ')})`;
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (typeof value === 'object') return 'a mapping of fields';
  return String(value);
}
