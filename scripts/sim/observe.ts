import type { Baseline } from './baseline';
import type { TruePath } from './events';
import { K, L } from './latent';
import { MONTH_DAYS } from './params';
import { MRD_VISIT_DAYS, pkVisitDays } from './visit-grids';

export type MrdResult = 'neg' | 'pos' | 'ne';
export type ResponseLevel = 'sCR' | 'CR' | 'VGPR' | 'PR' | 'MR' | 'SD' | 'PD';

/** What the observation processes record for one patient (calibration.md §4 step 4). */
export interface ObservedCore {
  pfsDay: number;
  pfsType: 'progression' | 'death' | 'none';
  osDay: number;
  osEvent: 0 | 1;
  mrd: { day: number; result: MrdResult }[];
  /** Response visits before progression (levels up to CR; sCR/VGPR are refined later). */
  response: { day: number; response: ResponseLevel }[];
  firstResponseDay: number | null;
  firstCrDay: number | null;
  /** PK sampling days (before progression / death / cut-off) and whether CAR-T is detectable. */
  pkDays: number[];
  pkDetectable: boolean[];
  /** Last detectable sample day (0 if none) and whether a later sample was below LLOQ. */
  persistDay: number;
  persistEvent: 0 | 1;
  mrdFirstNegDay: number | null;
  mrdEndDay: number | null;
  mrdStatus: 0 | 1 | 2 | null;
}

/** Planned day of first response (≥ PR) and first CR for patient i. */
export function plannedResponseDays(
  b: Baseline,
  lat: Float64Array,
  i: number,
): { resp: number | null; cr: number | null } {
  const tier = b.tier[i];
  if (tier === 0) return { resp: null, cr: null };
  const uCr = lat[i * K + L.uCr];
  const uResp = lat[i * K + L.uResp];
  let cr: number | null = null;
  if (tier === 3)
    cr = uCr < 0.2 ? 14 : uCr < 0.45 ? 28 : uCr < 0.75 ? MRD_VISIT_DAYS[2] : MRD_VISIT_DAYS[3];
  if (tier === 2)
    cr = uCr < 0.5 ? MRD_VISIT_DAYS[4] : uCr < 0.8 ? MRD_VISIT_DAYS[5] : MRD_VISIT_DAYS[6];
  const resp = cr === 14 || uResp < 0.75 ? 14 : 28;
  return { resp, cr };
}

/** Turn a true path into observed follow-up, MRD, response and PK-detectability records. */
export function observe(b: Baseline, lat: Float64Array, i: number, p: TruePath): ObservedCore {
  const fu = b.fuDay[i];
  const pdSeen = p.pdDay <= fu && p.pdDay <= p.nrmDay;
  const nrmSeen = !pdSeen && p.nrmDay <= fu;
  const pfsDay = pdSeen ? p.pdDay : nrmSeen ? p.nrmDay : fu;
  const pfsType = pdSeen ? 'progression' : nrmSeen ? 'death' : 'none';
  const deathDay = pdSeen
    ? p.postPdDeathDay <= fu
      ? p.postPdDeathDay
      : null
    : nrmSeen
      ? p.nrmDay
      : null;
  const osDay = deathDay ?? fu;
  // assessments stop at progression (not tested after PD), death or the cut-off
  const assessable = (d: number): boolean => d < pfsDay || (pfsType === 'none' && d <= fu);

  const mrd: ObservedCore['mrd'] = [];
  let firstNeg: number | null = null;
  let firstPos: number | null = null;
  for (const d of MRD_VISIT_DAYS) {
    if (!assessable(d)) break;
    const neg = p.t0Day !== null && d >= p.t0Day && d < p.lossDay;
    mrd.push({ day: d, result: neg ? 'neg' : 'pos' });
    if (neg && firstNeg === null) firstNeg = d;
    if (!neg && firstNeg !== null && firstPos === null) firstPos = d;
  }
  let mrdEndDay: number | null = null;
  let mrdStatus: ObservedCore['mrdStatus'] = null;
  if (firstNeg !== null) {
    const lossDay = firstPos ?? (pdSeen ? p.pdDay : null);
    if (lossDay !== null) [mrdEndDay, mrdStatus] = [lossDay, 1];
    else if (nrmSeen) [mrdEndDay, mrdStatus] = [p.nrmDay, 2];
    else [mrdEndDay, mrdStatus] = [osDay, 0];
  }

  const plan = plannedResponseDays(b, lat, i);
  const response: ObservedCore['response'] = [];
  let firstResponseDay: number | null = null;
  let firstCrDay: number | null = null;
  for (const d of MRD_VISIT_DAYS) {
    if (!assessable(d)) break;
    let level: ResponseLevel = b.tier[i] === 0 ? 'SD' : 'MR';
    if (plan.cr !== null && d >= plan.cr) level = 'CR';
    else if (plan.resp !== null && d >= plan.resp) level = 'PR';
    if (level !== 'SD' && level !== 'MR' && firstResponseDay === null) firstResponseDay = d;
    if (level === 'CR' && firstCrDay === null) firstCrDay = d;
    response.push({ day: d, response: level });
  }
  if (pdSeen) response.push({ day: p.pdDay, response: 'PD' });

  const pkDays = pkVisitDays(b.tmaxDay[i]).filter(assessable);
  const pkDetectable = pkDays.map((d) => d <= p.carDay);
  let persistDay = 0;
  let persistEvent: 0 | 1 = 0;
  pkDays.forEach((d, j) => {
    if (pkDetectable[j]) persistDay = d;
    else persistEvent = 1;
  });
  return {
    pfsDay,
    pfsType,
    osDay,
    osEvent: deathDay === null ? 0 : 1,
    mrd,
    response,
    firstResponseDay,
    firstCrDay,
    pkDays,
    pkDetectable,
    persistDay,
    persistEvent,
    mrdFirstNegDay: firstNeg,
    mrdEndDay,
    mrdStatus,
  };
}

export const months = (day: number): number => day / MONTH_DAYS;
