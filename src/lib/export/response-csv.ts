import type {
  FirstId,
  OddsRatio,
  RateId,
  RateTest,
  ResponseGroup,
  ResponseResult,
} from '../engine/types';
import type { CsvCell } from './csv';

export const RATE_NAMES: Record<RateId, string> = {
  orr: 'Overall response (PR or better)',
  cr: 'CR or sCR',
  mrd: 'MRD-negative',
};
export const FIRST_NAMES: Record<FirstId, string> = {
  response: 'Time to first response (PR or better)',
  cr: 'Time to first CR or better',
  mrd: 'Time to first MRD negativity',
};

/** An odds ratio's three cells; an infinite one as Inf (R's read.csv reads it so). */
function oddsCells(or: OddsRatio | null | undefined): CsvCell[] {
  if (!or) return [null, null, null];
  return [or.infinite ? 'Inf' : or.estimate, or.lower, or.infinite ? 'Inf' : or.upper];
}

const testOf = (tests: readonly RateTest[], rate: RateId) => tests.find((t) => t.rate === rate);

/**
 * The rates table as CSV rows: every rate overall and per group, as x, n, proportion and exact
 * 95 % CI, with Fisher's p and the odds ratio across the groups; every row names the dataset (a
 * simulated cohort stays marked) and the view.
 * @example responseRateRows(result, 'Simulated cohort')[1] // ['Simulated cohort', 'Response …', 'All patients', 'orr', …]
 */
export function responseRateRows(result: ResponseResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'group',
    'rate',
    'measure',
    'x',
    'n',
    'proportion',
    'lower_95',
    'upper_95',
    'fisher_p_across_groups',
    'odds_ratio',
    'odds_ratio_lower_95',
    'odds_ratio_upper_95',
    'denominator',
  ];
  const rows = (g: ResponseGroup, tested: boolean): CsvCell[][] =>
    (['orr', 'cr', 'mrd'] as const).map((r) => {
      const p = g.rates[r];
      const t = tested ? testOf(result.tests, r) : undefined;
      return [
        dataset,
        result.title,
        g.label,
        r,
        RATE_NAMES[r],
        p.x,
        p.n,
        p.estimate,
        p.lower,
        p.upper,
        t?.p ?? null,
        ...oddsCells(t?.oddsRatio),
        result.denominators[r],
      ];
    });
  return [header, ...rows(result.overall, false), ...result.groups.flatMap((g) => rows(g, true))];
}

/**
 * The triple/penta-refractory tables as CSV rows: for each factor, group and rate the 2×2 counts
 * (had it, did not), the rate with its exact CI, Fisher's p and the odds ratio of the factor.
 * @example responseFactorRows(result, 'Simulated cohort')[0][2] // 'factor'
 */
export function responseFactorRows(result: ResponseResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'factor',
    'group',
    'rate',
    'had_it',
    'did_not',
    'proportion',
    'lower_95',
    'upper_95',
    'fisher_p',
    'odds_ratio',
    'odds_ratio_lower_95',
    'odds_ratio_upper_95',
  ];
  const out: CsvCell[][] = [header];
  for (const f of result.factors) {
    for (const t of f.tests) {
      for (const g of f.groups) {
        const p = g.rates[t.rate];
        out.push([
          dataset,
          `${RATE_NAMES[t.rate]} by ${f.label}`,
          f.column,
          g.label,
          t.rate,
          p.x,
          p.n - p.x,
          p.estimate,
          p.lower,
          p.upper,
          t.p,
          ...oddsCells(t.oddsRatio),
        ]);
      }
    }
  }
  return out;
}

/**
 * Times to first response, CR and MRD negativity as CSV rows: overall and per group, the number
 * who reached it, the median and the range in months.
 * @example responseTimeRows(result, 'Simulated cohort')[1][4] // n who responded
 */
export function responseTimeRows(result: ResponseResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'group',
    'measure',
    'n_reached',
    'median_months',
    'min_months',
    'max_months',
  ];
  const rows = (g: ResponseGroup): CsvCell[][] =>
    (['response', 'cr', 'mrd'] as const).map((f) => {
      const t = g.times[f];
      return [dataset, result.title, g.label, FIRST_NAMES[f], t.n, t.median, t.min, t.max];
    });
  return [header, ...rows(result.overall), ...result.groups.flatMap(rows)];
}

/**
 * The chart's numbers as CSV rows: per group and month the patients counted and the count in every
 * band, then those who had ever reached CR or better.
 * @example responseOverTimeRows(result, 'Simulated cohort')[0].slice(5, 7) // ['sCR', 'CR']
 */
export function responseOverTimeRows(result: ResponseResult, dataset: string): CsvCell[][] {
  const o = result.overTime;
  if (!o)
    return [
      ['dataset', 'view'],
      [dataset, result.title],
    ];
  const header = [
    'dataset',
    'view',
    'group',
    'month',
    'n',
    ...o.bands.map((b) => b.label),
    'ever_cr_or_better',
  ];
  const out: CsvCell[][] = [header];
  for (const p of o.panels) {
    o.months.forEach((m, j) => {
      out.push([dataset, result.title, p.label, m, p.n, ...p.counts.map((c) => c[j]), p.everCr[j]]);
    });
  }
  return out;
}
