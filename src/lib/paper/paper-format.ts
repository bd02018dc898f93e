import { NOT_REACHED, pPhrase } from '../layout/format';

/**
 * Numbers of the loaded data written the way the paper prints them: n/N (x%), median (CI),
 * HR (CI), p, r. Every function gives "—" for a value the data cannot give.
 */

const known = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/** Up to `digits` decimals, without trailing zeros: 56 → "56", 16.25 → "16.3". */
export function plain(v: number | null | undefined, digits = 1): string {
  if (!known(v)) return '—';
  return String(Number(v.toFixed(digits)));
}

/** A count with its denominator and percentage: nOfN(28, 56) → "28/56 (50.0%)". */
export function nOfN(n: number, N: number): string {
  return N > 0 ? `${n}/${N} (${((100 * n) / N).toFixed(1)}%)` : `${n}/0`;
}

/** Months with one decimal, or "not reached". */
export function months(v: number | null): string {
  return known(v) ? v.toFixed(1) : NOT_REACHED;
}

/** A median in months with its CI: "29.8 mo (95% CI 24.1–39.8)", "not reached (95% CI 37.7–not reached)". */
export function medianCI(
  median: number | null,
  lower: number | null,
  upper: number | null,
): string {
  return `${months(median)}${known(median) ? ' mo' : ''} (95% CI ${months(lower)}–${months(upper)})`;
}

/**
 * A median with its IQR or range, and a unit: "56 (IQR 51–61)", "9.0 mo (range 0.0–66.0)".
 * With `fixed`, every number has exactly that many decimals; else trailing zeros are dropped.
 */
export function medianSpread(
  median: number | null,
  low: number | null,
  high: number | null,
  spread: 'IQR' | 'range',
  options: { unit?: string; fixed?: number } = {},
): string {
  const f = (v: number | null) =>
    options.fixed === undefined || !known(v) ? plain(v) : v.toFixed(options.fixed);
  const unit = options.unit ? ` ${options.unit}` : '';
  return `${f(median)}${unit} (${spread} ${f(low)}–${f(high)})`;
}

/** A hazard ratio as the paper prints it: "HR 2.422 (95% CI 1.120–5.237), p = 0.024". */
export function hazardRatio(
  hr: number | null,
  lower: number | null,
  upper: number | null,
  p: number | null,
  reason?: string,
): string {
  if (!known(hr)) return `no hazard ratio${reason ? ` (${reason})` : ''}`;
  const ci =
    known(lower) && known(upper) ? ` (95% CI ${lower.toFixed(3)}–${upper.toFixed(3)})` : '';
  return `HR ${hr.toFixed(3)}${ci}, ${pPhrase(p)}`;
}

/** A probability as a percentage with one decimal: 0.695 → "69.5%". */
export function percent(v: number | null): string {
  return known(v) ? `${(100 * v).toFixed(1)}%` : '—';
}

/** A correlation as the paper prints it: "r = 0.659, p < 0.001". */
export function correlation(rho: number | null, p: number | null): string {
  return `r = ${known(rho) ? rho.toFixed(3) : '—'}, ${pPhrase(p)}`;
}

export { pPhrase };
