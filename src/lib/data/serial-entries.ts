import { RESPONSE_LEVELS, SERIAL_COLUMNS, type SerialColumnName } from './columns';
import { bin, num } from './values';

export interface MrdEntry {
  day: number;
  result: 'neg' | 'pos' | 'ne';
}
export interface PkEntry {
  day: number;
  copies_per_ug: number | null;
  below_lloq: 0 | 1 | null;
}
export interface ResponseEntry {
  day: number;
  response: (typeof RESPONSE_LEVELS)[number];
  confirmed: 0 | 1 | null;
}

/** Why a single serial entry is unusable, or null if it is fine (a negative day is allowed). */
export function entryProblem(column: SerialColumnName, e: unknown): string | null {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'not a record';
  const r = e as Record<string, unknown>;
  if (num(r.day) === null) return 'day is empty or not a number';
  const levels = SERIAL_COLUMNS[column].levels as Record<string, readonly string[]>;
  for (const [field, allowed] of Object.entries(levels)) {
    if (!allowed.includes(String(r[field]))) return `${field} is not one of ${allowed.join(', ')}`;
  }
  if (column === 'pk_samples') {
    const c = r.copies_per_ug;
    if (c !== null && c !== undefined && (num(c) === null || (c as number) < 0)) {
      return 'copies_per_ug is not a number ≥ 0';
    }
    const b = r.below_lloq;
    if (b !== null && b !== undefined && bin(b) === null) return 'below_lloq is not 0 or 1';
    if (num(c) === null && bin(b) === null) return 'both copies_per_ug and below_lloq are empty';
  }
  if (column === 'response_assessments') {
    const c = r.confirmed;
    if (c !== null && c !== undefined && bin(c) === null) return 'confirmed is not 0 or 1';
  }
  return null;
}

function usable(column: SerialColumnName, cell: unknown): Record<string, unknown>[] {
  if (!Array.isArray(cell)) return [];
  return cell
    .filter((e) => entryProblem(column, e) === null)
    .map((e) => e as Record<string, unknown>)
    .filter((r) => (r.day as number) >= 0) // before infusion: not used by the derivations
    .sort((a, b) => (a.day as number) - (b.day as number));
}

/** Usable MRD results of one patient, sorted by day ('ne' kept; derivations skip it). */
export function mrdEntries(cell: unknown): MrdEntry[] {
  return usable('mrd_assessments', cell).map((r) => ({
    day: r.day as number,
    result: r.result as MrdEntry['result'],
  }));
}

/** Usable PK samples of one patient, sorted by day. */
export function pkEntries(cell: unknown): PkEntry[] {
  return usable('pk_samples', cell).map((r) => ({
    day: r.day as number,
    copies_per_ug: num(r.copies_per_ug),
    below_lloq: bin(r.below_lloq),
  }));
}

/** Usable response assessments of one patient, sorted by day. */
export function responseEntries(cell: unknown): ResponseEntry[] {
  return usable('response_assessments', cell).map((r) => ({
    day: r.day as number,
    response: r.response as ResponseEntry['response'],
    confirmed: bin(r.confirmed),
  }));
}
