import { isMissingToken } from './missing-tokens';

/** What the mapping step knows of one column of the user's file, from its values. */
export interface ColumnProfile {
  name: string;
  /** Non-missing values. */
  n: number;
  missing: number;
  /** Every non-missing value reads as a finite number. */
  numeric: boolean;
  /** Distinct non-missing values, as text (at most 20 kept, `distinctCount` has them all). */
  distinct: string[];
  distinctCount: number;
  /** Median and maximum of the numbers (NaN when not numeric). */
  median: number;
  max: number;
}

/** A cell as a number, or NaN (text that is not a number, booleans, missing). */
export function cellNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '' && !isMissingToken(v)) return Number(v.trim());
  return NaN;
}

/**
 * A column's profile: how many values, whether they are numbers, which distinct values.
 * @example columnProfile('PFS (days)', [30, 'NA', 400]).median // 215
 */
export function columnProfile(name: string, values: ArrayLike<unknown>): ColumnProfile {
  const nums: number[] = [];
  const seen = new Map<string, number>();
  let missing = 0;
  let numeric = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      missing++;
      continue;
    }
    if (typeof v === 'string' && (v.trim() === '' || isMissingToken(v))) {
      missing++;
      continue;
    }
    const text = typeof v === 'string' ? v.trim() : String(v);
    seen.set(text, (seen.get(text) ?? 0) + 1);
    const x = cellNumber(v);
    if (Number.isFinite(x)) nums.push(x);
    else numeric = false;
  }
  nums.sort((a, b) => a - b);
  const mid = nums.length >> 1;
  const median =
    !numeric || nums.length === 0
      ? NaN
      : nums.length % 2
        ? nums[mid]
        : (nums[mid - 1] + nums[mid]) / 2;
  return {
    name,
    n: values.length - missing,
    missing,
    numeric: numeric && nums.length > 0,
    distinct: [...seen.keys()].slice(0, 20),
    distinctCount: seen.size,
    median,
    max: numeric && nums.length ? nums[nums.length - 1] : NaN,
  };
}
