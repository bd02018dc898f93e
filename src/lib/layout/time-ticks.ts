export interface TimeTickOptions {
  unit: 'months';
  /** Most ticks wanted, including the one at 0 (default 7). */
  maxTicks?: number;
}

// Clinically readable month intervals: quarters, half-years, years and multiples of years.
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/**
 * Tick values for a time axis in months: multiples of 1, 2, 3, 6, 12, 24, … months, starting at 0,
 * with the last tick ≥ maxTime. Picks the smallest step giving at most `maxTicks` ticks, so
 * 0–72 is labelled every 12 months, 0–24 every 6 and 0–8 every 2 (survminer's `break.time.by`).
 *
 * @example
 * timeTicks(70, { unit: 'months' }); // [0, 12, 24, 36, 48, 60, 72]
 */
export function timeTicks(
  maxTime: number,
  options: TimeTickOptions = { unit: 'months' },
): number[] {
  const maxTicks = Math.max(2, options.maxTicks ?? 7);
  const max = Number.isFinite(maxTime) && maxTime > 0 ? maxTime : 0;
  if (max === 0) return [0, 1];
  const intervals = (s: number) => Math.ceil(max / s - 1e-9);
  let step = MONTH_STEPS.find((s) => intervals(s) + 1 <= maxTicks);
  if (step === undefined) {
    // Beyond 10-year steps: whole decades.
    step = 120 * Math.ceil(max / 120 / (maxTicks - 1));
  }
  const n = Math.max(1, intervals(step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}
