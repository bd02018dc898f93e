import type { Cell } from './cell';

/** One group of a factor: its raw value, its readable label and how many rows have it. */
export interface Level {
  value: string | number;
  label: string;
  n: number;
}

/** A column as groups: a level index per row (−1 = missing) and the levels in R's order. */
export interface Factor {
  codes: Int32Array;
  levels: Level[];
}

/**
 * A column of cells as a factor, with levels in the order R's factor() gives them: numbers
 * ascending, texts sorted as R's sort() in an English locale; with `order` given, those values in
 * that order (others are missing, as factor(levels = …) makes them NA). With a cut-point a numeric
 * column becomes two levels, 0 = below the cut and 1 = at or above it.
 * @example factorOf([1, 0, null, 1], String).codes // Int32Array [1, 0, -1, 1]
 */
export function factorOf(
  cells: readonly Cell[],
  label: (value: string | number) => string,
  options: { cut?: number; order?: readonly string[] } = {},
): Factor {
  const n = cells.length;
  const codes = new Int32Array(n).fill(-1);
  const { cut, order } = options;
  let values: (string | number)[];
  if (cut !== undefined) {
    values = [0, 1];
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (typeof v === 'number') codes[i] = v >= cut ? 1 : 0;
    }
  } else {
    values = order ? [...order] : distinctSorted(cells);
    const index = new Map<string, number>(values.map((v, k) => [String(v), k]));
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (v !== null) codes[i] = index.get(String(v)) ?? -1;
    }
  }
  const counts = new Array<number>(values.length).fill(0);
  for (let i = 0; i < n; i++) if (codes[i] >= 0) counts[codes[i]]++;
  return {
    codes,
    levels: values.map((value, k) => ({ value, label: label(value), n: counts[k] })),
  };
}

function distinctSorted(cells: readonly Cell[]): (string | number)[] {
  const seen = new Set<string | number>();
  for (const v of cells) if (v !== null) seen.add(v);
  const all = [...seen];
  if (all.every((v) => typeof v === 'number')) return (all as number[]).sort((a, b) => a - b);
  return [...new Set(all.map(String))].sort((a, b) => a.localeCompare(b, 'en'));
}
