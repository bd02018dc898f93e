import { expect } from 'vitest';

/** The shapes of tests/reference/rmst.json (tests/reference/r/rmst.R). */
export interface RmstGroupR {
  level: string;
  n: number;
  last_time: number;
  rmst: number;
  se: number;
  lower: number;
  upper: number;
}
export interface RmstContrastR {
  level: string;
  diff: number;
  diff_se: number;
  diff_lower: number;
  diff_upper: number;
  diff_p: number;
  ratio: number;
  ratio_log_se: number;
  ratio_lower: number;
  ratio_upper: number;
  ratio_p: number;
}
export interface RmstCaseR {
  label: string;
  tau: number;
  tau_default: boolean;
  groups: RmstGroupR[];
  contrasts: RmstContrastR[];
  data: string;
  column?: string;
  endpoint?: string;
  stratifier?: string;
}

/** Tolerance of every RMST comparison with R: 1e-9 relative. */
export const RMST_TOL = 1e-9;
export function close(actual: number | null, expected: number, label: string): void {
  expect(actual, label).not.toBeNull();
  const tol = Math.max(RMST_TOL * Math.abs(expected), 1e-300);
  expect(
    Math.abs((actual as number) - expected),
    `${label}: ${actual} vs R ${expected}`,
  ).toBeLessThanOrEqual(tol);
}
