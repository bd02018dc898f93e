import type { TrueParams } from './params';
import type { Rng } from './prng';

/** One PK sample as stored in pk_samples. */
export interface PkSample {
  day: number;
  copies_per_ug: number;
  below_lloq: 0 | 1;
}

/** Round to 3 significant digits (stored values look like assay output and stay reproducible). */
export function signif3(x: number): number {
  if (x === 0) return 0;
  const p = Math.floor(Math.log10(Math.abs(x))) - 2;
  return p >= 0
    ? Math.round(x / 10 ** p) * 10 ** p
    : Number((Math.round(x / 10 ** p) * 10 ** p).toFixed(-p));
}

/**
 * Transgene copies at the sampling days: log-linear rise to Cmax at Tmax, a first decline
 * to day 28 (÷5), a marked fall to month 3 (÷300), then a slow log-linear decline that
 * reaches the LLOQ at the last truly detectable day; multiplicative log-normal assay noise.
 * Samples after that day are below the LLOQ (stored as 0 copies, below_lloq = 1), so the
 * observed persistence is exactly the last sampled day ≤ carDay.
 */
export function pkSamples(
  days: readonly number[],
  detectable: readonly boolean[],
  tmaxDay: number,
  carDay: number,
  cmax: number,
  par: TrueParams,
  rng: Rng,
): PkSample[] {
  const floor = Math.log(par.pkLloq * 1.3);
  const top = Math.log(cmax);
  const knots: [number, number][] = [[tmaxDay, top]];
  for (const [d, v] of [
    [28, top - Math.log(5)],
    [92, top - Math.log(300)],
  ] as const) {
    if (d < carDay && v > floor + 0.2) knots.push([d, v]);
  }
  knots.push([Math.max(carDay, tmaxDay + 1), floor]);
  const rise = Math.log(50) / Math.max(1, tmaxDay - 2);
  const logC = (d: number): number => {
    if (d <= tmaxDay) return top - rise * (tmaxDay - d);
    for (let j = 0; j < knots.length - 1; j++) {
      const [d0, v0] = knots[j];
      const [d1, v1] = knots[j + 1];
      if (d <= d1) return v0 + ((v1 - v0) * (d - d0)) / (d1 - d0);
    }
    return floor;
  };
  return days.map((day, j) => {
    if (!detectable[j]) return { day, copies_per_ug: 0, below_lloq: 1 };
    const noise = day === tmaxDay ? 0 : par.pkNoiseSdLog * rng.normal();
    let c = Math.exp(logC(day) + noise);
    if (day <= 28 && day !== tmaxDay) c = Math.min(c, 0.95 * cmax);
    c = Math.max(c, par.pkLloq * 1.05);
    return { day, copies_per_ug: signif3(c), below_lloq: 0 };
  });
}
