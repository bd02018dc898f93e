/**
 * A cell as a number for the statistics: booleans 0/1, bigints (Arrow Int64) as numbers, and
 * anything else that is not a number (null, text) as NaN, which the engine treats as missing.
 * @example toNumber(true) // 1
 */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return +v;
  return NaN;
}
