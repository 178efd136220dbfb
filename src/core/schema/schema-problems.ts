import type { z } from 'zod';
import type { Locator } from '../load/locator.ts';
import { describeValue, error, type Problem } from '../problems.ts';
import { closest, didYouMean } from '../suggest.ts';
import { ROADMAP_STATUSES } from '../statuses.ts';
import { derivedStatusHint, type FieldHelp } from './field-help.ts';

interface SchemaContext {
  file: string;
  data: unknown;
  locate: Locator;
  fields: FieldHelp;
  /** Which statuses a typo could have meant, for hints about derived statuses. */
  statusKind?: 'feedback' | 'roadmap';
  /** The text of a line of the file, to quote a value exactly as written. */
  lineText?: (line: number) => string | undefined;
  /** The fields allowed at each mapping, by path, for unknown-field hints. */
  allowedFields: (path: readonly PropertyKey[]) => readonly string[];
  /** The schema of a field, by path: a misspelt field's value is checked against the field it was meant as. */
  fieldSchema?: (path: readonly PropertyKey[]) => z.ZodType | undefined;
}

/** Turns zod's issues into problems with positions, expectations and hints. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], context: SchemaContext): Problem[] {
  return issues.flatMap((issue) => issueToProblems(issue, context));
}

function issueToProblems(issue: z.core.$ZodIssue, context: SchemaContext): Problem[] {
  const { file, locate, fields } = context;
  const path = issue.path;
  const field = fieldName(path);
  const value = valueAt(context.data, path);
  const expected = helpFor(fields, path);
  const at = locate(path, 'value');

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = context.allowedFields(path);
      return issue.keys.flatMap((key) => {
        const keyPath = [...path, key];
        const keyAt = locate(keyPath, 'key');
        const suggestion = closest(key, allowed);
        const hints = [suggestion ? `did you mean "${suggestion}"?` : 'remove it, or rename it to one of the expected fields.'];
        const keyValue = valueAt(context.data, keyPath);
        if (suggestion === 'status' && typeof keyValue === 'string' && context.statusKind) {
          const statusHint = derivedStatusHint(context.statusKind, keyValue);
          if (statusHint) hints.push(`Note that ${statusHint}`);
        }
        const unknown = error({
          code: 'unknown-field',
          file,
          ...keyAt,
          message: `unknown field "${key}"${path.length ? ` in ${fieldName(path)}` : ''}`,
          expected: `one of ${allowed.join(', ')}`,
          found: key,
          hint: hints.join(' '),
        });
        return [unknown, ...meantValueProblems(context, keyPath, suggestion, keyValue)];
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        const parent = path.slice(0, -1);
        return [
          error({
            code: 'missing-field',
            file,
            ...locate(parent, parent.length ? 'value' : 'key'),
            message: `missing required field ${field}`,
            expected,
            found: 'nothing',
          }),
        ];
      }
      return [
        error({
          code: 'wrong-type',
          file,
          ...at,
          message: `${field} has the wrong type`,
          expected: expected ?? `a ${issue.expected}`,
          found: describeValue(value),
          hint: typeHint(issue.expected, value, rawValue(context, at), context.allowedFields([...path, 0]).length > 0),
        }),
      ];
    }
    case 'invalid_value': {
      const options = writableValues(context, path, issue.values.map(String));
      const found = typeof value === 'string' ? value : describeValue(value);
      const hint = (typeof value === 'string' && (didYouMean(value, options) ?? statusHint(context, path, value))) || undefined;
      return [
        error({
          code: 'invalid-value',
          file,
          ...at,
          message: `${field} has a value that is not allowed`,
          expected: `one of ${options.join(', ')}`,
          found: JSON.stringify(found),
          hint,
        }),
      ];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom': {
      const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
      const message = isDefaultMessage(issue.message) ? `${field} is out of range` : issue.message;
      return [
        error({
          code: rule ?? (issue.code === 'custom' ? 'invalid-value' : issue.code.replace(/_/g, '-')),
          file,
          ...at,
          message: path.length && !message.includes('`') ? `${field}: ${message}` : message,
          expected: issue.code === 'custom' ? undefined : expected,
          found: value === undefined ? undefined : describeValue(value),
        }),
      ];
    }
    default:
      return [
        error({
          code: 'invalid-value',
          file,
          ...at,
          message: `${field} is not valid`,
          expected,
          found: describeValue(value),
        }),
      ];
  }
}

/**
 * The value of a misspelt field, checked as the field it was meant as, so
 * `stauts: under-reveiw` reports both mistakes in one run instead of the
 * value only after the key is fixed.
 */
