import { CORRELATION_COLUMNS } from '../data/registry';
import type { AnalysisFrame } from './analysis-frame';

/** One measure of the correlation matrix, as numbers. */
export interface CorrelationVariableInput {
  column: string;
  label: string;
  short: string;
  unit: string | null;
  /** The values, NaN = missing. */
  values: Float64Array;
  /**
   * For a censored time (its registry entry names an event column): 1 where the value is the end
   * of follow-up without the event, 0 where it is the event time or the event is unknown, per
   * row; null for a measure that is never censored.
   */
  censored: Uint8Array | null;
}

/**
 * The kinetic and outcome measures of the correlation matrix that the dataset has, in the
 * registry's order: their values and, for censored times, which values are censored (by the
 * registry's event coding, e.g. death while MRD-negative is censored).
 * @example correlationInputs(frame).map((v) => v.short) // ['Cmax', 'AUC0–28d', …, 'OS']
 */
export function correlationInputs(frame: AnalysisFrame): CorrelationVariableInput[] {
  return CORRELATION_COLUMNS.filter((c) => frame.has(c.name)).map((c) => {
    const role = c.correlation!;
    const values = frame.numeric(c.name);
    let censored: Uint8Array | null = null;
    if (role.event && frame.has(role.event)) {
      const event = frame.event(role.event);
      censored = Uint8Array.from(values, (v, i) => (!Number.isNaN(v) && event[i] === 0 ? 1 : 0));
    }
    return {
      column: c.name,
      label: c.label,
      short: role.short,
      unit: c.unit ?? null,
      values,
      censored,
    };
  });
}
