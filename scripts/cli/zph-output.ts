import type { CoxInputs } from '../../src/lib/frame/cox-inputs';
import { coxTermGroups } from '../../src/lib/frame/cox-term-groups';
import { coxph } from '../../src/lib/stats/cox';
import { coxZph } from '../../src/lib/stats/cox-zph';
import { finite } from './finite';

type Row = { chisq: number | null; df: number; p: number | null };

/** --zph in the CLI's JSON: cox.zph(fit) per model term and GLOBAL (null where R gives NA). */
export interface ZphOutput {
  terms: ({ name: string } & Row)[];
  global: Row;
}

/**
 * The proportional-hazards test of the CLI's Cox model, as R's cox.zph(coxph(...)) with its
 * defaults (transform = "km", terms = TRUE): one row per covariate (a factor is one row with
 * df = levels − 1), then GLOBAL.
 *
 * @example
 * zphOutput(coxInputs(frame, spec), 'efron').global.p;
 */
export function zphOutput(inputs: CoxInputs, ties: 'efron' | 'breslow'): ZphOutput {
  const input = { ...inputs, ties };
  const zph = coxZph(input, coxph(input), coxTermGroups(inputs.terms));
  const row = (t: { chisq: number; df: number; p: number }): Row => ({
    chisq: finite(t.chisq),
    df: t.df,
    p: finite(t.p),
  });
  return {
    terms: zph.terms.map((t) => ({ name: t.name, ...row(t) })),
    global: row(zph.global),
  };
}
