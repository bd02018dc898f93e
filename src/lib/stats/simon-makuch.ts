import { kaplanMeier, type KaplanMeierFit, type KmOptions } from './kaplan-meier';

export interface SimonMakuchCurve {
  /** The covariate value of this curve: 1 = the state held, 0 = not held. */
  value: 0 | 1;
  fit: KaplanMeierFit;
}

/**
 * Simon–Makuch (extended Kaplan–Meier) curves of a binary time-dependent covariate: at each event
 * time the risk set of a curve is the patients whose covariate currently has that value, so a
 * patient moves from one curve to the other when it changes. A conditional, "had the state held"
 * curve, not the survival of a group fixed at baseline. Input is counting-process data: one row
 * per interval (start, stop] of constant z. Equals R's survfit(Surv(start, stop, event) ~ z) on
 * the split data (Greenwood SE and CI as survfit's).
 * Reference: Simon & Makuch (1984) doi.org/10.1002/sim.4780030106; Snapinn, Jiang & Iglewicz (2005).
 *
 * @example
 * simonMakuch(start, stop, event, z).map((c) => c.fit.steps.length);
 */
export function simonMakuch(
  start: Float64Array,
  stop: Float64Array,
  event: Uint8Array,
  z: Float64Array,
  options: Omit<KmOptions, 'entry'> = {},
): SimonMakuchCurve[] {
  const n = stop.length;
  if (start.length !== n || event.length !== n || z.length !== n) {
    throw new RangeError('simonMakuch: columns differ in length');
  }
  const out: SimonMakuchCurve[] = [];
  for (const value of [0, 1] as const) {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (z[i] === value) rows.push(i);
    if (rows.length === 0) continue;
    const fit = kaplanMeier(
      Float64Array.from(rows, (i) => stop[i]),
      Uint8Array.from(rows, (i) => event[i]),
      { ...options, entry: Float64Array.from(rows, (i) => start[i]) },
    );
    out.push({ value, fit });
  }
  return out;
}
