/**
 * Writes frontmatter values the way a maintainer would: plain where that is
 * unambiguous, double-quoted otherwise. Double-quoted strings are JSON
 * strings, which every YAML parser reads back unchanged.
 */
/** `{ date }` is a calendar day, written plain as YAML readers expect dates. */
export type FieldValue = string | number | boolean | readonly string[] | { date: string } | undefined;

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'()!?&+/-]*$/u;
/** Words that YAML 1.1 parsers (still common) read as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

const URL = /^https?:\/\/\S+$/;

export function yamlString(value: string): string {
  if (URL.test(value) && !value.endsWith(':')) return value;
  const plain = PLAIN.test(value) && !/\s$/.test(value) && !/^[\d.+-]/.test(value) && !RESERVED.test(value);
  return plain ? value : JSON.stringify(value);
}

export function yamlValue(value: Exclude<FieldValue, undefined>): string {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('date' in value) return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? value.date : JSON.stringify(value.date);
  return `[${value.map(yamlString).join(', ')}]`;
}

/**
 * A Markdown file: frontmatter fields in the given order (undefined values
 * and empty lists are left out), then the body.
 */
export function renderEntryFile(fields: readonly (readonly [string, FieldValue])[], body: string): string {
  const lines = ['---'];
  for (const [name, value] of fields) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    lines.push(`${name}: ${yamlValue(value as Exclude<FieldValue, undefined>)}`);
  }
  lines.push('---');
  const text = body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return `${lines.join('\n')}\n${text ? `${text}\n` : ''}`;
}
