/**
 * Dates are calendar days without a time of day, so they are shown exactly as
 * written, in UTC, in the site's language: "12 March 2026" for en.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(isoDay: string, language = 'en'): string {
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
  return formatter.format(new Date(`${isoDay}T00:00:00Z`));
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
