import { formatPercent, MISSING } from './format';

/** What a Table 1 cell needs to be written (a structural subset of the engine's Table1Cell). */
export interface Table1CellInput {
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  counts: readonly number[];
}

/**
 * A count with its denominator and percentage, never a bare percentage: countText(28, 56) →
 * "28/56 (50.0%)"; without a denominator "0/0 (—)".
 */
export function countText(count: number, of: number): string {
  return `${count}/${of} (${of > 0 ? formatPercent(count / of, 1) : MISSING})`;
}

/**
 * A summary number of Table 1: whole numbers as they are, one decimal otherwise (two
 * significant digits below 1), none from 100 on: formatStat(16.3) → "16.3", formatStat(51.75) → "51.8".
 */
export function formatStat(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return MISSING;
  if (Number.isInteger(v) || Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) < 1) return v.toPrecision(2);
  return v.toFixed(1);
}

/** Median and interquartile range: medianIqrText(cell) → "56 [51–61]"; no values → "—". */
export function medianIqrText(cell: Table1CellInput): string {
  if (cell.n === 0 || cell.median === null) return MISSING;
  return `${formatStat(cell.median)} [${formatStat(cell.q1)}–${formatStat(cell.q3)}]`;
}

/**
 * The text of one Table 1 cell: median [IQR] for a numeric row (level null), else n/N (%) of the
 * value at `level` with N = the cell's patients with a value (the non-missing).
 * @example table1CellText({ n: 55, median: null, q1: null, q3: null, counts: [44, 11] }, 1) // '11/55 (20.0%)'
 */
export function table1CellText(cell: Table1CellInput, level: number | null): string {
  return level === null ? medianIqrText(cell) : countText(cell.counts[level] ?? 0, cell.n);
}
