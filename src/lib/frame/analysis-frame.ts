import { asPublishedValues } from '../data/as-published';
import type { ColumnMeaning } from '../data/column-spec';
import type { DataTable } from '../data/data-table';
import { columnSpec } from '../data/registry';
import { toCell, type Cell } from './cell';
import { eventIndicator } from './event-indicator';
import { factorOf, type Factor } from './factor';
import { toNumber } from './to-number';
import { ownValue } from '../data/own-value';
import { sortOrder } from '../stats/sort-order';
import { capLabel } from '../layout/truncate-label';

/** What the frame reads: any table of named columns (the loaded dataset, or a decoded file). */
export type TableLike = DataTable;

export interface FactorOptions {
  /** Split a numeric column into below / at or above this value. */
  cut?: number;
  /** Use the column's "as published" variant (undecidable counted below the threshold). */
  asPublished?: boolean;
  /** Level values in this order (others are missing), as factor(levels = …). */
  order?: readonly string[];
}

/**
 * The one place where a table becomes model inputs: numbers (NaN = missing), event indicators,
 * factors with R's level order and readable labels, and model cells. Each conversion is computed
 * once per dataset and reused, so toggling back to a stratifier or switching endpoints is cheap.
 *
 * With `registry` (a dataset in the explorer's format) columns are read by their registry entry:
 * readable value labels, the event coding of status columns, "as published" variants. Without it
 * (any other table, in the CLI) every column is read as R reads it.
 */
export class AnalysisFrame {
  readonly n: number;
  private readonly names: Set<string>;
  private readonly cache = new Map<string, unknown>();

  /**
   * @param table the columns
   * @param registry read columns by their registry entry (a dataset in the explorer's format)
   */
  constructor(
    private readonly table: TableLike,
    readonly registry = true,
  ) {
    this.n = table.numRows();
    this.names = new Set(table.columnNames());
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  columnNames(): string[] {
    return [...this.names];
  }

  /** The registry entry of a column, when the frame reads by the registry. */
  spec(name: string): ColumnMeaning | undefined {
    return this.registry ? columnSpec(name) : undefined;
  }

  /**
   * The on-screen name of a column. A name from the file is capped (capLabel: 200 characters and
   * "… (N characters)"), so a huge header never travels as a label into views and exports.
   */
  label(name: string): string {
    return this.spec(name)?.label ?? capLabel(name);
  }

  /** The decoded values of a column; throws a plain-language error when it is absent. */
  raw(name: string): ArrayLike<unknown> {
    if (!this.names.has(name)) {
      throw new Error(`This dataset has no column "${name}".`);
    }
    return this.memo(`raw:${name}`, () => this.table.array(name));
  }

  /** Model cells of a column: numbers, texts, null for missing. */
  cells(name: string): Cell[] {
    return this.memo(`cells:${name}`, () => {
      const raw = this.raw(name);
      const out = new Array<Cell>(raw.length);
      for (let i = 0; i < raw.length; i++) out[i] = toCell(raw[i]);
      return out;
    });
  }

  /** A column as numbers; anything missing or not a number is NaN. */
  numeric(name: string): Float64Array {
    return this.memo(`num:${name}`, () => {
      const raw = this.raw(name);
      // A typed column holds numbers only: copied as is (no per-value call).
      return ArrayBuffer.isView(raw)
        ? Float64Array.from(raw as ArrayLike<number>)
        : Float64Array.from(raw, toNumber);
    });
  }

  /**
   * The rows where a column is a number, in ascending order of it (ties in row order): sorted
   * once per dataset, so each survival view gathers its groups already in time order.
   */
  timeOrder(name: string): Uint32Array {
    return this.memo(`order:${name}`, () => {
      const x = this.numeric(name);
      const rows = new Uint32Array(x.length);
      let m = 0;
      for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) rows[m++] = i;
      return sortOrder(x, rows.subarray(0, m));
    });
  }

  /**
   * A column's numbers (`event`: its event indicator) read in the time order of `timeColumn`
   * (`timeOrder`), once per dataset: what turns a view's rows into time order with one random
   * read per row instead of four (timeOrderedInputs).
   */
  inTimeOrder(timeColumn: string, column: string, as: 'numeric' | 'event'): Float64Array {
    return this.memo(`in-order:${timeColumn}:${as}:${column}`, () => {
      const values = as === 'event' ? this.event(column) : this.numeric(column);
      const order = this.timeOrder(timeColumn);
      const out = new Float64Array(order.length);
      for (let o = 0; o < order.length; o++) out[o] = values[order[o]];
      return out;
    });
  }

  /** True when every present value of the column is a number. */
  isNumeric(name: string): boolean {
    const raw = this.raw(name);
    if (ArrayBuffer.isView(raw)) return true; // a typed column holds numbers only
    return this.cells(name).every((c) => c === null || typeof c === 'number');
  }

  /** An event-status column as 1 = event, 0 = censored, NaN = missing (see eventIndicator). */
  event(name: string): Float64Array {
    return this.memo(`event:${name}`, () => {
      if (!this.isNumeric(name)) throw new Error(`column '${name}' must be numeric`);
      return eventIndicator(this.numeric(name), name, this.spec(name)?.eventValues);
    });
  }

  /** A column as groups, with R's level order and the registry's readable labels. */
  factor(name: string, options: FactorOptions = {}): Factor {
    const { cut, asPublished = false, order } = options;
    const key = `factor:${name}\u0000${cut ?? ''}\u0000${asPublished}\u0000${order?.join('\u0001') ?? ''}`;
    return this.memo(key, () => {
      const variant = asPublished && this.registry ? this.asPublished(name) : null;
      // The decoded values themselves (factorOf reads them as cells): no cell array is made.
      const cells = variant ?? this.raw(name);
      const label =
        cut !== undefined
          ? (v: string | number) => `${this.label(name)} ${v === 1 ? '≥' : '<'} ${cut}`
          : (v: string | number) => this.valueLabel(name, v);
      return factorOf(cells, label, { cut, order });
    });
  }

  /** Whether a column has an "as published" variant (a threshold on a censored duration). */
  hasAsPublished(name: string): boolean {
    return this.spec(name)?.stratifier?.asPublished === true;
  }

  /**
   * The readable label of one value: the registry's label for it, else the column's label with
   * the value ("ISS stage: II"), else `name = value` for a column the registry does not know.
   */
  valueLabel(name: string, value: string | number): string {
    const spec = this.spec(name);
    const known = ownValue(spec?.valueLabels, String(value));
    if (known) return known;
    // A value from the file can be any length (a 5 MB cell): its label is capped (capLabel).
    return capLabel(spec ? `${spec.label}: ${value}` : `${name} = ${value}`);
  }

  private asPublished(name: string): Cell[] | null {
    if (!this.hasAsPublished(name)) return null;
    return asPublishedValues((c) => (this.has(c) ? this.raw(c) : []), this.n, name);
  }

  private memo<T>(key: string, make: () => T): T {
    let v = this.cache.get(key) as T | undefined;
    if (v === undefined) this.cache.set(key, (v = make()));
    return v;
  }
}
