import type { LoggedTest } from '../state/test-log-entry';
import { pAdjust } from '../stats/p-adjust';
import type { CsvCell } from './csv';

/**
 * The session's test log as CSV rows: one row per distinct test looked at, in order, with its raw
 * p and its Holm and Benjamini–Hochberg adjusted p over the whole log (R's p.adjust); every row
 * names the dataset, so a simulated cohort stays marked.
 * @example testLogRows(entries, 'Simulated cohort (simulated data)')[0][0] // 'dataset'
 */
export function testLogRows(entries: readonly LoggedTest[], dataset: string): CsvCell[][] {
  const p = entries.map((e) => e.p);
  const holm = pAdjust(p, 'holm');
  const bh = pAdjust(p, 'BH');
  return [
    ['dataset', 'order', 'endpoint', 'stratifier', 'test', 'p', 'p_holm', 'p_bh', 'family_size'],
    ...entries.map((e, i): CsvCell[] => [
      dataset,
      i + 1,
      e.endpoint,
      e.stratifier,
      e.test,
      e.p,
      holm[i],
      bh[i],
      p.filter((x) => x !== null).length,
    ]),
  ];
}
