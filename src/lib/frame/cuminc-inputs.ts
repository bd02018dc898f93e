import type { AnalysisFrame } from './analysis-frame';
import { survivalInputs, type SurvivalInputs, type SurvivalSpec } from './survival-inputs';

export interface CumincInputs extends SurvivalInputs {
  /** The endpoint's status column as coded: 0 censored, 1 the event, 2 the competing event. */
  status: Float64Array;
}

/**
 * The inputs of a competing-risks view: the same patients, clock and groups as the survival view
 * of the endpoint (survivalInputs), with the status column's codes kept instead of 1/0.
 * @example cumincInputs(frame, { endpoint: 'mrd', stratifier: null }).status // 0, 1 or 2 per row
 */
export function cumincInputs(frame: AnalysisFrame, spec: SurvivalSpec): CumincInputs {
  const inputs = survivalInputs(frame, spec);
  const codes = frame.numeric(inputs.endpoint.eventColumn);
  return { ...inputs, status: Float64Array.from(inputs.rows, (r) => codes[r]) };
}
