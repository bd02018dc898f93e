const NICE = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 10, 20, 50, 100];
const DECADES = [0.01, 0.1, 1, 10, 100];
const MAX_TICKS = 7;
const known = (v: number | null | undefined): v is number =>
  v != null && Number.isFinite(v) && v > 0;

/**
 * Axis range of a forest plot: the nice values just outside all known hazard ratios and limits,
 * at least 0.5–2 and at most 0.01–100 (wider intervals are clipped with arrows).
 */
export function forestDomain(
  rows: readonly { hr: number | null; lower: number | null; upper: number | null }[],
): [number, number] {
  const values = rows.flatMap((r) => [r.hr, r.lower, r.upper]).filter(known);
  // At least 0.5–2, so HR = 1 never sits on the edge.
  const lo = Math.max(NICE[0], Math.min(0.5, ...values));
  const hi = Math.min(NICE[NICE.length - 1], Math.max(2, ...values));
  const d0 = [...NICE].reverse().find((v) => v <= lo * (1 + 1e-9)) ?? NICE[0];
  const d1 = NICE.find((v) => v >= hi * (1 - 1e-9)) ?? NICE[NICE.length - 1];
  return [d0, d1];
}

/** Tick values within the domain; only decades and the ends when more than 7 would crowd. */
export function forestTicks([d0, d1]: [number, number]): number[] {
  const all = NICE.filter((v) => v >= d0 && v <= d1);
  if (all.length <= MAX_TICKS) return all;
  return all.filter((v) => v === d0 || v === d1 || DECADES.includes(v));
}
