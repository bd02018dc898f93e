import type { GroupComparison, KineticsComparison, KineticsMetric } from '../engine/types';
import { pPhrase } from '../layout/format';

/** A test in words: "Mann–Whitney U test (…): W = 245, p = 0.28." */
export function testSentence(test: GroupComparison | null, note: string | null): string {
  if (!test) return note ?? 'No test.';
  const stat = test.statistic
    ? `${test.statistic.name} = ${test.statistic.value.toFixed(2)}${test.df.length ? ` (df ${test.df.map((d) => (Number.isInteger(d) ? d : d.toFixed(1))).join(', ')})` : ''}, `
    : '';
  return `${test.method}: ${stat}${pPhrase(test.p)}.${note ? ` ${note}` : ''}`;
}

/**
 * The method caption of an exported dot-and-box plot: n used / N, the test with its statistic
 * and p, what box and dots are, the methods, and the dataset.
 * @example dotBoxCaption(result, result.metrics[0], 'Simulated cohort')[0] // 'n used 56 of 56. Mann–Whitney …'
 */
export function dotBoxCaption(
  result: KineticsComparison,
  metric: KineticsMetric,
  dataset: string,
): string[] {
  const lines = [
    `n used ${metric.nUsed} of ${result.nTotal}. ${testSentence(metric.test, metric.note)}`,
  ];
  if (metric.caveat) lines.push(metric.caveat);
  lines.push(`Methods: ${result.methods.join('; ')}.`);
  lines.push(`Dataset: ${dataset}.`);
  return lines;
}

/** The method caption of the exported transgene chart. */
export function transgeneCaption(result: KineticsComparison, dataset: string): string[] {
  const samples = result.patients.reduce((s, p) => s + p.samples.length, 0);
  return [
    `${result.nUsed} of ${result.nTotal} patients, ${samples} samples. Samples below the limit of quantification (BLQ) are drawn as open circles in the strip below the axis.`,
    `Median per group at each scheduled visit (days ${result.schedule.slice(0, 7).join(', ')}, months 2 and 3, every 3 months to month 24, then every 6 months): each sample counted at the nearest visit, BLQ as 0, shown where at least 3 patients of the group were sampled. Later medians are of the patients still sampled then (sampling stops at progression).`,
    `Dataset: ${dataset}.`,
  ];
}
