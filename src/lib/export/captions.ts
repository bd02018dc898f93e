import type { ForestResult, HazardRatios, SurvivalResult } from '../engine/types';
import { pPhrase } from '../layout/format';
import { NO_SMALL_CELLS, type SmallCells } from '../layout/small-cells';

/**
 * The method caption of an exported survival figure: n used / N, the log-rank test, what the
 * hazard ratios compare, the methods, and the dataset (a simulated cohort says so).
 * @example survivalCaption(result, hazards, 'Simulated cohort')[0] // 'n used 56 of 56.'
 */
export function survivalCaption(
  result: SurvivalResult,
  hazards: HazardRatios | null,
  dataset: string,
): string[] {
  const lines = [`n used ${result.nUsed} of ${result.nTotal}.`];
  if (result.logRank) {
    lines[0] += ` Log-rank test: χ² = ${result.logRank.chisq.toFixed(2)}, df = ${result.logRank.df}, ${pPhrase(result.logRank.p)}.`;
    lines[0] += ` Hazard ratios vs ${result.groups[0]?.label}.`;
  }
  const methods = [
    ...result.methods,
    ...(hazards && result.groups.length > 1 ? [hazards.method] : []),
  ];
  lines.push(`Methods: ${methods.join('; ')}.`);
  lines.push(`Dataset: ${dataset}.`);
  return lines;
}

/**
 * The caption drawn under an exported survival figure: `survivalCaption`, and the small-cells
 * rule when counts are suppressed (a sized export reserves its height, figure-size.ts).
 * @example survivalFigureCaption(result, hazards, 'Simulated cohort').at(-1) // 'Dataset: Simulated cohort.'
 */
export function survivalFigureCaption(
  result: SurvivalResult,
  hazards: HazardRatios | null,
  dataset: string,
  cells: SmallCells = NO_SMALL_CELLS,
): string[] {
  return [
    ...survivalCaption(result, hazards, dataset),
    ...(cells.suppress && cells.minCell > 1
      ? [`Counts from 1 to ${cells.minCell - 1} are shown as <${cells.minCell} (small cells).`]
      : []),
  ];
}

/** The method caption of an exported forest plot: model, ties, n, events, EPV and the dataset. */
export function forestCaption(result: ForestResult, dataset: string): string[] {
  const m = result.model;
  const head =
    result.mode === 'univariable'
      ? `Each row is its own Cox model (${result.ties} ties, Wald p); events/n per row of ${result.nTotal}.`
      : `Cox proportional hazards (${result.ties} ties), n used ${m?.n} of ${result.nTotal}, ${m?.events} events, events per variable ${m?.epv?.toFixed(1) ?? '—'}; likelihood-ratio test ${pPhrase(m?.lrTest.p)}.`;
  const lines = [head];
  if (result.asPublished) {
    lines.push(
      'Threshold factors as published: patients followed less than the threshold counted below it.',
    );
  }
  lines.push('† known only after infusion: its hazard ratio carries immortal-time bias.');
  lines.push(`Dataset: ${dataset}.`);
  return lines;
}
