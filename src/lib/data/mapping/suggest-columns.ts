import type { ColumnSpec } from '../column-spec';
import type { ColumnProfile } from './column-profile';
import { COLUMN_SYNONYMS } from './column-synonyms';
import { headerSimilarity } from './header-similarity';
import { normalizeHeader } from './normalize-header';

/** The file column proposed for one contract column, and why — shown, never applied unasked. */
export interface ColumnSuggestion {
  column: string;
  /** The file's column, or null when none is alike enough. */
  candidate: string | null;
  score: number;
  reason: string;
  /** Other file columns worth offering first in the list, best first. */
  alternatives: string[];
}

/** Below this a file column is not proposed (the user may still pick it). */
export const MIN_SCORE = 0.55;

function nameScore(spec: ColumnSpec, header: string): { score: number; reason: string } {
  const { words } = normalizeHeader(header);
  const own = normalizeHeader(spec.name).words;
  const label = normalizeHeader(spec.label).words;
  if (header === spec.name) return { score: 1, reason: 'same name' };
  if (words === own) return { score: 0.97, reason: `“${header}” reads as ${spec.name}` };
  if (words === label) return { score: 0.95, reason: `“${header}” is its label` };
  const synonyms = COLUMN_SYNONYMS[spec.name] ?? [];
  if (synonyms.includes(words)) return { score: 0.9, reason: `“${header}” is a usual name for it` };
  const best = Math.max(...[own, label, ...synonyms].map((s) => headerSimilarity(words, s)));
  return { score: 0.85 * best, reason: `“${header}” is spelled like it` };
}

/** How well a column's values fit the contract type, 0–1. */
function typeFit(spec: ColumnSpec, p: ColumnProfile): number {
  if (p.n === 0) return 0.5;
  switch (spec.type) {
    case 'string':
      return p.distinctCount === p.n ? 1 : 0.4;
    case 'boolean':
      return p.distinctCount <= 2 ? 1 : p.distinctCount === 3 ? 0.5 : 0;
    case 'enum':
      return p.distinctCount <= (spec.levels?.length ?? 2) + 2 ? 1 : 0.3;
    default:
      if (spec.codes) return p.distinctCount <= spec.codes.length ? 1 : 0.3;
      if (!p.numeric) return 0;
      return spec.unit === 'months' && p.distinctCount <= 2 ? 0.5 : 1;
  }
}

/**
 * For each contract column, the file column most like it — by name (its contract name, label,
 * usual names in four languages, spelling) and by its values (type, distinct values) — each
 * file column proposed at most once, best matches first.
 * @example suggestColumns(PATIENT_COLUMNS, [profile('PFS (months)'), …])[i].candidate // 'PFS (months)'
 */
export function suggestColumns(
  specs: readonly ColumnSpec[],
  profiles: readonly ColumnProfile[],
): ColumnSuggestion[] {
  const pairs: { spec: number; file: number; score: number; reason: string }[] = [];
  specs.forEach((spec, s) =>
    profiles.forEach((p, f) => {
      const byName = nameScore(spec, p.name);
      // The contract's own name is taken at its word; validation then checks the values.
      const score = byName.score === 1 ? 1 : byName.score * typeFit(spec, p);
      if (score > 0) pairs.push({ spec: s, file: f, score, reason: byName.reason });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.spec - b.spec || a.file - b.file);
  const chosen = new Map<number, (typeof pairs)[number]>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (p.score < MIN_SCORE || chosen.has(p.spec) || taken.has(p.file)) continue;
    chosen.set(p.spec, p);
    taken.add(p.file);
  }
  return specs.map((spec, s) => {
    const pick = chosen.get(s);
    const alternatives = pairs
      .filter((p) => p.spec === s && p.file !== pick?.file && p.score >= MIN_SCORE / 2)
      .slice(0, 3)
      .map((p) => profiles[p.file].name);
    return {
      column: spec.name,
      candidate: pick ? profiles[pick.file].name : null,
      score: pick ? Math.round(pick.score * 100) / 100 : 0,
      reason: pick ? pick.reason : 'no column of the file is like it',
      alternatives,
    };
  });
}
