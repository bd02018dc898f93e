import type { Table1Result } from '../engine/types';
import { table1CellText } from '../layout/table1-text';
import type { CsvCell } from './csv';

/**
 * Table 1 as CSV rows: one row per characteristic (numbers) or per value (categories), with the
 * text on screen and its numbers for Overall and each group — n/N for categories (N = patients
 * with a value), median and quartiles (type 7) for numbers, missing counts — and the row's test
 * with its p. Every row names the dataset, so a simulated cohort stays marked.
 * @example table1Rows(result, 'Simulated cohort')[0][0] // 'dataset'
 */
export function table1Rows(result: Table1Result, dataset: string): CsvCell[][] {
  const columns = [
    { name: 'overall', pick: (r: Table1Result['rows'][number]) => r.overall },
    ...result.groups.map((g, k) => ({
      name: k === 0 && result.groups.length > 1 ? `${g.label} (reference)` : g.label,
      pick: (r: Table1Result['rows'][number]) => r.groups[k],
    })),
  ];
  const header: CsvCell[] = [
    'dataset',
    'view',
    'section',
    'characteristic',
    'unit',
    'value',
    'statistic',
    ...columns.flatMap((c) => [
      `${c.name}`,
      `${c.name}: n`,
      `${c.name}: N with a value`,
      `${c.name}: median`,
      `${c.name}: Q1`,
      `${c.name}: Q3`,
      `${c.name}: missing`,
    ]),
    'test',
    'test_statistic',
    'test_df',
    'p',
    'note',
  ];
  const out: CsvCell[][] = [header];
  for (const row of result.rows) {
    const lines: (number | null)[] =
      row.kind === 'numeric' ? [null] : row.kind === 'binary' ? [1] : row.levels.map((_, l) => l);
    lines.forEach((level, i) => {
      const first = i === 0;
      out.push([
        dataset,
        result.title,
        row.section,
        row.label,
        row.unit,
        level === null ? null : row.levels[level].label,
        level === null ? 'median [IQR], quantile type 7' : 'n/N (%)',
        ...columns.flatMap((c) => {
          const cell = c.pick(row);
          return [
            table1CellText(cell, level),
            level === null ? null : cell.counts[level],
            cell.n,
            level === null ? cell.median : null,
            level === null ? cell.q1 : null,
            level === null ? cell.q3 : null,
            cell.missing,
          ];
        }),
        first ? (row.test?.name ?? null) : null,
        first ? (row.test?.statistic ?? null) : null,
        first ? (row.test?.df ?? null) : null,
        first ? (row.test?.p ?? null) : null,
        first ? (row.test?.note ?? row.noTest) : null,
      ]);
    });
  }
  return out;
}
