import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { spearman } from '../../src/lib/stats/spearman';
import { cumincOutput, type CumincOutput } from './cuminc-output';
import { finite } from './finite';
import { CliError, type AnalyzeArgs } from './parse-args';
import { survivalOutput, type SurvivalOutput } from './survival-output';
import { testOutput, type TestOutput } from './test-output';

/**
 * The one JSON object the analyze CLI prints (documented in docs/engine.md). Every key is always
 * there: without --time and --event, km is [] and logRank, cox and followUp are null; zph is
 * there only with --zph.
 */
export interface AnalyzeOutput {
  km: SurvivalOutput['km'];
  logRank: SurvivalOutput['logRank'];
  cox: SurvivalOutput['cox'];
  /** cox.zph of the Cox model: only with --zph (the one key that is not always there). */
  zph?: NonNullable<SurvivalOutput['zph']>;
  /** cor.test(method = "spearman", exact = FALSE) on --spearman X,Y; null without it. */
  spearman: { rho: number | null; p: number | null; n: number } | null;
  /** wilcox.test, t.test or fisher.test on --x by --by; null without --test. */
  test: TestOutput | null;
  followUp: SurvivalOutput['followUp'];
  /** --cuminc: cmprsk::cuminc and timepoints; null without --cuminc. */
  cuminc: CumincOutput | null;
}

/**
 * Runs every analysis the arguments ask for, on the same analysis frame the explorer uses (so
 * event coding, factor levels and complete cases are the app's). --landmark applies to the
 * survival analyses only; --test and --spearman use every row. Pure: no I/O. Throws for bad
 * columns or data.
 *
 * @example
 * runAnalysis(new AnalysisFrame(table, false), parseArgs(argv)).km[0].median;
 */
export function runAnalysis(frame: AnalysisFrame, args: AnalyzeArgs): AnalyzeOutput {
  if (args.asPublished) checkAsPublished(frame, args);
  const survival =
    args.time !== undefined && args.event !== undefined
      ? survivalOutput(frame, args.time, args.event, args)
      : { km: [], logRank: null, cox: null, zph: null, followUp: null };

  let rho: AnalyzeOutput['spearman'] = null;
  if (args.spearman) {
    const [x, y] = args.spearman.map((name) => {
      if (!frame.isNumeric(name)) throw new CliError(`column '${name}' must be numeric`);
      return frame.numeric(name);
    });
    const s = spearman(x, y);
    rho = { rho: finite(s.rho), p: finite(s.p), n: s.n };
  }
  const test =
    args.test && args.x && args.by
      ? testOutput(frame, {
          test: args.test,
          x: args.x,
          by: args.by,
          levels: args.levels,
          asPublished: args.asPublished,
        })
      : null;
  return {
    km: survival.km,
    logRank: survival.logRank,
    cox: survival.cox,
    ...(survival.zph ? { zph: survival.zph } : {}),
    spearman: rho,
    test,
    followUp: survival.followUp,
    cuminc: args.cuminc ? cumincOutput(frame, args) : null,
  };
}

/** --as-published must change something: a file in the explorer's format and a threshold column. */
function checkAsPublished(frame: AnalysisFrame, args: AnalyzeArgs): void {
  if (!frame.registry) {
    throw new CliError(
      "--as-published needs a file in the explorer's data format (its threshold stratifiers, such as car_persist_ge6, have the variant)",
    );
  }
  const factors = [args.group, args.strata, ...args.covariates, args.by];
  if (args.test === 'fisher') factors.push(args.x);
  const used = factors.filter((c): c is string => c !== undefined && frame.has(c));
  if (!used.some((c) => frame.hasAsPublished(c))) {
    throw new CliError(
      `--as-published: none of the columns used (${used.join(', ') || 'none'}) has an "as published" variant`,
    );
  }
}
