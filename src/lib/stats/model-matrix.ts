/** One input column of a model: numbers become a numeric term, text a factor. */
export interface ModelColumn {
  name: string;
  /** null, undefined, NaN or '' = missing. */
  values: ArrayLike<number | string | null>;
  /** Factor levels in order, the first being the reference; default: sorted distinct values. */
  levels?: string[];
}

export interface ModelMatrix {
  /** One column per term, restricted to the kept (complete) rows. */
  x: Float64Array[];
  /** Term names as R's model.matrix: numeric `name`, dummies `name` + level (e.g. celltypesmallcell). */
  names: string[];
  /** Where each term comes from: its input column and, for a dummy, the level it indicates. */
  terms: { column: string; level: string | null }[];
  /** 1 for rows with no missing value in any column (R's na.omit), else 0. */
  keep: Uint8Array;
}

function isMissing(v: number | string | null | undefined): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));
}

/**
 * Builds the design matrix of a regression from raw columns, as R's model.matrix with
 * na.action = na.omit: numeric columns enter as they are, text columns are treatment-coded
 * (one 0/1 dummy per non-reference level; the reference is the first level). A text value not
 * in the given `levels` counts as missing, as factor() makes it NA. Levels without kept rows
 * still get a (constant zero) column, as in R, where coxph then reports the coefficient as NA.
 *
 * @example
 * modelMatrix([{ name: 'celltype', values: ['large', 'adeno', null, 'squamous'] }]);
 * // names ['celltypelarge', 'celltypesquamous'] (reference 'adeno'), keep [1, 1, 0, 1]
 */
export function modelMatrix(columns: ModelColumn[]): ModelMatrix {
  const n = columns.length > 0 ? columns[0].values.length : 0;
  const keep = new Uint8Array(n).fill(1);
  const specs = columns.map((col) => {
    if (col.values.length !== n) throw new RangeError(`modelMatrix: column ${col.name} length`);
    let text = col.levels != null;
    for (let i = 0; i < n && !text; i++) text = typeof col.values[i] === 'string';
    const distinct = new Set<string>();
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (isMissing(v)) keep[i] = 0;
      else if (text) distinct.add(String(v));
    }
    const levels = col.levels ?? [...distinct].sort((a, b) => a.localeCompare(b, 'en'));
    if (text) {
      for (let i = 0; i < n; i++)
        if (keep[i] && !levels.includes(String(col.values[i]))) keep[i] = 0;
    }
    return { col, text, levels };
  });
  let m = 0;
  for (let i = 0; i < n; i++) m += keep[i];
  const x: Float64Array[] = [];
  const names: string[] = [];
  const terms: ModelMatrix['terms'] = [];
  for (const { col, text, levels } of specs) {
    if (!text) {
      const out = new Float64Array(m);
      for (let i = 0, j = 0; i < n; i++) if (keep[i]) out[j++] = Number(col.values[i]);
      x.push(out);
      names.push(col.name);
      terms.push({ column: col.name, level: null });
      continue;
    }
    for (const level of levels.slice(1)) {
      const out = new Float64Array(m);
      for (let i = 0, j = 0; i < n; i++)
        if (keep[i]) out[j++] = String(col.values[i]) === level ? 1 : 0;
      x.push(out);
      names.push(col.name + level);
      terms.push({ column: col.name, level });
    }
  }
  return { x, names, terms, keep };
}

/**
 * The rows of `values` whose `keep` flag is 1, in order: applies modelMatrix's na.omit to the
 * time, event, strata or entry arrays of the same rows.
 *
 * @example
 * keepRows(Float64Array.of(5, 7, 9), Uint8Array.of(1, 0, 1)); // Float64Array [5, 9]
 */
export function keepRows<T extends Float64Array | Uint8Array | Int32Array>(
  values: T,
  keep: Uint8Array,
): T {
  let m = 0;
  for (let i = 0; i < keep.length; i++) m += keep[i];
  const out = new (values.constructor as new (length: number) => T)(m);
  for (let i = 0, j = 0; i < keep.length; i++) if (keep[i]) out[j++] = values[i];
  return out;
}
