import type { ObservedCore, ResponseLevel } from './observe';

export const RESPONSE_RANK: Record<ResponseLevel, number> = {
  PD: 0,
  SD: 1,
  MR: 2,
  PR: 3,
  VGPR: 4,
  CR: 5,
  sCR: 6,
};

export interface ResponseAssessment {
  day: number;
  response: ResponseLevel;
  confirmed: 0 | 1;
}

export interface ResponseDepth {
  /** VGPR reached at the visit after first response (PR/VGPR patients: 5 of 9 assumed). */
  vgpr: boolean;
  /** Stringent CR (36 of the 45 CR assumed, always the 11 MRD-negative ≥ 36 months). */
  scr: boolean;
  /** sCR confirmed one visit after CR rather than at the CR visit. */
  scrAtNextVisit: boolean;
}

/**
 * Refine the observed response visits: PR deepens to VGPR at the next visit (patients who
 * reach CR pass through VGPR), CR becomes sCR for sCR patients. Every simulated assessment
 * is confirmed (IMWG confirmation by the next assessment is not simulated separately).
 */
export function refineResponses(
  o: ObservedCore,
  depth: ResponseDepth,
): { list: ResponseAssessment[]; best: ResponseLevel } {
  const cr = o.firstCrDay;
  const deepens = depth.vgpr || cr !== null;
  const crVisits = o.response.filter((r) => r.response === 'CR').length;
  const scrNext = depth.scrAtNextVisit && crVisits >= 2;
  const list = o.response.map((r): ResponseAssessment => {
    let level = r.response;
    if (level === 'PR' && deepens && o.firstResponseDay !== null && r.day > o.firstResponseDay)
      level = 'VGPR';
    if (level === 'CR' && depth.scr && (!scrNext || r.day > (cr as number))) level = 'sCR';
    return { day: r.day, response: level, confirmed: 1 };
  });
  let best: ResponseLevel = 'SD';
  for (const r of list)
    if (r.response !== 'PD' && RESPONSE_RANK[r.response] > RESPONSE_RANK[best]) best = r.response;
  return { list, best };
}

/** Number of response visits at PR or better (a VGPR needs a second one). */
export function respondingVisits(o: ObservedCore): number {
  return o.response.filter((r) => r.response === 'PR' || r.response === 'CR').length;
}
