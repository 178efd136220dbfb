/**
 * Calendar days (`YYYY-MM-DD`, as content writes them) as whole numbers, in
 * UTC: the number of days between two dates never depends on the machine's
 * time zone or on daylight saving, and lead times, ages and staleness all
 * count the same way.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from one calendar day to another: 1 from 2026-01-31 to 2026-02-01, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar quarter of a day: `2026-Q3` for 2026-08-14. */
export function quarterOf(isoDay: string): string {
  return `${isoDay.slice(0, 4)}-Q${Math.floor((Number(isoDay.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The month of a day: `2026-08` for 2026-08-14. */
export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7);
}

/** Every quarter from one to another, both included: `2025-Q4`, `2026-Q1`, … */
export function quartersFrom(first: string, last: string): string[] {
  const quarters: string[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = Number(first.slice(6));
  const end = Number(last.slice(0, 4)) * 4 + Number(last.slice(6));
  while (year * 4 + quarter <= end) {
    quarters.push(`${year}-Q${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

/** Every month from one to another, both included: `2025-11`, `2025-12`, `2026-01`, … */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
