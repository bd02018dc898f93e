/** Placeholder shown for a missing value. */
export const MISSING = '—';
/** The field's phrase for a Kaplan–Meier median (or limit) that the curve never reaches. */
export const NOT_REACHED = 'not reached';

const known = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/** Months with one decimal: formatMonths(12.34) → "12.3"; null → "—". */
export function formatMonths(months: number | null | undefined, digits = 1): string {
  return known(months) ? months.toFixed(digits) : MISSING;
}

/**
 * A Kaplan–Meier median in months, with its confidence interval when given; a null median or
 * limit is "not reached": formatMedian(12.3, 8.1, null) → "12.3 (8.1–not reached)".
 */
export function formatMedian(
  median: number | null,
  lower?: number | null,
  upper?: number | null,
): string {
  const m = (v: number | null | undefined) => (known(v) ? v.toFixed(1) : NOT_REACHED);
  if (lower === undefined && upper === undefined) return m(median);
  return `${m(median)} (${m(lower)}–${m(upper)})`;
}

/** A p-value with three decimals, "<0.001" below that: 0.0172 → "0.017"; null → "—". */
export function formatP(p: number | null | undefined): string {
  if (!known(p)) return MISSING;
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

/** A p-value as a phrase: "p = 0.017", or "p < 0.001" below that; null → "p = —". */
export function pPhrase(p: number | null | undefined): string {
  const text = formatP(p);
  return text.startsWith('<') ? `p < ${text.slice(1)}` : `p = ${text}`;
}

/** A proportion as a percentage: formatPercent(0.5) → "50%", formatPercent(0.701, 1) → "70.1%". */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  return known(value) ? `${(100 * value).toFixed(digits)}%` : MISSING;
}

/** A survival estimate with its interval: formatPercentCI(0.701, 0.6, 0.8) → "70.1% (60.0–80.0)". */
export function formatPercentCI(
  value: number | null | undefined,
  lower: number | null | undefined,
  upper: number | null | undefined,
): string {
  if (!known(value)) return MISSING;
  const head = formatPercent(value, 1);
  if (!known(lower) || !known(upper)) return head;
  return `${head} (${(100 * lower).toFixed(1)}–${(100 * upper).toFixed(1)})`;
}

/**
 * A ratio for a forest plot or table: two decimals in the usual range, fewer digits for very
 * large ratios and significant digits for tiny ones (near-infinite coefficients give such limits).
 */
export function formatRatio(value: number | null | undefined): string {
  if (!known(value)) return MISSING;
  if (value >= 1e4 || (value > 0 && value < 1e-4)) return value.toExponential(1);
  if (value >= 100) return value.toFixed(0);
  if (value > 0 && value < 0.01) return value.toPrecision(2);
  return value.toFixed(2);
}

/** A hazard ratio with its interval: formatHR(2.75, 1.2, 6.31) → "2.75 (1.20–6.31)". */
export function formatHR(
  hr: number | null | undefined,
  lower?: number | null,
  upper?: number | null,
): string {
  if (!known(hr)) return MISSING;
  if (!known(lower) || !known(upper)) return formatRatio(hr);
  return `${formatRatio(hr)} (${formatRatio(lower)}–${formatRatio(upper)})`;
}
