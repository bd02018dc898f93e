import type { ForestRole } from '../data/column-spec';
import type { HazardRow } from './hazard-row';

/** A per-unit hazard ratio on the registry's second scale (HR^by, e.g. per 12 months). */
export interface RescaledHr {
  unit: string;
  hr: number;
  lower: number | null;
  upper: number | null;
}

/**
 * The hazard ratio of a per-unit covariate on its more readable scale: exp(by × coef), with the
 * interval's limits raised likewise (the Wald interval of by × coef). Null for a factor without a
 * second scale, or a row without a hazard ratio.
 * @example rescaledHr({ unit: 'per month', order: 14, rescale: { by: 12, unit: 'per 12 months' } }, { hr: 0.914, lower: 0.87, upper: 0.96, p: 0.001 })?.hr // 0.339…
 */
export function rescaledHr(role: ForestRole | undefined, row: HazardRow): RescaledHr | null {
  if (!role?.rescale || row.hr === null) return null;
  const { by, unit } = role.rescale;
  const pow = (x: number | null) => (x === null ? null : x ** by);
  return { unit, hr: row.hr ** by, lower: pow(row.lower), upper: pow(row.upper) };
}
