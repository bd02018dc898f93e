import type { MrdEntry } from './serial-entries';

export interface MrdContext {
  /** Day of first progression, or null if none observed. */
  pdDay: number | null;
  /** Day of death without prior progression, or null. */
  deathWithoutPdDay: number | null;
  /** Last follow-up day (the PFS censoring day), for the last_followup censoring rule. */
  lastFollowupDay: number | null;
}

export interface MrdRules {
  /** first_pos_or_pd (default): PD before any later MRD-positive test also ends negativity. */
  lossRule: 'first_pos_or_pd' | 'first_pos';
  /** Where a still-negative patient is censored: last negative test or last follow-up. */
  censorRule: 'last_neg_test' | 'last_followup';
}

export interface MrdSummary {
  firstNegDay: number;
  endDay: number;
  /** 0 censored while negative, 1 lost negativity (MRD+ or PD), 2 died while negative. */
  status: 0 | 1 | 2;
  /** Last negative test before the loss (interval censoring), null unless status = 1. */
  lastNegBeforeLossDay: number | null;
}

/**
 * Sustained MRD-negativity from serial assessments (schema.md §2.4). Entries must be sorted by
 * day; 'ne' results and days before infusion are ignored. Returns null if never negative.
 * @example mrdFromAssessments([{ day: 14, result: 'neg' }, { day: 180, result: 'pos' }], ctx, rules)
 *   // → { firstNegDay: 14, endDay: 180, status: 1, lastNegBeforeLossDay: 14 }
 */
export function mrdFromAssessments(
  entries: readonly MrdEntry[],
  ctx: MrdContext,
  rules: MrdRules,
): MrdSummary | null {
  const tests = entries.filter((e) => e.result !== 'ne' && e.day >= 0);
  const first = tests.find((e) => e.result === 'neg');
  if (!first) return null;
  const t0 = first.day;
  const firstPos = tests.find((e) => e.result === 'pos' && e.day > t0)?.day ?? null;
  let loss = firstPos;
  const pd = ctx.pdDay;
  if (
    rules.lossRule === 'first_pos_or_pd' &&
    pd !== null &&
    pd >= t0 &&
    (loss === null || pd < loss)
  ) {
    loss = pd;
  }
  const negs = tests.filter((e) => e.result === 'neg').map((e) => e.day);
  if (loss !== null) {
    const before = negs.filter((d) => d < loss);
    return { firstNegDay: t0, endDay: loss, status: 1, lastNegBeforeLossDay: before.at(-1) ?? t0 };
  }
  if (ctx.deathWithoutPdDay !== null) {
    return {
      firstNegDay: t0,
      endDay: ctx.deathWithoutPdDay,
      status: 2,
      lastNegBeforeLossDay: null,
    };
  }
  const lastNeg = negs.at(-1) ?? t0;
  const end =
    rules.censorRule === 'last_followup' && ctx.lastFollowupDay !== null
      ? Math.max(ctx.lastFollowupDay, lastNeg)
      : lastNeg;
  return { firstNegDay: t0, endDay: end, status: 0, lastNegBeforeLossDay: null };
}
