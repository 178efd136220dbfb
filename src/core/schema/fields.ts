import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/**
 * Shared field schemas. They accept what both readers produce: Roadlog's own
 * loader keeps dates as strings, Astro's glob loader turns them into Date
 * objects first, so a Date is normalised back to its calendar day.
 */

export const entryId = z.string().regex(ID_PATTERN, { error: 'expected an id: lowercase letters, digits and single hyphens' });

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * A refinement for one-line text (titles, names, versions): a control character written with a YAML
 * escape ("\0", "\x07", "\e") would reach the HTML, the feeds and terminals as it stands.
 */
const NO_CONTROL_CHARACTERS = [
  (value: string) => !CONTROL_CHARACTER.test(value),
  {
    error: 'a one-line field cannot hold control characters such as "\\0", "\\x07" or a line break',
    params: { rule: 'control-character' },
  },
] as const;

/** One line of text of at most `max` characters, without control characters. */
export function oneLine(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(...NO_CONTROL_CHARACTERS);
}

export const title = z
  .string()
  .trim()
  .min(1, { error: 'a title cannot be empty' })
  .max(140, { error: 'a title has at most 140 characters' })
  .refine(...NO_CONTROL_CHARACTERS);

/** The first year a date field takes. */
export const MIN_YEAR = 1000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso
    .date({
      error: (issue) =>
        typeof issue.input === 'string' && DATE_PATTERN.test(issue.input)
          ? 'this day does not exist in the calendar'
          : 'expected a date written as YYYY-MM-DD',
    })
    // JavaScript reads years 0-99 as 1900-1999 in places: 0026-05-01 would be shown as 1926.
    .refine((value) => !DATE_PATTERN.test(value) || Number(value.slice(0, 4)) >= MIN_YEAR, {
      error: `expected a year from ${MIN_YEAR} on, written with four digits`,
      params: { rule: 'invalid-year' },
    }),
);

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected a full http:// or https:// address',
});

export const areaList = z.array(entryId).default([]);

export const idList = z.array(entryId).default([]);

/** Who may see an entry: `internal` keeps it out of everything published, while validation still checks it. */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const visibility = z.enum(VISIBILITIES).default('public');

/**
 * Lets a cross-field rule run even when unrelated fields are wrong, so that a
 * maintainer sees every problem of a file at once.
 */
export function fieldsAreValid(issues: readonly { path?: readonly PropertyKey[]; code?: string }[], fields: readonly string[]): boolean {
  return issues.every((issue) => {
    const field = issue.path?.[0];
    // Unknown keys are reported on the whole object; a wrong type there (a list where fields belong) leaves nothing valid.
    if (field === undefined) return issue.code !== 'invalid_type';
    return !fields.includes(String(field));
  });
}
