import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { coxInputs } from '../../src/lib/frame/cox-inputs';
import { logRank } from '../../src/lib/stats/log-rank';
import { medianFollowUp } from '../../src/lib/stats/reverse-km';
import { coxOutput, type CoxOutput } from './cox-output';
import { kmOutput, type KmGroupOutput } from './km-output';
import { landmarkFrame } from './landmark-frame';
import { CliError, type AnalyzeArgs } from './parse-args';
import { zphOutput, type ZphOutput } from './zph-output';

/** The survival part of the CLI's JSON. */
export interface SurvivalOutput {
  km: KmGroupOutput[];
  /** survdiff: null without --group, with --entry (right-censored data only) or with one group. */
  logRank: { n: number; chisq: number; df: number; p: number | null } | null;
  /** coxph on --covariates; null without them. */
  cox: CoxOutput | null;
  /** cox.zph of the Cox model; null without --zph. */
  zph: ZphOutput | null;
  /** Reverse Kaplan–Meier median follow-up; null without --follow-up. */
  followUp: { median: number | null; lower: number | null; upper: number | null; n: number } | null;
}

/**
 * Kaplan–Meier curves, the log-rank (or G-rho) test, the Cox model and the median follow-up the
 * arguments ask for, on the analysis frame (or its landmark frame with --landmark), with factors
 * in R's level order or --levels, "as published" with --as-published. Throws for bad columns or
 * data.
 *
 * @example
 * survivalOutput(frame, 'time', 'status', parseArgs(argv)).km[0].median;
 */
export function survivalOutput(
  all: AnalysisFrame,
  timeName: string,
  eventName: string,
  args: AnalyzeArgs,
): SurvivalOutput {
  const frame =
    args.landmark === undefined ? all : landmarkFrame(all, timeName, eventName, args.landmark);
  const numeric = (name: string) => {
    if (!frame.isNumeric(name)) throw new CliError(`column '${name}' must be numeric`);
    return frame.numeric(name);
  };
  const time = numeric(timeName);
  const event = frame.event(eventName);
  const entry = args.entry ? numeric(args.entry) : undefined;
  const asPublished = args.asPublished;
  const factor = (name: string) => frame.factor(name, { order: args.levels[name], asPublished });
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
  if (km.length === 0) {
    const beyond = args.landmark === undefined ? '' : ` beyond the landmark ${args.landmark}`;
    throw new CliError(`no rows with a time and an event${beyond}`);
  }

  let lr: SurvivalOutput['logRank'] = null;
  if (group && !entry) {
    const g = Int32Array.from(group.codes, (c, i) => (Number.isNaN(event[i]) ? -1 : c));
    try {
      const r = logRank(
        time,
        Uint8Array.from(event, (e) => (e === 1 ? 1 : 0)),
        g,
        { strata, rho: args.rho },
      );
      lr = { n: r.n, chisq: r.chisq, df: r.df, p: r.p };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e; // only one group: survdiff has no test either
    }
  }

  const inputs =
    args.covariates.length === 0
      ? null
      : coxInputs(frame, {
          time: timeName,
          event: eventName,
          entry: args.entry,
          strata: args.strata
            ? { name: args.strata, levels: args.levels[args.strata], asPublished }
            : undefined,
          covariates: args.covariates.map((name) => ({
            name,
            levels: args.levels[name],
            asPublished,
          })),
        });
  const cox = inputs && coxOutput(inputs, args.ties, args.firth);
  const zph = inputs && args.zph ? zphOutput(inputs, args.ties) : null;

  let followUp: SurvivalOutput['followUp'] = null;
  if (args.followUp) {
    const rows: number[] = [];
    for (let i = 0; i < frame.n; i++) {
      if (!Number.isNaN(time[i]) && !Number.isNaN(event[i])) rows.push(i);
    }
    const f = medianFollowUp(
      Float64Array.from(rows, (r) => time[r]),
      Uint8Array.from(rows, (r) => event[r]),
      { confType: args.confType },
    );
    followUp = { median: f.median, lower: f.lower, upper: f.upper, n: f.n };
  }
  return { km, logRank: lr, cox, zph, followUp };
}
