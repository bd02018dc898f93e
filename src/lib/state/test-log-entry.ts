import type { SurvivalResult } from '../engine/types';

/** One hypothesis test the user has looked at this session. */
export interface LoggedTest {
  /** What makes the test distinct: endpoint, stratifier (cut-point, as published, groups left out), test. */
  key: string;
  endpoint: string;
  /** The stratifier as on screen, with its cut-point, "as published" and the groups left out. */
  stratifier: string;
  test: string;
  p: number | null;
}

/**
 * The log-rank test a survival view shows, as a test-log entry (null when the view compares no
 * groups). The reference group does not change the log-rank test, so it is not part of the key;
 * a cut-point, "as published" and left-out groups do (they change the groups compared).
 * @example survivalTestEntry(result)?.key // 'pfs|triple_refractory|||log-rank'
 */
export function survivalTestEntry(result: SurvivalResult): LoggedTest | null {
  const r = result.request;
  if (!result.logRank || !r.stratifier || r.landmark !== undefined || r.subset) return null;
  const exclude = [...(r.exclude ?? [])].map(String).sort();
  const key = [
    r.endpoint,
    r.stratifier,
    r.cut ?? '',
    r.asPublished ? 'published' : '',
    exclude.join(','),
    'log-rank',
  ].join('|');
  const by = result.stratifierLabel ?? r.stratifier;
  const qualifiers = [
    r.cut !== undefined ? `split at ${r.cut}` : '',
    r.asPublished ? 'as published' : '',
    exclude.length > 0 ? `without ${exclude.join(', ')}` : '',
  ].filter((q) => q !== '');
  return {
    key,
    endpoint: result.endpointLabel,
    stratifier: qualifiers.length > 0 ? `${by} (${qualifiers.join('; ')})` : by,
    test: 'log-rank',
    p: result.logRank.p,
  };
}
