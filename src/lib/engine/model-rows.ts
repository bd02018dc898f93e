import type { CoxInputs } from '../frame/cox-inputs';
import type { CoxFit } from '../stats/cox';
import { firthReason, firthRows, groupCount, type GroupCount } from './firth-rows';
import { hazardRow, type HazardRow } from './hazard-row';

/**
 * The groups a Cox model's design defines: for each factor, every level (its dummy = 1) and the
 * reference (all its dummies 0); for a 0/1 column, its 1s and its 0s. Continuous terms define none.
 * @example modelGroups(inputs, (column) => column).map((g) => g.events)
 */
export function modelGroups(
  inputs: CoxInputs,
  label: (column: string, level: string | null) => string,
): GroupCount[] {
  const { x, event, terms } = inputs;
  const out: GroupCount[] = [];
  const seen = new Set<string>();
  terms.forEach((term, j) => {
    if (term.level !== null) {
      out.push(groupCount(label(term.column, term.level), event, (i) => x[j][i] === 1));
      if (seen.has(term.column)) return;
      seen.add(term.column);
      const mine = terms.flatMap((t, k) => (t.column === term.column ? [k] : []));
      out.push(
        groupCount(`${label(term.column, null)}: reference`, event, (i) =>
          mine.every((k) => x[k][i] === 0),
        ),
      );
    } else if (x[j].every((v) => v === 0 || v === 1)) {
      out.push(groupCount(`${label(term.column, null)} = 1`, event, (i) => x[j][i] === 1));
      out.push(groupCount(`${label(term.column, null)} = 0`, event, (i) => x[j][i] === 0));
    }
  });
  return out;
}

/**
 * The rows of one Cox model as shown: the ordinary (Wald) rows, unless the model needs Firth's
 * penalty (firthReason: a group without events or with events only, no convergence, monotone
 * likelihood) — then every term of the model from the Firth-penalised fit of the same inputs.
 * @example modelRows(inputs, fit, 'efron', groups)[0].method // 'cox' | 'firth'
 */
export function modelRows(
  inputs: CoxInputs,
  fit: CoxFit,
  ties: 'efron' | 'breslow',
  groups: readonly GroupCount[],
): HazardRow[] {
  const ordinary = fit.terms.map((t) => hazardRow(fit, t));
  const reason = fit.events > 0 ? firthReason(fit, groups) : null;
  if (!reason) return ordinary;
  return firthRows({ ...inputs, ties }, reason) ?? ordinary;
}
