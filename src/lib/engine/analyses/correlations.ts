import type { AnalysisFrame } from '../../frame/analysis-frame';
import { correlationInputs } from '../../frame/correlation-inputs';
import { spearman } from '../../stats/spearman';
import type { CorrelationPair, CorrelationsResult } from '../types';

export const CORRELATION_METHOD =
  'Spearman\'s rank correlation ρ with its asymptotic p (cor.test, method = "spearman", exact = FALSE), on the patients with both values (pairwise complete)';

export const CENSORING_CAVEAT =
  'CAR-T persistence, duration of MRD negativity, PFS and OS are censored: for a patient still followed, the value is the end of follow-up, not the event time, and persistence cannot outlast the follow-up that also bounds PFS and OS. A rank correlation treats those values as exact, so on these measures it is descriptive at best and inflated by shared follow-up (the paper’s Fig. 6D–F does this).';

/**
 * The correlation matrix of the kinetic and outcome measures: Spearman's ρ, p and n for every
 * pair (pairwise complete), each measure's values for the scatter plot of a pair, and which of
 * them are censored.
 * @example correlationsAnalysis(frame).pairs.find((p) => p.x === 'car_persist_months' && p.y === 'pfs_months')?.rho
 */
export function correlationsAnalysis(frame: AnalysisFrame): CorrelationsResult {
  const inputs = correlationInputs(frame);
  const pairs: CorrelationPair[] = [];
  for (let a = 0; a < inputs.length; a++) {
    for (let b = a + 1; b < inputs.length; b++) {
      const x = inputs[a];
      const y = inputs[b];
      const s = spearman(x.values, y.values);
      let nCensored = 0;
      for (let i = 0; i < frame.n; i++) {
        if (Number.isNaN(x.values[i]) || Number.isNaN(y.values[i])) continue;
        if (x.censored?.[i] || y.censored?.[i]) nCensored++;
      }
      pairs.push({ x: x.column, y: y.column, rho: s.rho, p: s.p, n: s.n, nCensored });
    }
  }
  return {
    nTotal: frame.n,
    variables: inputs.map((v) => {
      const values = Array.from(v.values, (t) => (Number.isNaN(t) ? null : t));
      const censored = Array.from(v.values, (_, i) => v.censored?.[i] === 1);
      return {
        column: v.column,
        label: v.label,
        short: v.short,
        unit: v.unit,
        censorable: v.censored !== null,
        n: values.filter((t) => t !== null).length,
        nCensored: censored.filter(Boolean).length,
        values,
        censored,
      };
    }),
    pairs,
    method: CORRELATION_METHOD,
    caveat: CENSORING_CAVEAT,
  };
}
