import { MISSING } from './format';

/**
 * A kinetics measurement for tables and labels, by its unit: copies and AUCs as whole numbers
 * with thousands separators ("44,100"), days as whole days, months with one decimal.
 * @example formatMeasure(474542.5, 'copies/µg × days') // '474,543'
 */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (unit === 'months') return value.toFixed(1);
  if (unit === 'days') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (Math.abs(value) < 10 && !Number.isInteger(value)) return value.toPrecision(2);
  return Math.round(value).toLocaleString('en-US');
}
