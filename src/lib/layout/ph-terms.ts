import type { ForestResult, PhPlot } from '../engine/types';
import { pPhrase } from './format';

/** The words the UI uses for cox.zph, in one place. */
export const PH_TITLE =
  'proportional-hazards test, cox.zph, scaled Schoenfeld residuals, KM transform';
export const PH_WARNING = 'hazards may not be proportional: the HR is an average over time';

export interface PhTermLine {
  factor: string;
  /** The covariate's label (a factor's, not one level's). */
  label: string;
  text: string;
  chisq: number;
  df: number;
  p: number;
  warn: boolean;
  events: number;
  n: number;
  plot: PhPlot | null;
}

/**
 * One line per model term with a proportional-hazards test (a factor's level rows share one), in
 * row order: "PH p = 0.41 (χ² 0.68 on 1 df)", flagged when p < 0.05.
 * @example phTerms(result)[0].text // 'PH p = 0.410 (χ² 0.68 on 1 df)'
 */
export function phTerms(result: ForestResult): PhTermLine[] {
  const out: PhTermLine[] = [];
  for (const r of result.rows) {
    if (!r.ph || out.some((t) => t.factor === r.factor)) continue;
    const level = r.unit === 'vs the first level';
    out.push({
      factor: r.factor,
      label: level ? r.label.slice(0, Math.max(0, r.label.indexOf(': '))) || r.label : r.label,
      text: `PH ${pPhrase(r.ph.p)} (χ² ${r.ph.chisq.toFixed(2)} on ${r.ph.df} df)`,
      chisq: r.ph.chisq,
      df: r.ph.df,
      p: r.ph.p,
      warn: r.ph.p < 0.05,
      events: r.events,
      n: r.n,
      plot: r.phPlot,
    });
  }
  return out;
}
