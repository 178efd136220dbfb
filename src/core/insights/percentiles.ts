/** Median, 75th and 90th percentile and count of a list of whole days; null where there is nothing to measure. */
export interface DaySummary {
  median: number | null;
  p75: number | null;
  p90: number | null;
  count: number;
}

/**
 * A percentile of whole numbers sorted in ascending order, by linear
 * interpolation between the two nearest ranks: the default of NumPy, R
 * (type 7), Excel's PERCENTILE.INC and Google Sheets' PERCENTILE, so a reader
 * can check every figure with the tool at hand. Its 50th percentile is the
 * usual median: the middle value of an odd count, the mean of the two middle
 * values of an even one. Rounded to one decimal place; integer arithmetic
 * throughout, so no floating-point noise reaches the published figure.
 */
export function percentile(sorted: ArrayLike<number>, percent: number): number | null {
  const count = sorted.length;
  if (count === 0) return null;
  const scaled = (count - 1) * percent;
  const rank = Math.floor(scaled / 100);
  const remainder = scaled % 100;
  const low = sorted[rank]!;
  const high = remainder === 0 ? low : sorted[rank + 1]!;
  // (100 * low + (high - low) * remainder) / 100 is the exact value; count tenths of it, rounding half up.
  return Math.round((100 * low + (high - low) * remainder) / 10) / 10;
}

export function summarizeDays(sorted: ArrayLike<number>): DaySummary {
  return {
    median: percentile(sorted, 50),
    p75: percentile(sorted, 75),
    p90: percentile(sorted, 90),
    count: sorted.length,
  };
}
