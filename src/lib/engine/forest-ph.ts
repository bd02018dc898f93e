import { coxTermGroups } from '../frame/cox-term-groups';
import type { CoxInputs } from '../frame/cox-inputs';
import type { CoxFit } from '../stats/cox';
import { coxZph } from '../stats/cox-zph';
import { coxZphSmooth } from '../stats/cox-zph-smooth';

/** cox.zph's test of one term (or GLOBAL): chi-square, its df and p. */
export interface PhTest {
  chisq: number;
  df: number;
  p: number;
}

/** What plot.cox.zph draws for one term: scaled Schoenfeld residuals over time, smooth, band. */
export interface PhPlot {
  /** The term as R names it (a factor's name for all its levels). */
  term: string;
  /** Transformed time (1 − KM(t−)) and the time itself, of each event. */
  x: number[];
  time: number[];
  /** Scaled Schoenfeld residual + coefficient (beta(t) estimate) at each event; null = no information (R's NA). */
  y: (number | null)[];
  /** The fitted (constant) coefficient: the horizontal line; 1 for a factor (its linear predictor). */
  coef: number;
  /** A factor with several levels: y is its linear predictor's beta(t), coef is 1. */
  linearPredictor: boolean;
  /** Natural-spline smooth (df 4) with ± 2 SE band; null when too few events to fit it. */
  smooth: { x: number[]; fit: number[]; upper: number[]; lower: number[] } | null;
}

export interface ForestPh {
  /** Per covariate (CoxInputs.terms[].column): its test and its residual plot. */
  byColumn: Map<string, { test: PhTest; plot: PhPlot }>;
  global: PhTest | null;
}

/**
 * The proportional-hazards test of a fitted forest model, as R's cox.zph(fit) (transform =
 * "km", terms = TRUE), keyed by covariate so each forest row finds its term's test; empty when
 * the model has no event or nothing estimable.
 * @example forestPh(inputs, fit, 'efron').byColumn.get('age_years')?.test.p
 */
export function forestPh(inputs: CoxInputs, fit: CoxFit, ties: 'efron' | 'breslow'): ForestPh {
  const byColumn = new Map<string, { test: PhTest; plot: PhPlot }>();
  if (fit.events < 2 || fit.terms.every((t) => t.coef === null)) return { byColumn, global: null };
  let zph: ReturnType<typeof coxZph>;
  const groups = coxTermGroups(inputs.terms);
  try {
    zph = coxZph({ ...inputs, ties }, fit, groups);
  } catch {
    return { byColumn, global: null }; // never costs the forest its hazard ratios
  }
  const ok = (t: PhTest) => Number.isFinite(t.chisq) && Number.isFinite(t.p);
  zph.terms.forEach((t, i) => {
    if (!ok(t)) return;
    const s = coxZphSmooth(zph, i);
    byColumn.set(t.name, {
      test: { chisq: t.chisq, df: t.df, p: t.p },
      plot: {
        term: t.name,
        x: Array.from(zph.x),
        time: Array.from(zph.time),
        y: Array.from(zph.y[i], (v) => (Number.isNaN(v) ? null : v)),
        coef: zph.coef[i],
        linearPredictor:
          groups.find((g) => g.name === t.name)!.columns.filter((k) => fit.terms[k].coef !== null)
            .length > 1,
        smooth: s && {
          x: Array.from(s.x),
          fit: Array.from(s.fit),
          upper: Array.from(s.upper),
          lower: Array.from(s.lower),
        },
      },
    });
  });
  return { byColumn, global: ok(zph.global) ? { ...zph.global } : null };
}
