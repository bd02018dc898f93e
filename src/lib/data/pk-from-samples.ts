import type { PkEntry } from './serial-entries';

export interface PkSummary {
  /** Day of the last detectable sample (0 if none was detectable). */
  lastDetectableDay: number;
  /** 1 = loss of detection observed (enough BLQ samples after the last detectable one). */
  event: 0 | 1;
  lastSampleDay: number;
  /** Highest copies/µg within the Cmax window, null if no quantified sample there. */
  cmax: number | null;
  /** Day of the first sample at Cmax. */
  tmaxDay: number | null;
}

export interface PkRules {
  /** BLQ samples needed after the last detectable one to call loss (schema §2.5: 1 or 2). */
  lossSamples: 1 | 2;
  /** Cmax/Tmax use samples up to this day (default 28); null = whole follow-up. */
  cmaxWindowDays: number | null;
}

/** Detectable: below_lloq = 0, or (below_lloq empty and copies > 0). */
export function isDetectable(e: PkEntry): boolean {
  if (e.below_lloq !== null) return e.below_lloq === 0;
  return (e.copies_per_ug ?? 0) > 0;
}

/**
 * CAR-T persistence and Cmax/Tmax from serial PK samples (schema.md §2.5, §2.9). Entries sorted
 * by day, days ≥ 0. BLQ samples count as 0 copies for Cmax. Returns null with no samples.
 * TODO(kinetics): AUC (linear-up/log-down) belongs to src/lib/stats/kinetics.ts once it exists.
 * @example pkFromSamples([{ day: 7, copies_per_ug: 5e4, below_lloq: 0 },
 *   { day: 90, copies_per_ug: 0, below_lloq: 1 }], { lossSamples: 1, cmaxWindowDays: 28 })
 *   // → { lastDetectableDay: 7, event: 1, lastSampleDay: 90, cmax: 5e4, tmaxDay: 7 }
 */
export function pkFromSamples(entries: readonly PkEntry[], rules: PkRules): PkSummary | null {
  const samples = entries.filter((e) => e.day >= 0);
  if (samples.length === 0) return null;
  let lastDet = -1;
  samples.forEach((e, i) => {
    if (isDetectable(e)) lastDet = i;
  });
  const trailing = samples.length - 1 - lastDet;
  let cmax: number | null = null;
  let tmaxDay: number | null = null;
  for (const e of samples) {
    if (rules.cmaxWindowDays !== null && e.day > rules.cmaxWindowDays) break;
    const c = isDetectable(e) ? (e.copies_per_ug ?? null) : 0;
    if (c !== null && (cmax === null || c > cmax)) {
      cmax = c;
      tmaxDay = e.day;
    }
  }
  // Nothing ever detectable (expansion failure): Cmax 0 has no time, as kinetics() reports.
  if (!cmax) tmaxDay = null;
  return {
    lastDetectableDay: lastDet >= 0 ? samples[lastDet].day : 0,
    event: trailing >= rules.lossSamples ? 1 : 0,
    lastSampleDay: samples[samples.length - 1].day,
    cmax,
    tmaxDay,
  };
}
