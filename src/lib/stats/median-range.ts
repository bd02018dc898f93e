/** The median and range of the values present. */
export interface MedianRange {
  /** Values used (NaN = missing is left out). */
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Median and range of a column, missing values (NaN) left out: R's median(x, na.rm = TRUE) (the
 * mean of the two middle values for an even count) and range(x, na.rm = TRUE); nulls when no value
 * is present. The plain description of times that every patient counted has reached (time to first
 * response among responders), not a Kaplan–Meier median.
 * @example medianRange(Float64Array.of(0.5, NaN, 0.9, 2)) // { n: 3, median: 0.9, min: 0.5, max: 2 }
 */
export function medianRange(values: Float64Array): MedianRange {
  const v = values.filter((x) => !Number.isNaN(x)).sort();
  const n = v.length;
  if (n === 0) return { n, median: null, min: null, max: null };
  const mid = n >> 1;
  const median = n % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { n, median, min: v[0], max: v[n - 1] };
}
