import type { ConfType } from '../../src/lib/stats/kaplan-meier';

/** The analyze CLI's options, after validation. */
export interface AnalyzeArgs {
  data: string;
  time: string;
  event: string;
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
  /** --paper: the "Paper vs this dataset" rows; --time and --event are then optional ('' if absent). */
  paper?: boolean;
}

/** A user error (bad argument or data): printed as one line, exit code 2. */
export class CliError extends Error {}

export const USAGE =
  'usage: analyze --data FILE.arrow|FILE.csv --time COL --event COL [--entry COL] [--group COL] ' +
  '[--covariates A,B] [--strata COL] [--levels COL=L1,L2] [--ties efron|breslow] ' +
  '[--conf-type log|log-log|plain] [--times 12,24] [--tau T] [--spearman X,Y] [--paper]';

const FLAGS = new Set([
  'data',
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
]);
/** Flags without a value. */
const SWITCHES = new Set(['paper']);

/**
 * Parses `--flag value` / `--flag=value` arguments (everything after `analyze --`).
 * Throws CliError on unknown flags, missing values or required flags, and bad numbers.
 *
 * @example
 * parseArgs(['--data', 'x.csv', '--time', 't', '--event', 'e']).confType; // 'log'
 */
export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const raw = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument '${arg}'. ${USAGE}`);
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (SWITCHES.has(flag)) {
      if (eq > 0) throw new CliError(`option --${flag} takes no value`);
      raw.set(flag, ['1']);
      continue;
    }
    if (!FLAGS.has(flag)) throw new CliError(`unknown option --${flag}. ${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      throw new CliError(`option --${flag} needs a value`);
    }
    if (raw.has(flag) && flag !== 'levels') throw new CliError(`option --${flag} given twice`);
    raw.set(flag, [...(raw.get(flag) ?? []), value]);
  }
  const one = (flag: string) => raw.get(flag)?.[0];
  const required = (flag: string) => {
    const v = one(flag);
    if (!v) throw new CliError(`missing required option --${flag}. ${USAGE}`);
    return v;
  };
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
  const paper = raw.has('paper');
  const survival = !paper || raw.has('time') || raw.has('event');
  return {
    data: required('data'),
    time: survival ? required('time') : '',
    event: survival ? required('event') : '',
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
    ...(paper ? { paper } : {}),
  };
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

function levelSpec(spec: string): [string, string[]] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new CliError(`--levels must look like COL=L1,L2,…, not '${spec}'`);
  return [spec.slice(0, eq), list(spec.slice(eq + 1))];
}
