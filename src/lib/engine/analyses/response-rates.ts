import type { ResponseInputs } from '../../frame/response-inputs';
import { clopperPearson } from '../../stats/clopper-pearson';
import { fisherExact } from '../../stats/fisher-exact';
import { fisherOddsRatio } from '../../stats/fisher-exact-odds';
import { fisherOddsRatioCi } from '../../stats/fisher-exact-odds-ci';
import { medianRange } from '../../stats/median-range';
import type {
  FirstId,
  OddsRatio,
  Proportion,
  RateId,
  RateTest,
  ResponseGroup,
  TimeToFirst,
} from '../response-types';

export const RATES: readonly RateId[] = ['orr', 'cr', 'mrd'];

const indicatorOf = (inputs: ResponseInputs, rate: RateId): Float64Array =>
  rate === 'orr' ? inputs.responder : rate === 'cr' ? inputs.crOrBetter : inputs.mrdNegative;

const timeOf = (inputs: ResponseInputs, first: FirstId): Float64Array =>
  first === 'response'
    ? inputs.firstResponse
    : first === 'cr'
      ? inputs.firstCr
      : inputs.firstMrdNegative;

/** x of n among `rows` where the indicator is known, with its Clopper–Pearson 95 % CI. */
function proportion(indicator: Float64Array, rows: readonly number[]): Proportion {
  let x = 0;
  let n = 0;
  for (const i of rows) {
    const v = indicator[i];
    if (Number.isNaN(v)) continue;
    n++;
    if (v === 1) x++;
  }
  if (n === 0) return { x, n, estimate: null, lower: null, upper: null };
  const ci = clopperPearson(x, n);
  return { x, n, estimate: ci.estimate, lower: ci.lower, upper: ci.upper };
}

function timeToFirst(values: Float64Array, rows: readonly number[]): TimeToFirst {
  return medianRange(Float64Array.from(rows, (i) => values[i]));
}

/**
 * The rates and times of one group of patients (rows of the inputs).
 * @example responseGroup(inputs, [0, 1, 2], null, 'All patients').rates.orr.x
 */
export function responseGroup(
  inputs: ResponseInputs,
  rows: readonly number[],
  value: string | number | null,
  label: string,
): ResponseGroup {
  const rates = {} as Record<RateId, Proportion>;
  for (const r of RATES) rates[r] = proportion(indicatorOf(inputs, r), rows);
  const times = {} as Record<FirstId, TimeToFirst>;
  for (const f of ['response', 'cr', 'mrd'] as const) {
    times[f] = timeToFirst(timeOf(inputs, f), rows);
  }
  return { value, label, n: rows.length, rates, times };
}

/** Rows of each group of the inputs, in level order. */
export function groupRows(inputs: ResponseInputs): number[][] {
  const rows = inputs.levels.map((): number[] => []);
  inputs.group.forEach((g, i) => {
    if (g >= 0) rows[g].push(i);
  });
  return rows;
}

/**
 * Fisher's exact test of each rate across the groups (R's fisher.test on the groups × [yes, no]
 * table), and with two groups the odds ratio of the second against the first.
 * @example rateTests(groups)[0].p // ORR across the groups
 */
export function rateTests(groups: readonly ResponseGroup[]): RateTest[] {
  return RATES.map((rate): RateTest => {
    const table = groups
      .map((g) => g.rates[rate])
      .filter((p) => p.n > 0)
      .map((p) => [p.x, p.n - p.x]);
    if (table.length < 2) {
      const note = 'fewer than two groups have patients with this recorded';
      return { rate, table, p: null, oddsRatio: null, note };
    }
    let p: number | null = null;
    let note: string | null = null;
    try {
      p = fisherExact(table).p;
    } catch {
      note = 'too many groups and patients for the exact test to be enumerated';
    }
    // Only a comparison of exactly two groups has an odds ratio (never two left of three).
    const oddsRatio = groups.length === 2 && table.length === 2 ? odds([table[1], table[0]]) : null;
    return { rate, table, p, oddsRatio, note };
  });
}

/** The odds ratio of a 2×2 table (first row vs second) and its exact CI, infinities as flags. */
function odds(table: number[][]): OddsRatio {
  const estimate = fisherOddsRatio(table);
  if (Number.isNaN(estimate)) return { estimate: null, lower: null, upper: null, infinite: false };
  const ci = fisherOddsRatioCi(table);
  const infinite = estimate === Infinity;
  return {
    estimate: infinite ? null : estimate,
    lower: ci.lower,
    upper: Number.isFinite(ci.upper) ? ci.upper : null,
    infinite,
  };
}
