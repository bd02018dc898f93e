import { pAdjust } from '../../stats/p-adjust';
import type { ForestRow } from '../types';

/**
 * The univariable forest rows as one family of tests (the screen of every factor for the
 * endpoint): each row gains its Wald p adjusted by Holm (family-wise error) and by
 * Benjamini–Hochberg (false discovery rate), as R's p.adjust over the rows' p-values; rows
 * without a p (no fit) are left out of the family and get null.
 * @example withAdjustedP(rows)[0].pAdjusted // { holm: 0.12, BH: 0.06, family: 15 }
 */
export function withAdjustedP(rows: readonly ForestRow[]): ForestRow[] {
  const p = rows.map((r) => r.p);
  const holm = pAdjust(p, 'holm');
  const bh = pAdjust(p, 'BH');
  const family = p.filter((x) => x !== null).length;
  return rows.map((r, i) => ({ ...r, pAdjusted: { holm: holm[i], BH: bh[i], family } }));
}
