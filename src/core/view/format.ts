/**
 * Dates are calendar days without a time of day, so they are shown exactly as
 * written, in UTC, in the site's language: "12 March 2026" for en.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
// A site has a few thousand distinct days and shows each on many pages: formatting one costs far more
// than looking it up (BENCHMARKS.md).
const formattedDays = new Map<string, string>();

export function formatDate(isoDay: string, language = 'en'): string {
  const key = `${language} ${isoDay}`;
  let formatted = formattedDays.get(key);
  if (formatted === undefined) {
    formatted = dayFormatter(language).format(new Date(`${isoDay}T00:00:00Z`));
    formattedDays.set(key, formatted);
  }
  return formatted;
}

function dayFormatter(language: string): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

// `toLocaleString` builds a number format on every call.
const countFormat = new Intl.NumberFormat('en-US');

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${countFormat.format(count)} ${count === 1 ? singular : plural}`;
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar month (`2026-08`) in the site's language: `August 2026`, or `Aug 2026` when short. */
export function formatMonth(isoMonth: string, language = 'en', style: 'long' | 'short' = 'long'): string {
  const key = `${language} ${style}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { timeZone: 'UTC', month: style, year: 'numeric' });
    monthFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${isoMonth}-01T00:00:00Z`));
}