function meantValueProblems(
  context: SchemaContext,
  keyPath: readonly PropertyKey[],
  suggestion: string | undefined,
  value: unknown,
): Problem[] {
  if (suggestion === undefined || value === undefined) return [];
  const schema = context.fieldSchema?.([...keyPath.slice(0, -1), suggestion]);
  const result = schema?.safeParse(value);
  if (!result || result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issueToProblems({ ...issue, path: [...keyPath, ...issue.path] } as z.core.$ZodIssue, {
      ...context,
      // Hints about the value speak of the field it was meant as.
      fields:
        context.fields[suggestion] === undefined
          ? context.fields
          : { ...context.fields, [String(keyPath.at(-1))]: context.fields[suggestion] },
    }),
  );
}

/**
 * The values a maintainer may write: the roadmap's `status` accepts `shipped`
 * only to explain that a release ships an item, so it is never offered.
 */
function writableValues(context: SchemaContext, path: readonly PropertyKey[], values: string[]): string[] {
  if (context.statusKind !== 'roadmap' || lastKey(path) !== 'status') return values;
  return values.filter((value) => (ROADMAP_STATUSES as readonly string[]).includes(value));
}

function statusHint(context: SchemaContext, path: readonly PropertyKey[], value: string): string | undefined {
  if (!context.statusKind || lastKey(path) !== 'status') return undefined;
  return derivedStatusHint(context.statusKind, value);
}

function typeHint(expected: string, value: unknown, raw: string | undefined, listOfRecords: boolean): string | undefined {
  // A list of records (intake, areas) cannot be written inline from one value.
  if (expected === 'array' && typeof value === 'string' && listOfRecords)
    return 'write a list: one entry per line, each starting with "- " (see the README)';
  if (expected === 'array' && typeof value === 'string') return `write a list: [${value}]`;
  if (expected === 'number' && typeof value === 'string' && /^\d+$/.test(value)) return 'remove the quotes around the number';
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    // YAML reads 2.10 as the number 2.1: quote what was written, not what was parsed.
    return `put the value in quotes so it stays text: "${raw ?? String(value)}"`;
  return undefined;
}

/** The value as written on its line, without a trailing comment. */
function rawValue(context: SchemaContext, at: { line: number; column: number }): string | undefined {
  const line = context.lineText?.(at.line);
  if (line === undefined) return undefined;
  const raw = line
    .slice(at.column - 1)
    .replace(/\s+#.*$/, '')
    .trim();
  return raw || undefined;
}

/** zod's own messages start with a capital; ours never do. */
function isDefaultMessage(message: string): boolean {
  return /^[A-Z]/.test(message);
}

/** The help of a field, by its name within its parent (`intake.url`) before its name alone (`url`). */
function helpFor(fields: FieldHelp, path: readonly PropertyKey[]): string | undefined {
  const names = path.filter((key): key is string => typeof key === 'string');
  const [parent, name] = names.slice(-2);
  if (names.length >= 2 && fields[`${parent}.${name}`] !== undefined) return fields[`${parent}.${name}`];
  return fields[names.at(-1) ?? ''];
}

function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** `updates[2].status` style, as maintainers read YAML. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'frontmatter';
  let name = '';
  for (const segment of path) {
    name += typeof segment === 'number' ? `[${segment}]` : name ? `.${String(segment)}` : String(segment);
  }
  return `\`${name}\``;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
