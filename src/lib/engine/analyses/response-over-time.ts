import { DEFAULT_DERIVE_OPTIONS } from '../../data/derive';
import { CR_DEPTH, RESPONSE_DEPTHS } from '../../frame/response-inputs';
import { responseOccupancy, type ResponseSeries } from '../../stats/response-occupancy';
import type { ResponseBand, ResponseOverTime } from '../response-types';

/** The bands of the chart, in the order of the counts: depths 0–4, then the three other states. */
export const RESPONSE_BANDS: readonly ResponseBand[] = [
  { id: 'sCR', label: 'sCR', title: 'Stringent complete response' },
  { id: 'CR', label: 'CR', title: 'Complete response' },
  { id: 'VGPR', label: 'VGPR', title: 'Very good partial response' },
  { id: 'PR', label: 'PR', title: 'Partial response' },
  { id: 'MR/SD', label: 'MR or SD', title: 'Minimal response or stable disease (no response)' },
  {
    id: 'none',
    label: 'Not evaluable yet',
    title: 'No evaluable response assessment yet (none made, or not evaluable)',
  },
  { id: 'progressed', label: 'Progressed or died', title: 'Progressed or died (PFS event)' },
  {
    id: 'ended',
    label: 'Follow-up ended',
    title: 'Follow-up ended without progression (PFS censored)',
  },
];

/**
 * The response-over-time chart's counts: at every whole month after infusion up to the last month
 * anyone is still followed, each group's patients by the deepest confirmed response so far, or
 * progressed/died, or follow-up ended (responseOccupancy), with the visit window of the "CR by
 * month L" columns (14 days) and the count who had ever reached CR or better.
 * @example responseOverTime(series, groups, 30.4375).months[0] // 1
 */
export function responseOverTime(
  series: ResponseSeries,
  groups: readonly { label: string; rows: readonly number[] }[],
  monthDays: number,
): ResponseOverTime {
  const windowDays = DEFAULT_DERIVE_OPTIONS.visitWindowDays;
  let last = 0;
  for (const g of groups) {
    for (const i of g.rows) {
      const t = series.endTime[i];
      if (t > last) last = t;
    }
  }
  const months = Array.from({ length: Math.max(1, Math.floor(last)) }, (_, j) => j + 1);
  const panels = groups.map((g) => {
    const o = responseOccupancy(series, months, {
      depths: RESPONSE_DEPTHS,
      window: windowDays / monthDays,
      everDepth: CR_DEPTH,
      rows: g.rows,
    });
    return { label: g.label, n: o.n, counts: o.counts, everCr: o.ever };
  });
  const rule =
    `Each month after infusion (${monthDays} days), every patient of the group: the deepest confirmed response recorded so far ` +
    `(an assessment up to ${windowDays} days after the month counts for it, as for "CR by month L"); ` +
    'patients who progressed or died, and those whose follow-up ended, stay in the denominator in bands of their own.';
  return { months, bands: [...RESPONSE_BANDS], panels, rule };
}
