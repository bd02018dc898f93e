import { expect } from 'vitest';

/** Relative tolerance of every R comparison in the km*, log-rank* and cli* tests. */
export const REL_TOL = 1e-6;

/**
 * Expect `actual` to equal R's `expected` within REL_TOL relative (absolute 1e-12 when R
 * gives exactly 0); null (R's NA/NaN/Inf) must match null exactly.
 */
export function expectClose(actual: number | null, expected: number | null, label = ''): void {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  const tol = Math.max(REL_TOL * Math.abs(expected), 1e-12);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

/** expectClose element-wise, same length required. */
export function expectAllClose(
  actual: readonly (number | null)[],
  expected: readonly (number | null)[],
  label = '',
): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  actual.forEach((a, i) => expectClose(a, expected[i], `${label}[${i}]`));
}

/** A typed column from a fixture array; null (R's NA) becomes NaN, i.e. missing. */
export function column(values: readonly (number | null)[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

/** A copy of a typed array's values, to show that a call left its input unchanged (typed arrays cannot be frozen). */
export function snapshot(a: Float64Array | Uint8Array | Int32Array): number[] {
  return Array.from(a);
}
