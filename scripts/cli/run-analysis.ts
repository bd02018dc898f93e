import type { DataTable } from '../../src/lib/data/data-table';
import { logRank } from '../../src/lib/stats/log-rank';
import { spearman } from '../../src/lib/stats/spearman';
import { coxOutput, type CoxOutput } from './cox-output';
import { kmOutput, type KmGroupOutput } from './km-output';
import { CliError, type AnalyzeArgs } from './parse-args';
import { eventColumn, factorCodes, isNumeric, numericColumn, readColumn } from './table-columns';

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
 * Runs every analysis the arguments ask for on a decoded table. Pure: no I/O. Throws
 * CliError for bad columns or data.
 *
 * @example
 * runAnalysis(decodeTable(bytes, 'x.csv').table, parseArgs(argv)).km[0].median;
 */
export function runAnalysis(table: DataTable, args: AnalyzeArgs): AnalyzeOutput {
  const time = numericColumn(readColumn(table, args.time), args.time);
  const event = eventColumn(readColumn(table, args.event), args.event);
  const entry = args.entry ? numericColumn(readColumn(table, args.entry), args.entry) : undefined;
  const codes = (name: string) => factorCodes(readColumn(table, name), args.levels[name]);
  const group = args.group ? codes(args.group) : undefined;
  const strata = args.strata ? codes(args.strata).codes : undefined;

  const km = kmOutput({
    time,
    event,
    entry,
    group: group && { codes: group.codes, labels: group.levels.map((l) => `${args.group}=${l}`) },
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
      : coxOutput({
          time,
          event,
          entry,
          strata,
          ties: args.ties,
          covariates: args.covariates.map((name) => {
            const values = readColumn(table, name);
            const levels =
              args.levels[name] ?? (isNumeric(values) ? undefined : codes(name).levels);
            if (levels && levels.length < 2) {
              // R stops too: "contrasts can be applied only to factors with 2 or more levels"
              throw new CliError(`covariate '${name}' has fewer than 2 levels`);
            }
            return { name, values, levels };
          }),
        });

  let rho: AnalyzeOutput['spearman'] = null;
  if (args.spearman) {
    const [xName, yName] = args.spearman;
    const s = spearman(
      numericColumn(readColumn(table, xName), xName),
      numericColumn(readColumn(table, yName), yName),
    );
    rho = { rho: finite(s.rho), p: finite(s.p), n: s.n };
  }
  if (km.length === 0) throw new CliError('no rows with a time and an event');
  return { km, logRank: lr, cox, spearman: rho };
}

function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}
