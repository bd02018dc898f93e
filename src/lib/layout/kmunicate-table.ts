import { nRiskAt } from './step-lookup';
import type { KmCurveInput } from './types';

/** The three counts of the KMunicate table for one group at one time. */
export interface KmunicateCounts {
  time: number;
  /** Follow-up ≥ time: R's summary(survfit, times = time)$n.risk. */
  atRisk: number;
  /** Events at times strictly before `time`. */
  events: number;
  /** Censored at times strictly before `time`. */
  censored: number;
}

/**
 * The KMunicate extended risk table (Morris et al., BMJ Open 2019) of one curve: at each time,
 * the number at risk, the events so far and the censored so far, which add up to n. A patient
 * whose event or censoring falls exactly on a tick is still at risk there (as R's n.risk and
 * survminer's risk table count) and joins the events or censored from the next tick on, so the
 * identity holds with ties. R: summary(survfit(...), times = t, extend = TRUE)$n.risk with
 * sum(fit$n.event[fit$time < t]) and sum(fit$n.censor[fit$time < t]).
 * @example kmunicateCounts(fit, [0, 12]) // [{ time: 0, atRisk: 56, events: 0, censored: 0 }, …]
 */
export function kmunicateCounts(
  curve: Pick<KmCurveInput, 'n' | 'steps'>,
  times: readonly number[],
): KmunicateCounts[] {
  return times.map((time) => {
    let events = 0;
    let censored = 0;
    for (const s of curve.steps) {
      if (s.time >= time) break;
      events += s.nEvent;
      censored += s.nCensor;
    }
    return { time, atRisk: nRiskAt(curve, time), events, censored };
  });
}
