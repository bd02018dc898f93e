import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { cuminc } from '../../src/lib/stats/cuminc';
import { cumincAt } from '../../src/lib/stats/cuminc-timepoints';
import { CliError, type AnalyzeArgs } from './parse-args';

/** The `cuminc` key of the CLI's JSON (docs/engine.md). */
export interface CumincOutput {
  /** timepoints(fit, times) per curve, cause-major then group, in cuminc's order. */
  at: {
    /** The group's value as text (R names the curve "group cause"); "1" without --group, as R. */
    group: string;
    cause: number;
    times: number[];
    est: (number | null)[];
    var: (number | null)[];
  }[];
  /** Gray's test per cause (cuminc's $Tests, rho = 0); empty without --group or with one group. */
  tests: { cause: number; stat: number | null; df: number; p: number | null }[];
}

/**
 * `--cuminc --time T --status S [--group G] [--times …]`: Aalen–Johansen cumulative incidence of
 * every cause (S: 0 = censored, 1..k = cause) by group and Gray's test, as R's
 * cmprsk::cuminc(T, S, G, cencode = 0) and timepoints(fit, times). Without --times the curves are
 * read at every distinct event time (any cause) of the rows used.
 * @example cumincOutput(frame, parseArgs(argv)).tests[0].p
 */
export function cumincOutput(frame: AnalysisFrame, args: AnalyzeArgs): CumincOutput {
  const numeric = (name: string) => {
    if (!frame.isNumeric(name)) throw new CliError(`column '${name}' must be numeric`);
    return frame.numeric(name);
  };
  const time = numeric(args.time!);
  const status = numeric(args.status!);
  if (status.some((s) => !Number.isNaN(s) && (s < 0 || !Number.isInteger(s)))) {
    throw new CliError(`--status '${args.status}' must be 0 (censored) or a cause 1, 2, …`);
  }
  const group = args.group
    ? frame.factor(args.group, { order: args.levels[args.group], asPublished: args.asPublished })
    : undefined;
  const fit = cuminc(time, status, group?.codes);
  if (fit.n === 0) throw new CliError('no rows with a time and a status');
  let times = args.times;
  if (times.length === 0) {
    const events = new Set<number>();
    for (let i = 0; i < time.length; i++) {
      if (status[i] > 0 && !Number.isNaN(time[i]) && (!group || group.codes[i] >= 0)) {
        events.add(time[i]);
      }
    }
    times = [...events];
  }
  return {
    at: fit.curves.map((curve) => ({
      group: group ? String(group.levels[curve.group].value) : '1',
      cause: curve.cause,
      ...cumincAt(curve, times),
    })),
    tests: fit.tests.map((t) => ({ cause: t.cause, stat: t.stat, df: t.df, p: t.p })),
  };
}
