import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import type { Factor } from '../../src/lib/frame/factor';
import { fisherExact } from '../../src/lib/stats/fisher-exact';
import { fisherOddsRatioCi } from '../../src/lib/stats/fisher-exact-odds-ci';
import { mannWhitney } from '../../src/lib/stats/mann-whitney';
import { tTest } from '../../src/lib/stats/t-test';
import { finite } from './finite';
import { CliError, type TestMethod } from './parse-args';

/** The --test result in the CLI's JSON, shaped as R's htest (null where R has no value). */
export interface TestOutput {
  method: string;
  statistic: number | null;
  df: number | null;
  p: number | null;
  /** welch: mean of the first --by level minus the second; fisher (2×2): conditional-MLE odds ratio. */
  estimate: number | null;
  /** 95% confidence interval of the estimate. */
  lower: number | null;
  upper: number | null;
  /** Rows used: both --x and --by present. */
  n: number;
}

export interface TestRequest {
  test: TestMethod;
  x: string;
  by: string;
  /** Level order per column, from --levels. */
  levels: Record<string, string[]>;
  asPublished: boolean;
}

/**
 * A two-group or contingency test on the analysis frame, as R's
 *   wilcoxon: wilcox.test(x ~ by, exact = FALSE, correct = TRUE),
 *   welch:    t.test(x ~ by),
 *   fisher:   fisher.test(table(x, by)),
 * with by (and x for fisher) a factor in R's level order or --levels, and rows with a missing x
 * or by dropped. Throws a CliError where R stops (by without exactly 2 levels for wilcoxon and
 * welch, too few values, constant data, a table with fewer than 2 rows or columns).
 *
 * @example
 * testOutput(frame, { test: 'welch', x: 'age', by: 'sex', levels: {}, asPublished: false }).estimate;
 */
export function testOutput(frame: AnalysisFrame, req: TestRequest): TestOutput {
  const factor = (name: string) =>
    frame.factor(name, { order: req.levels[name], asPublished: req.asPublished });
  const by = factor(req.by);
  if (req.test === 'fisher') return fisher(factor(req.x), by, req);
  if (!frame.isNumeric(req.x)) throw new CliError(`column '${req.x}' must be numeric`);
  const x = frame.numeric(req.x);
  // R: g <- factor(by) of the complete rows, so levels without a value of x are dropped.
  const groups = by.levels.map(() => [] as number[]);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isNaN(x[i]) && by.codes[i] >= 0) groups[by.codes[i]].push(x[i]);
  }
  const present = groups
    .map((values, k) => ({ values, label: `${req.by}=${by.levels[k].value}` }))
    .filter((g) => g.values.length > 0);
  if (present.length !== 2) {
    throw new CliError(
      `--test ${req.test}: grouping factor must have exactly 2 levels; '${req.by}' has ${present.length} with a value of '${req.x}'${present.length ? ` (${present.map((g) => g.label).join(', ')})` : ''}`,
    );
  }
  const [a, b] = present.map((g) => Float64Array.from(g.values));
  const n = a.length + b.length;
  if (req.test === 'wilcoxon') {
    const w = mannWhitney(a, b, { exact: false, correct: true });
    return {
      method: 'Wilcoxon rank sum test with continuity correction',
      statistic: w.w,
      df: null,
      p: w.p,
      estimate: null,
      lower: null,
      upper: null,
      n,
    };
  }
  const t = tTest(a, b);
  if (t.t === null) {
    const few = present.find((g) => g.values.length < 2);
    throw new CliError(
      few
        ? `--test welch: ${few.label} has fewer than 2 values of '${req.x}' (R stops: not enough observations)`
        : `--test welch: the values of '${req.x}' are essentially constant (R stops too)`,
    );
  }
  return {
    method: 'Welch Two Sample t-test',
    statistic: t.t,
    df: t.df,
    p: t.p,
    estimate: t.meanX! - t.meanY!,
    lower: t.lower,
    upper: t.upper,
    n,
  };
}

/** fisher.test(table(x, by)): every level of both factors is a row or column, as table() keeps them. */
function fisher(x: Factor, by: Factor, req: TestRequest): TestOutput {
  const r = x.levels.length;
  const c = by.levels.length;
  if (r < 2 || c < 2) {
    throw new CliError(
      `--test fisher: table(${req.x}, ${req.by}) must have at least 2 rows and columns, not ${r} × ${c}`,
    );
  }
  const table = Array.from({ length: r }, () => new Array<number>(c).fill(0));
  for (let i = 0; i < x.codes.length; i++) {
    if (x.codes[i] >= 0 && by.codes[i] >= 0) table[x.codes[i]][by.codes[i]]++;
  }
  let result: ReturnType<typeof fisherExact>;
  try {
    result = fisherExact(table);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`--test fisher: ${e.message}`);
    throw e;
  }
  const ci = result.oddsRatio === null ? null : fisherOddsRatioCi(table);
  return {
    method: "Fisher's Exact Test for Count Data",
    statistic: null,
    df: null,
    p: result.p,
    estimate: finite(result.oddsRatio),
    lower: ci && finite(ci.lower),
    upper: ci && finite(ci.upper),
    n: result.n,
  };
}
