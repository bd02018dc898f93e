import type { ConfType } from '../../src/lib/stats/kaplan-meier';
import { checkCumincArgs } from './cuminc-args';

/** The two-group and contingency tests of --test. */
export type TestMethod = 'wilcoxon' | 'welch' | 'fisher';

/** The analyze CLI's options, after validation. */
export interface AnalyzeArgs {
  data: string;
  /** --mapping FILE: a saved column mapping (the app's mapping step), applied to --data. */
  mapping?: string;
  /** Survival time and event: both or neither (neither only with --test or --spearman). */
  time?: string;
  event?: string;
  entry?: string;
  group?: string;
  covariates: string[];
  strata?: string;
  /** Level order per column (first = reference), from repeated --levels COL=L1,L2,…. */
  levels: Record<string, string[]>;
  ties: 'efron' | 'breslow';
  confType: ConfType;
  times: number[];
  tau?: number;
  spearman?: [string, string];
  /** --test with its --x (the values, or the rows of the table) and --by (the groups). */
  test?: TestMethod;
  x?: string;
  by?: string;
  /** Fleming–Harrington G-rho weight of the log-rank test (0 = log-rank, 1 = Peto–Peto). */
  rho: number;
  /** Survival analyses on rows with time > landmark, time counted from it. */
  landmark?: number;
  /** Threshold stratifiers read by their "as published" variant. */
  asPublished: boolean;
  /** --firth: also fit the --covariates model with Firth's penalty (cox.firth). */
  firth: boolean;
  /** Median follow-up by the reverse Kaplan–Meier method. */
  followUp: boolean;
  /** --zph: cox.zph's proportional-hazards test of the Cox model (needs --covariates). */
  zph: boolean;
  /** --paper: the "Paper vs this dataset" rows (files in the explorer's format). */
  paper: boolean;
  /** --cuminc: cumulative incidence with competing risks, on --time and --status (0 = censored, 1..k = cause). */
  cuminc: boolean;
  status?: string;
  /** --view JSON: any engine request (`{"kind":"table1","stratifier":"…"}`), run as the app runs it. */
  view?: { kind: string } & Record<string, unknown>;
}

/** A user error (bad argument or data): printed as one line, exit code 2. */
export class CliError extends Error {}

export const USAGE =
  'usage: analyze --data FILE.arrow|FILE.csv [--mapping FILE.mapping.json] [--time COL --event COL | --cuminc --time COL --status COL] [--entry COL] ' +
  '[--group COL] [--covariates A,B [--firth]] [--strata COL] [--levels COL=L1,L2] [--as-published] ' +
  '[--ties efron|breslow] [--conf-type log|log-log|plain] [--times 12,24] [--tau T] [--rho R] ' +
  '[--landmark L] [--follow-up] [--zph] [--spearman X,Y] [--test wilcoxon|welch|fisher --x COL --by COL] ' +
  '[--paper] [--view \'{"kind":"table1","stratifier":"triple_refractory"}\']';

const VALUE_FLAGS = new Set([
  'data',
  'mapping',
  'time',
  'event',
  'entry',
  'group',
  'covariates',
  'strata',
  'levels',
  'ties',
  'conf-type',
  'times',
  'tau',
  'spearman',
  'test',
  'x',
  'by',
  'rho',
  'landmark',
  'view',
  'status',
]);
const SWITCHES = new Set(['as-published', 'follow-up', 'paper', 'cuminc', 'zph', 'firth']);
/** Options that only mean something for a survival analysis (they need --time and --event). */
const SURVIVAL_FLAGS = [
  'entry',
  'group',
  'covariates',
  'strata',
  'ties',
  'conf-type',
  'times',
  'tau',
  'rho',
  'landmark',
  'follow-up',
  'zph',
  'firth',
];
const TESTS: readonly TestMethod[] = ['wilcoxon', 'welch', 'fisher'];

/**
 * Parses `--flag value` / `--flag=value` arguments and the switches `--as-published` and
 * `--follow-up` (everything after `analyze --`). Throws CliError on unknown flags, missing values
 * or required flags, options that do not go together, and bad numbers.
 *
 * @example
 * parseArgs(['--data', 'x.csv', '--time', 't', '--event', 'e']).confType; // 'log'
 */
