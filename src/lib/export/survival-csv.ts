import type { HazardRatios, SurvivalResult } from '../engine/types';
import { csvCount, NO_SMALL_CELLS, type SmallCells } from '../layout/small-cells';
import type { CsvCell } from './csv';
import {
  groupNames,
  inUnit,
  MONTHS_TABLE,
  timeColumn,
  type TableUnits,
} from '../layout/table-units';

/**
 * The numbers table of a survival view as CSV rows: per group n, events, median with its 95 % CI,
 * survival with CI at each reported time, hazard ratio vs the reference with CI and p; every row
 * names the dataset (so a simulated cohort stays marked) and the view. With small counts
 * suppressed, every count from 1 to k − 1 (n, events, n used) is written "<k". Like the table on
 * screen, it follows the Figure panel's time unit (medians in years, `median_years`, `surv_1y`)
 * and group labels.
 * @example survivalTableRows(result, hazards, 'Simulated cohort')[0][0] // 'dataset'
 */
export function survivalTableRows(
  result: SurvivalResult,
  hazards: HazardRatios | null,
  dataset: string,
  cells: SmallCells = NO_SMALL_CELLS,
  units: TableUnits = MONTHS_TABLE,
): CsvCell[][] {
  const times = result.groups[0]?.at.map((a) => a.time) ?? [];
  const unit = units.timeUnit;
  const names = groupNames(result.groups, units);
  const header = [
    'dataset',
    'view',
    'group',
    'n',
    'events',
    `median_${unit}`,
    'median_lower',
    'median_upper',
    ...times.flatMap((t) => {
      const c = timeColumn(t, unit);
      return [c, `${c}_lower`, `${c}_upper`];
    }),
    'hr',
    'hr_lower',
    'hr_upper',
    'hr_p',
    'logrank_chisq',
    'logrank_df',
    'logrank_p',
    'n_used',
    'n_total',
  ];
  const rows = result.groups.map((g, i): CsvCell[] => {
    const h = i === 0 ? null : (hazards?.ratios[i] ?? null);
    return [
      dataset,
      result.title,
      i === 0 && result.groups.length > 1 ? `${names[i]} (reference)` : names[i],
      csvCount(g.n, cells),
      csvCount(g.events, cells),
      inUnit(g.median, unit),
      inUnit(g.medianLower, unit),
      inUnit(g.medianUpper, unit),
      ...g.at.flatMap((a) => [a.surv, a.lower, a.upper]),
      h?.hr ?? null,
      h?.lower ?? null,
      h?.upper ?? null,
      h?.p ?? null,
      result.logRank?.chisq ?? null,
      result.logRank?.df ?? null,
      result.logRank?.p ?? null,
      csvCount(result.nUsed, cells),
      csvCount(result.nTotal, cells),
    ];
  });
  return [header, ...rows];
}

/**
 * Every Kaplan–Meier step of every group as CSV rows (R's survfit rows: time, n.risk, n.event,
 * n.censor, surv, std.err, lower, upper), to redraw or check the curves elsewhere. With small
 * counts suppressed, n_risk, n_event and n_censor from 1 to k − 1 are written "<k".
 * @example curveStepRows(result, 'Simulated cohort')[1][3] // first step time of the first group
 */
export function curveStepRows(
  result: SurvivalResult,
  dataset: string,
  cells: SmallCells = NO_SMALL_CELLS,
): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'group',
    'time',
    'n_risk',
    'n_event',
    'n_censor',
    'surv',
    'std_err',
    'lower',
    'upper',
  ];
  const rows = result.groups.flatMap((g) =>
    g.steps.map((s): CsvCell[] => [
      dataset,
      result.title,
      g.label,
      s.time,
      csvCount(s.nRisk, cells),
      csvCount(s.nEvent, cells),
      csvCount(s.nCensor, cells),
      s.surv,
      s.stdErr,
      s.lower,
      s.upper,
    ]),
  );
  return [header, ...rows];
}
