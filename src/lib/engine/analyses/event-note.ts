import type { AnalysisFrame } from '../../frame/analysis-frame';

/**
 * A script comment saying how an event column became the 0/1 `event` of the data: by the
 * registry's coding of a status column, or as R's Surv() reads 0/1 (or 1/2) values.
 * @example eventNote(frame, 'mrd_neg_end_status')
 * // 'event: 1 = event, 0 = censored (column mrd_neg_end_status: the value 1 is the event, every other value censored).'
 */
export function eventNote(frame: AnalysisFrame, eventColumn: string): string {
  const coding = frame.spec(eventColumn)?.eventValues;
  const how = !coding
    ? "read as R's Surv() reads it"
    : coding.length === 1
      ? `the value ${coding[0]} is the event, every other value censored`
      : `the values ${coding.join(', ')} are the event, every other value censored`;
  return `event: 1 = event, 0 = censored (column ${eventColumn}: ${how}).`;
}
