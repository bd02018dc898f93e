import { isMissingToken } from './missing-tokens';

/** One value of an event column, how often it occurs and what it is taken to mean. */
export interface EventCode {
  value: string;
  count: number;
  /** 1 = event, 0 = censored, null = not known: the user must say. */
  means: 0 | 1 | null;
}

// "The event happened" and "censored / no event", lower-case, without accents, in English,
// French, German and Spanish.
const EVENT = new Set([
  'yes',
  'y',
  'true',
  't',
  'dead',
  'died',
  'death',
  'deceased',
  'event',
  'progressed',
  'progression',
  'relapse',
  'relapsed',
  'pd',
  'oui',
  'decede',
  'deces',
  'ja',
  'verstorben',
  'tot',
  'si',
  'fallecido',
  'muerto',
]);
const CENSORED = new Set([
  'no',
  'n',
  'false',
  'f',
  'alive',
  'living',
  'censored',
  'censor',
  'cens',
  'none',
  'no event',
  'non',
  'nein',
  'lebend',
  'vivant',
  'vivo',
  'ltfu',
  'lost to follow up',
]);

const NUMBER = /^-?\d+(\.0+)?$/;
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Non-missing values of a column as text, with their counts, in first-seen order. */
export function valueCounts(values: ArrayLike<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    const text = String(v).trim();
    if (text === '' || isMissingToken(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/**
 * What each value of an event column is taken to mean: 0/1 as themselves; 1/2 as R's `Surv`
 * reads them (1 censored, 2 event); yes/no, TRUE/FALSE, dead/alive, progressed/censored … in
 * English, French, German and Spanish. A value it cannot read is left for the user (null).
 * @example eventCodes(['dead', 'alive', 'alive']) // [{ value: 'alive', count: 2, means: 0 }, { value: 'dead', count: 1, means: 1 }]
 */
export function eventCodes(values: ArrayLike<unknown>): EventCode[] {
  const counts = valueCounts(values);
  const texts = [...counts.keys()].sort();
  // 1/2 coding only when a 2 is there: a column of 1s alone is read as 0/1 (all events).
  const oneTwo =
    texts.some((v) => NUMBER.test(v) && +v === 2) &&
    texts.every((v) => NUMBER.test(v) && (+v === 1 || +v === 2));
  return texts.map((value) => {
    const x = Number(value);
    let means: 0 | 1 | null = null;
    if (oneTwo) means = x === 2 ? 1 : 0;
    else if (NUMBER.test(value) && (x === 0 || x === 1)) means = x;
    else if (EVENT.has(plain(value))) means = 1;
    else if (CENSORED.has(plain(value))) means = 0;
    return { value, count: counts.get(value)!, means };
  });
}
