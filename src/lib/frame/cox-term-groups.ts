import type { ZphTermSpec } from '../stats/cox-zph';
import type { CoxInputs } from './cox-inputs';

/**
 * The model's terms as R's fit$assign groups the design columns: one term per covariate (a
 * factor's dummies together), named after the covariate as print(cox.zph(fit)) names it.
 * @example coxTermGroups([{ column: 'iss', level: 'II' }, { column: 'iss', level: 'III' }]) // [{ name: 'iss', columns: [0, 1] }]
 */
export function coxTermGroups(terms: CoxInputs['terms']): ZphTermSpec[] {
  const groups: ZphTermSpec[] = [];
  terms.forEach((t, k) => {
    const g = groups.find((x) => x.name === t.column);
    if (g) g.columns.push(k);
    else groups.push({ name: t.column, columns: [k] });
  });
  return groups;
}
