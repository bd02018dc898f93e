import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { coxInputs } from '../../src/lib/frame/cox-inputs';
import { logRank } from '../../src/lib/stats/log-rank';
import { spearman } from '../../src/lib/stats/spearman';
import { coxOutput, type CoxOutput } from './cox-output';
import { kmOutput, type KmGroupOutput } from './km-output';
import { CliError, type AnalyzeArgs } from './parse-args';

/** The one JSON object the analyze CLI prints (documented in docs/engine.md). */
export interface AnalyzeOutput {
  km: KmGroupOutput[];
  /** survdiff: null without --group, with --entry (right-censored data only) or with one group. */
  logRank: { n: number; chisq: number; df: number; p: number | null } | null;
  /** coxph on --covariates; null without them. */
  cox: CoxOutput | null;
  /** cor.test(method = "spearman", exact = FALSE) on --spearman X,Y; null without it. */
  spearman: { rho: number | null; p: number | null; n: number } | null;
}

/**
 * Runs every analysis the arguments ask for, on the same analysis frame the explorer uses (so
 * event coding, factor levels and complete cases are the app's). Pure: no I/O. Throws for bad
 * columns or data.
 *
 * @example
 * runAnalysis(new AnalysisFrame(table, false), parseArgs(argv)).km[0].median;
 */
export function runAnalysis(frame: AnalysisFrame, args: AnalyzeArgs): AnalyzeOutput {
  const numeric = (name: string) => {
    if (!frame.isNumeric(name)) throw new CliError(`column '${name}' must be numeric`);
    return frame.numeric(name);
  };
  const time = numeric(args.time);
  const event = frame.event(args.event);
  const entry = args.entry ? numeric(args.entry) : undefined;
  const factor = (name: string) => frame.factor(name, { order: args.levels[name] });
  const group = args.group ? factor(args.group) : undefined;
  const strata = args.strata ? factor(args.strata).codes : undefined;

  const km = kmOutput({
    time,
    event,
    entry,
    group: group && {
      codes: group.codes,
      labels: group.levels.map((l) => `${args.group}=${l.value}`),
    },
    confType: args.confType,
    times: args.times,
    tau: args.tau,
  });

  let lr: AnalyzeOutput['logRank'] = null;
  if (group && !entry) {
    const g = Int32Array.from(group.codes, (c, i) => (Number.isNaN(event[i]) ? -1 : c));
    try {
      const r = logRank(
        time,
        Uint8Array.from(event, (e) => (e === 1 ? 1 : 0)),
        g,
        { strata },
      );
      lr = { n: r.n, chisq: r.chisq, df: r.df, p: r.p };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e; // only one group: survdiff has no test either
    }
  }

  const cox =
    args.covariates.length === 0
      ? null
      : coxOutput(
          coxInputs(frame, {
            time: args.time,
            event: args.event,
            entry: args.entry,
            strata: args.strata
              ? { name: args.strata, levels: args.levels[args.strata] }
              : undefined,
            covariates: args.covariates.map((name) => ({ name, levels: args.levels[name] })),
          }),
          args.ties,
        );

  let rho: AnalyzeOutput['spearman'] = null;
  if (args.spearman) {
    const [xName, yName] = args.spearman;
    const s = spearman(numeric(xName), numeric(yName));
    rho = { rho: finite(s.rho), p: finite(s.p), n: s.n };
  }
  if (km.length === 0) throw new CliError('no rows with a time and an event');
  return { km, logRank: lr, cox, spearman: rho };
}

function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}
