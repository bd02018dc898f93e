import { maxOf, minOf } from '../stats/min-max';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in superscript digits: superscript(-3) → "⁻³". */
export function superscript(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return n < 0 ? `⁻${digits}` : digits;
}

/** A power of ten as an axis label: 1, 10, then 10², 10³, …; 10⁻¹ below 1. */
export function powerLabel(k: number): string {
  if (k === 0) return '1';
  if (k === 1) return '10';
  return `10${superscript(k)}`;
}

/**
 * The decades a log axis spans: from the power of ten at or below the smallest positive value to
 * the one at or above the largest, at least one decade. [0, 1] (1 to 10) when nothing is positive.
 * @example logDecades([350, 44100]) // [2, 5]
 */
export function logDecades(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [0, 1];
  const lo = Math.floor(Math.log10(minOf(positive)) + 1e-12);
  let hi = Math.ceil(Math.log10(maxOf(positive)) - 1e-12);
  if (hi <= lo) hi = lo + 1;
  return [lo, hi];
}

/**
 * Ticks of a log axis at powers of ten (10^k), every decade, or every second or third one when
 * more than `maxTicks` would be drawn.
 * @example logTicks([2, 5]).map((t) => t.label) // ['10²', '10³', '10⁴', '10⁵']
 */
export function logTicks(
  decades: [number, number],
  maxTicks = 8,
): { value: number; label: string }[] {
  const [lo, hi] = decades;
  const every = Math.ceil((hi - lo + 1) / maxTicks);
  const ticks: { value: number; label: string }[] = [];
  for (let k = lo; k <= hi; k++) {
    if ((k - lo) % every === 0) ticks.push({ value: 10 ** k, label: powerLabel(k) });
  }
  return ticks;
}
