import type { ColumnInfo } from '../engine/types';

/** A forest factor left out of the Cox models, and why, in plain words. */
export interface RefusedFactor {
  name: string;
  label: string;
  reason: string;
}

/**
 * Why a factor may not enter a baseline Cox model under the Recommended preset, else null.
 * A continuous measure known only after infusion (the duration of MRD negativity) is measured over
 * the same follow-up as the outcome and ended by the same events, so its "per month" hazard ratio
 * is guaranteed to be far below 1 (pitfalls P2). It is allowed, with a badge, "as published".
 * Post-baseline yes/no factors stay (marked †), as their bias is shown on the curves.
 * @example refusal(mrdDuration, false) // 'it is measured during follow-up …'
 */
export function refusal(info: ColumnInfo, asPublished: boolean): string | null {
  if (asPublished || !info.postBaseline || !info.forest || info.forest.unit === 'yes vs no') {
    return null;
  }
  return (
    'it is measured during follow-up and ended by the same events as the outcome, ' +
    'so a baseline Cox model regresses the outcome on a near-copy of itself (its hazard ratio ' +
    'is far below 1 whatever the biology). Use the time-dependent analysis instead, or switch ' +
    'to "as published" to see the paper\u2019s model.'
  );
}

/**
 * The factors refused under the Recommended preset, among those given.
 * @example refusedFactors(forestFactors(columns), false).map((f) => f.name) // ['mrd_neg_duration_months']
 */
export function refusedFactors(
  factors: readonly ColumnInfo[],
  asPublished: boolean,
): RefusedFactor[] {
  return factors.flatMap((f) => {
    const reason = refusal(f, asPublished);
    return reason ? [{ name: f.name, label: f.label, reason }] : [];
  });
}
