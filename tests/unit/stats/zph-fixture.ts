import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CoxInput } from '../../../src/lib/stats/cox';

// Shared loader of tests/reference/zph.json (tests/reference/r/zph.R: R's cox.zph and plot.cox.zph).
export type Num = number | null;
export interface Row {
  name: string;
  chisq: number;
  df: number;
  p: number;
}
export interface ZphCase {
  name: string;
  ties: 'efron' | 'breslow';
  input: {
    time: Num[];
    event: number[];
    entry: Num[] | null;
    strata: number[] | null;
    names: string[];
    x: Num[][];
    terms: { name: string; columns: number[] }[];
  };
  expected: {
    coef: Num[];
    terms: Row[];
    global: Omit<Row, 'name'>;
    x: number[];
    time: number[];
    y: Num[][];
    var: number[];
    smooth: { x: number[]; fit: number[]; upper: number[]; lower: number[] }[];
  };
}
const url = new URL('../../reference/zph.json', import.meta.url);
export const zphCases = (JSON.parse(readFileSync(url, 'utf8')) as { cases: ZphCase[] }).cases;

const f64 = (a: Num[]) => Float64Array.from(a, (v) => (v === null ? NaN : v));
export function zphInput(c: ZphCase): CoxInput {
  const i = c.input;
  return {
    time: f64(i.time),
    event: Uint8Array.from(i.event),
    x: i.x.map(f64),
    names: i.names,
    ties: c.ties,
    strata: i.strata ? Int32Array.from(i.strata) : undefined,
    entry: i.entry ? f64(i.entry) : undefined,
  };
}
export function close(actual: number, expected: Num, tol = 1e-8): void {
  if (expected === null) return expect(Number.isNaN(actual)).toBe(true);
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-2);
  expect(err, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}
