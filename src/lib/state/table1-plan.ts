import type { ColumnInfo, Table1Request } from '../engine/types';
import type { ViewParams } from './view-params';

/**
 * The Table 1 request for the shared "Compare groups" choices: the stratifier (or a numeric split),
 * the reference group shown first, and the "as published" variant where the column has one.
 * The view must already be checked against the dataset's columns (viewColumns).
 * @example table1Plan({ ...DEFAULT_VIEW, stratifier: 'mrd_group' }, columns).stratifier // 'mrd_group'
 */
export function table1Plan(view: ViewParams, columns: readonly ColumnInfo[]): Table1Request {
  const active = columns.find((c) => c.name === view.stratifier);
  return {
    kind: 'table1',
    stratifier: view.stratifier,
    ...(view.stratifier !== null && view.cut !== null ? { cut: view.cut } : {}),
    ...(view.asPublished && view.cut === null && active?.stratifier?.asPublished
      ? { asPublished: true }
      : {}),
    ...(view.stratifier !== null && view.reference !== null ? { reference: view.reference } : {}),
  };
}
