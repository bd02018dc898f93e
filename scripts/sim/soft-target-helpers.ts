import type { AnalysisFrame } from './analysis-frame';
import { coxUnivariable as cox, kmAt, kmMedian, logRankP, logRankPAmong } from './naive-analyses';

/** Building blocks of the soft targets: the paper's naive groupings and estimates. */

/** Indicator column x ≥ cut (NaN stays NaN): the paper-naive split of a post-baseline variable. */
export const ge = (x: Float64Array, cut: number): Float64Array =>
  Float64Array.from(x, (v) => (Number.isNaN(v) ? NaN : v >= cut ? 1 : 0));
export const pfsMed =
  (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) =>
    kmMedian(f.pfs, f.pfsEvent, g(f), level);
export const osMed = (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) =>
  kmMedian(f.os, f.osEvent, g(f), level);
export const pers6 = (f: AnalysisFrame) => ge(f.persist, 6);
export const mrdGe = (x: number) => (f: AnalysisFrame) => ge(f.mrdDuration, x);
/** "Sustained MRD negativity" at 2 years (%), KM of negativity duration among the ever-negative. */
export const sustained2y =
  (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) => {
    const grp = g(f);
    const among = Float64Array.from(f.everNeg, (e, i) => (e === 1 && grp[i] === level ? 1 : 0));
    return 100 * kmAt(f.mrdDuration, f.mrdLost, 24, among, 1);
  };
export const sustainedP = (g: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
  logRankPAmong(f.mrdDuration, f.mrdLost, g(f), f.everNeg);
export const inCr2y = (time: 'pfs' | 'os' | 'dor') => (f: AnalysisFrame) => {
  const ev = time === 'pfs' ? f.pfsEvent : time === 'os' ? f.osEvent : f.dorEvent;
  return 100 * kmAt(f[time], ev, 24, f.cr, 1);
};
export const crP = (time: 'pfs' | 'os' | 'dor') => (f: AnalysisFrame) =>
  logRankP(f[time], time === 'pfs' ? f.pfsEvent : time === 'os' ? f.osEvent : f.dorEvent, f.cr);
export const coxOn =
  (end: 'pfs' | 'os', x: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
    cox(f[end], end === 'pfs' ? f.pfsEvent : f.osEvent, x(f));
export const coxP =
  (end: 'pfs' | 'os', x: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
    coxOn(end, x)(f).p;
/**
 * The annealing's three MRD groups for S15 (died while negative counted with sustained negative).
 * The report evaluates S15 on the 3 printed groups instead, through the explorer (app-targets.ts).
 */
export const mrd3 = (f: AnalysisFrame) =>
  Float64Array.from(f.mrdGroup, (g) => (g === 1 ? 0 : g === 2 ? 1 : g === 3 ? 2 : NaN));
