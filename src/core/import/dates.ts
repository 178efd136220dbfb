/** A day from ISO dates and times, or the US month/day/year that spreadsheets write. */
export function parseDay(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[ ,])/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [NaN, NaN, NaN];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  // A full timestamp in another time zone is converted to its UTC day, as GitHub's are.
  if (iso && /T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString().slice(0, 10);
  return date.toISOString().slice(0, 10);
}
