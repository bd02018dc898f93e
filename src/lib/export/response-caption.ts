import type { ResponseResult } from '../engine/types';

/** The IMWG abbreviations of the chart, spelled out for a figure that travels without the page. */
export const RESPONSE_ABBREVIATIONS =
  'sCR stringent complete response; CR complete response; VGPR very good partial response; PR partial response; MR minimal response; SD stable disease.';

/**
 * The method caption of the exported response-over-time figure: n used / N, the rule that places
 * each patient each month, the abbreviations and the dataset (a simulated cohort says so).
 * @example responseCaption(result, 'Simulated cohort')[0] // 'n used 56 of 56.'
 */
export function responseCaption(result: ResponseResult, dataset: string): string[] {
  const o = result.overTime;
  const used = o ? o.panels.reduce((s, p) => s + p.n, 0) : 0;
  return [
    `n used ${used} of ${result.nTotal}.`,
    ...(o ? [o.rule] : []),
    RESPONSE_ABBREVIATIONS,
    `Dataset: ${dataset}.`,
  ];
}
