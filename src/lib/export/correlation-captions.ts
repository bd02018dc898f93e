import type { CorrelationPair, CorrelationsResult } from '../engine/types';
import { pPhrase } from '../layout/format';

/**
 * The method caption of the exported correlation matrix: the method, n, the censoring caveat and
 * the dataset (a simulated cohort says so).
 * @example matrixCaption(result, 'Simulated cohort').at(-1) // 'Dataset: Simulated cohort.'
 */
export function matrixCaption(result: CorrelationsResult, dataset: string): string[] {
  return [
    `${result.method}; n per cell = patients with both values, of ${result.nTotal}.`,
    result.caveat,
    `Dataset: ${dataset}.`,
  ];
}

/** The method caption of an exported scatter plot: the pair's ρ, p and n, the caveat, the dataset. */
export function scatterCaption(
  result: CorrelationsResult,
  pair: CorrelationPair,
  dataset: string,
): string[] {
  const censored = pair.nCensored > 0;
  return [
    `Spearman ρ = ${pair.rho?.toFixed(2) ?? '—'}, ${pPhrase(pair.p)}, n used ${pair.n} of ${result.nTotal} (cor.test, method = "spearman", exact = FALSE).`,
    ...(censored
      ? [
          `${pair.nCensored} of the ${pair.n} patients have a censored value (hollow points). ${result.caveat}`,
        ]
      : []),
    `Dataset: ${dataset}.`,
  ];
}
