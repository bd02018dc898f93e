import type { AnalysisFrame } from './analysis-frame';

export interface AdaInputs {
  /** Months to the first ADA-positive sample, or to the last follow-up (os_months) if never positive. */
  time: Float64Array;
  /** 1 = became ADA-positive, 0 = censored at the last follow-up. */
  event: Uint8Array;
  /** Patients tested after infusion (ada_post_pos known) and those ever positive. */
  tested: number;
  positive: number;
  /** Tested patients without a usable time (positive without a date, or no follow-up time). */
  leftOut: number;
}

/**
 * The model inputs of the cumulative ADA positivity curve: time to first ADA positivity after
 * infusion (ada_first_pos_months) for the ADA-positive, censored at the last follow-up
 * (os_months) for the others; patients never tested (ada_post_pos empty) are not at risk.
 * @example adaInputs(frame).positive // 9 in the demo cohort
 */
export function adaInputs(frame: AnalysisFrame): AdaInputs | null {
  if (!frame.has('ada_post_pos')) return null;
  const status = frame.numeric('ada_post_pos');
  const first = frame.has('ada_first_pos_months')
    ? frame.numeric('ada_first_pos_months')
    : new Float64Array(frame.n).fill(NaN);
  const followUp = frame.has('os_months')
    ? frame.numeric('os_months')
    : new Float64Array(frame.n).fill(NaN);
  const time: number[] = [];
  const event: number[] = [];
  let tested = 0;
  let positive = 0;
  for (let i = 0; i < frame.n; i++) {
    if (status[i] !== 0 && status[i] !== 1) continue;
    tested++;
    if (status[i] === 1) positive++;
    const t = status[i] === 1 ? first[i] : followUp[i];
    if (Number.isNaN(t)) continue;
    time.push(t);
    event.push(status[i]);
  }
  return {
    time: Float64Array.from(time),
    event: Uint8Array.from(event),
    tested,
    positive,
    leftOut: tested - time.length,
  };
}