export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const raw = tokens(argv);
  const one = (flag: string) => raw.get(flag)?.[0];
  const has = (flag: string) => raw.has(flag);
  const data = one('data');
  if (!data) throw new CliError(`missing required option --data. ${USAGE}`);
  const test = one('test');
  if (test !== undefined && !TESTS.includes(test as TestMethod)) {
    throw new CliError(`--test must be wilcoxon, welch or fisher, not '${test}'`);
  }
  if (test && (!has('x') || !has('by')))
    throw new CliError(`--test ${test} needs --x COL and --by COL`);
  if (!test && (has('x') || has('by'))) throw new CliError('--x and --by go with --test');
  const cuminc = has('cuminc');
  if (cuminc || has('status')) checkCumincArgs(has, SURVIVAL_FLAGS);
  const survival =
    !cuminc &&
    (has('time') || has('event') || (!test && !has('spearman') && !has('paper') && !has('view')));
  if (cuminc) {
    // --group and --times are read by --cuminc (checkCumincArgs refused the others).
  } else if (survival) {
    for (const flag of ['time', 'event']) {
      if (!has(flag)) throw new CliError(`missing required option --${flag}. ${USAGE}`);
    }
  } else {
    const other = SURVIVAL_FLAGS.find(has);
    if (other)
      throw new CliError(`--${other} is for survival analyses: it needs --time and --event`);
  }
  if (has('entry')) {
    const other = ['rho', 'landmark', 'follow-up'].find(has);
    // survdiff and the reverse Kaplan–Meier take right-censored data only; a landmark clock
    // with delayed entry is not the app's landmark view.
    if (other) throw new CliError(`--${other} cannot be combined with --entry`);
  }
  if (has('firth') && !has('covariates')) {
    throw new CliError('--firth penalises the Cox model, which needs --covariates');
  }
  if (has('rho') && !has('group')) {
    throw new CliError('--rho weights the log-rank test, which needs --group');
  }
  if (has('zph') && !has('covariates')) {
    throw new CliError('--zph tests the Cox model, which needs --covariates');
  }
  const ties = one('ties') ?? 'efron';
  if (ties !== 'efron' && ties !== 'breslow')
    throw new CliError(`--ties must be efron or breslow, not '${ties}'`);
  const confType = one('conf-type') ?? 'log';
  if (confType !== 'log' && confType !== 'log-log' && confType !== 'plain') {
    throw new CliError(`--conf-type must be log, log-log or plain, not '${confType}'`);
  }
  const spearman = one('spearman') ? list(one('spearman')!) : undefined;
  if (spearman && spearman.length !== 2)
    throw new CliError('--spearman needs exactly two columns: X,Y');
  const tau = one('tau');
  const rho = nonNegative(one('rho'), '--rho') ?? 0;
  return {
    data,
    ...(has('mapping') ? { mapping: one('mapping') } : {}),
    time: one('time'),
    event: one('event'),
    entry: one('entry'),
    group: one('group'),
    covariates: one('covariates') ? list(one('covariates')!) : [],
    strata: one('strata'),
    levels: Object.fromEntries((raw.get('levels') ?? []).map(levelSpec)),
    ties,
    confType,
    times: one('times') ? list(one('times')!).map((t) => number(t, '--times')) : [],
    tau: tau === undefined ? undefined : number(tau, '--tau'),
    spearman: spearman as [string, string] | undefined,
    test: test as TestMethod | undefined,
    x: one('x'),
    by: one('by'),
    rho,
    landmark: nonNegative(one('landmark'), '--landmark'),
    asPublished: has('as-published'),
    followUp: has('follow-up'),
    zph: has('zph'),
    firth: has('firth'),
    paper: has('paper'),
    cuminc,
    status: one('status'),
    view: one('view') === undefined ? undefined : viewRequest(one('view')!),
  };
}

/** --view's value: a JSON object with a string `kind` (checked against the engine's kinds later). */
function viewRequest(value: string): { kind: string } & Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new CliError(`--view must be a JSON object such as '{"kind":"table1"}', not '${value}'`);
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    typeof (parsed as { kind?: unknown }).kind !== 'string'
  ) {
    throw new CliError(`--view must be a JSON object with a "kind", such as '{"kind":"table1"}'`);
  }
  return parsed as { kind: string } & Record<string, unknown>;
}

/** The flags and their values (switches get ''); only --levels may be repeated. */
function tokens(argv: readonly string[]): Map<string, string[]> {
  const raw = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument '${arg}'. ${USAGE}`);
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined;
    if (SWITCHES.has(flag)) {
      if (eq > 0) throw new CliError(`option --${flag} takes no value`);
      value = '';
    } else if (VALUE_FLAGS.has(flag)) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        throw new CliError(`option --${flag} needs a value`);
      }
    } else throw new CliError(`unknown option --${flag}. ${USAGE}`);
    if (raw.has(flag) && flag !== 'levels') throw new CliError(`option --${flag} given twice`);
    raw.set(flag, [...(raw.get(flag) ?? []), value]);
  }
  return raw;
}

function list(value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new CliError(`empty item in list '${value}'`);
  return items;
}

function number(value: string, flag: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x))
    throw new CliError(`${flag}: '${value}' is not a number`);
  return x;
}

function nonNegative(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const x = number(value, flag);
  if (x < 0) throw new CliError(`${flag} must be 0 or more, not ${value}`);
  return x;
}

function levelSpec(spec: string): [string, string[]] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new CliError(`--levels must look like COL=L1,L2,…, not '${spec}'`);
  return [spec.slice(0, eq), list(spec.slice(eq + 1))];
}
