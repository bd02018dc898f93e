import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataTable } from '../../../src/lib/data/data-table';
import { decodeTable } from '../../../src/lib/data/decode';
import { deriveColumns } from '../../../src/lib/data/derive';

export const ARROW_PATH = resolve('public/data/demo-cohort.arrow');
export const REPORT_PATH = resolve('public/data/calibration-report.json');
export const MONTH_DAYS = 30.4375;

/** The committed demo cohort, decoded and derived as the explorer does. */
export function loadDemoCohort(): {
  bytes: Uint8Array;
  table: DataTable;
  derived: DataTable;
  metadata: Map<string, string>;
} {
  const bytes = new Uint8Array(readFileSync(ARROW_PATH));
  const { table, metadata } = decodeTable(bytes, 'demo-cohort.arrow');
  return { bytes, table, metadata, derived: deriveColumns(table, { monthDays: MONTH_DAYS }) };
}

export function values(t: DataTable, name: string): unknown[] {
  return Array.from(t.array(name) as ArrayLike<unknown>);
}

export function countWhere(t: DataTable, name: string, value: unknown): number {
  return values(t, name).filter((v) => v === value).length;
}
