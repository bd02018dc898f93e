/** A time unit a header or a user can name. */
export type TimeUnit = 'days' | 'weeks' | 'months' | 'years';

const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = {
  d: 'days',
  day: 'days',
  days: 'days',
  dy: 'days',
  jours: 'days',
  jour: 'days',
  j: 'days',
  tage: 'days',
  tag: 'days',
  dias: 'days',
  dia: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
  semaines: 'weeks',
  wochen: 'weeks',
  semanas: 'weeks',
  m: 'months',
  mo: 'months',
  mos: 'months',
  mon: 'months',
  month: 'months',
  months: 'months',
  mths: 'months',
  mois: 'months',
  monate: 'months',
  monat: 'months',
  meses: 'months',
  mes: 'months',
  y: 'years',
  yr: 'years',
  yrs: 'years',
  year: 'years',
  years: 'years',
  ans: 'years',
  annees: 'years',
  jahre: 'years',
  anos: 'years',
};

export interface NormalizedHeader {
  /** Lower-case words without accents, punctuation or unit words: "PFS (months)" → "pfs". */
  words: string;
  /** The time unit the header names, if any ("OS_days" → 'days'). */
  unit: TimeUnit | null;
}

/**
 * A column header reduced to comparable words, with the time unit it names set apart.
 * @example normalizeHeader('Überleben (Monate)') // { words: 'uberleben', unit: 'months' }
 */
export function normalizeHeader(header: string): NormalizedHeader {
  const plain = header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const tokens = plain.split(' ').filter(Boolean);
  let unit: TimeUnit | null = null;
  const kept: string[] = [];
  for (const t of tokens) {
    const u = Object.hasOwn(UNIT_WORDS, t) ? UNIT_WORDS[t] : undefined;
    // A lone unit word is the header itself ("m" for male is not a header of its own).
    if (u && tokens.length > 1) unit ??= u;
    else kept.push(t);
  }
  return { words: kept.join(' '), unit };
}
