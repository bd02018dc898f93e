import { forestAnalysis } from '../engine/analyses/forest';
import { survivalAnalysis } from '../engine/analyses/survival';
import type { EndpointId } from '../data/endpoints';
import type { AnalysisFrame } from '../frame/analysis-frame';
import type { Cell } from '../frame/cell';
import type { SurvivalSpec } from '../frame/survival-inputs';
import type { ForestResult, GroupCurve, SurvivalResult } from '../engine/types';
import { fisherExact } from '../stats/fisher-exact';
import { mannWhitney } from '../stats/mann-whitney';
import { quantile, type QuantileType } from '../stats/quantile';
import { spearman, type SpearmanResult } from '../stats/spearman';

/** A patient's group for a two-group test: 1, 0, or null (left out). */
export type Side = 1 | 0 | null;

/** A Mann–Whitney comparison of one column between two groups, with the groups' medians. */
export interface TwoGroups {
  p: number | null;
  n1: number;
  n0: number;
  median1: number | null;
  median0: number | null;
}

/**
 * What a target of the paper computes with: the engine's own analyses (survivalAnalysis,
 * forestAnalysis with the paper's Breslow ties) on the loaded frame, and src/lib/stats for
 * counts, quantiles and tests — never a second Kaplan–Meier or Cox. Analyses are memoised, so
 * targets that share a view (medians and log-rank of one stratifier) fit it once.
 */
export class PaperContext {
  readonly n: number;
  private readonly memo = new Map<string, unknown>();

  constructor(readonly frame: AnalysisFrame) {
    this.n = frame.n;
  }

  /** Whether the dataset has the column with at least one value. */
  has(column: string): boolean {
    return this.once(
      `has:${column}`,
      () => this.frame.has(column) && this.cells(column).some((v) => v !== null),
    );
  }

  /** Kaplan–Meier curves and log-rank test, as the survival view computes them. */
  survival(spec: SurvivalSpec, times: number[] = [12, 24, 36]): SurvivalResult {
    return this.once(`survival:${JSON.stringify(spec)}:${times.join(',')}`, () =>
      survivalAnalysis(this.frame, { kind: 'survival', ...spec, times }),
    );
  }

  /** The curve of one group (by its value) of a survival result; throws when it is absent. */
  group(result: SurvivalResult, value: string | number): GroupCurve {
    const g = result.groups.find((x) => String(x.value) === String(value));
    if (!g) throw new Error(`no patients in the group “${String(value)}”`);
    return g;
  }

  /** Cox models as the forest view fits them, with Breslow ties (the paper's SPSS). */
  cox(
    endpoint: EndpointId,
    factors: string[],
    options: { mode?: 'univariable' | 'multivariable'; asPublished?: boolean } = {},
  ): ForestResult {
    const mode = options.mode ?? 'univariable';
    const asPublished = options.asPublished ?? false;
    return this.once(`cox:${endpoint}:${factors.join(',')}:${mode}:${asPublished}`, () =>
      forestAnalysis(this.frame, {
        kind: 'forest',
        endpoint,
        factors,
        mode,
        ties: 'breslow',
        asPublished,
      }),
    );
  }

  /** The model cells of a column (null = missing). */
  cells(column: string): Cell[] {
    return this.frame.cells(column);
  }

  /** A column as numbers (NaN = missing). */
  numeric(column: string): Float64Array {
    return this.frame.numeric(column);
  }

  /** Patients for whom `test` holds, of those with a value (n/N). */
  count(column: string, test: (value: Cell) => boolean): { n: number; N: number } {
    let n = 0;
    let N = 0;
    for (const v of this.cells(column)) {
      if (v === null) continue;
      N++;
      if (test(v)) n++;
    }
    return { n, N };
  }

  /** Sample quantiles of a column (R quantile(type)). */
  quantiles(column: string, probs: number[], type: QuantileType): (number | null)[] {
    const x = this.numeric(column);
    return probs.map((p) => quantile(x, p, type));
  }

  /** Mann–Whitney test of a column between group 1 and group 0 (R wilcox.test). */
  mannWhitney(column: string, side: (i: number) => Side): TwoGroups {
    const y = this.numeric(column);
    const pick = (s: 1 | 0) =>
      Float64Array.from(
        [...y.keys()].filter((i) => side(i) === s && !Number.isNaN(y[i])),
        (i) => y[i],
      );
    const [a, b] = [pick(1), pick(0)];
    const r = mannWhitney(a, b);
    return {
      p: r.p,
      n1: a.length,
      n0: b.length,
      median1: quantile(a, 0.5),
      median0: quantile(b, 0.5),
    };
  }

  /** Fisher's exact test of two 0/1 columns (R fisher.test), on patients with both. */
  fisher(a: string, b: string): { p: number | null; n: number } {
    const [x, y] = [this.numeric(a), this.numeric(b)];
    const t = [
      [0, 0],
      [0, 0],
    ];
    x.forEach((v, i) => {
      if ((v === 0 || v === 1) && (y[i] === 0 || y[i] === 1)) t[v][y[i]]++;
    });
    const n = t[0][0] + t[0][1] + t[1][0] + t[1][1];
    return { p: n > 0 ? fisherExact(t).p : null, n };
  }

  /** Spearman's rank correlation of two columns (R cor.test, exact = FALSE). */
  spearman(x: string, y: string): SpearmanResult {
    return spearman(this.numeric(x), this.numeric(y));
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }
}
