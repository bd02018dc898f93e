import type { CoxInputs } from '../frame/cox-inputs';

/**
 * The size of the smallest group a Cox term compares, among the rows the model used: a factor
 * level's dummy against the factor's reference rows (all its dummies 0), a 0/1 column's 1s
 * against its 0s; null for a continuous term (it defines no groups). A hazard ratio resting on a
 * group of three patients is unstable, and the forest plot flags it.
 * @example termSmallestGroup(inputs, 0) // 3 (ECOG 0 vs ECOG 1: 3 and 53 patients)
 */
export function termSmallestGroup(
  inputs: Pick<CoxInputs, 'x' | 'terms'>,
  j: number,
): number | null {
  const { x, terms } = inputs;
  const term = terms[j];
  const column = x[j];
  if (!term || !column) return null;
  if (term.level !== null) {
    const mine = terms.flatMap((t, k) => (t.column === term.column ? [k] : []));
    let level = 0;
    let reference = 0;
    for (let i = 0; i < column.length; i++) {
      if (column[i] === 1) level++;
      else if (mine.every((k) => x[k][i] === 0)) reference++;
    }
    return Math.min(level, reference);
  }
  let ones = 0;
  for (const v of column) {
    if (v !== 0 && v !== 1) return null;
    if (v === 1) ones++;
  }
  return Math.min(ones, column.length - ones);
}
