import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { decodeTable } from '../../../src/lib/data/decode';
import { frameOfFile } from '../../../scripts/cli/frame-of-file';
import { CliError, parseArgs } from '../../../scripts/cli/parse-args';
import { runAnalysis, type AnalyzeOutput } from '../../../scripts/cli/run-analysis';
import fixtures from '../../reference/km-cli.json';
import { expectAllClose, expectClose } from './km-close';

type Num = number | null;
interface RKm {
  group: string | null;
  n: number;
  events: number;
  median: Num;
  medianLower: Num;
  medianUpper: Num;
  steps: Record<
    'time' | 'nRisk' | 'nEvent' | 'nCensor' | 'surv' | 'stdErr' | 'lower' | 'upper',
    Num[]
  >;
  at: Record<'time' | 'surv' | 'lower' | 'upper', Num[]>;
  rmst: { tau: number; estimate: number; se: number };
}
interface RCli {
  name: string;
  args: string[];
  km: RKm[];
  logRank?: { chisq: number; df: number; p: number };
  cox?: {
    n: number;
    events: number;
    names: string[];
    coef: Num[];
    se: Num[];
    lower: Num[];
    upper: Num[];
    p: Num[];
    logLik: Num[];
    lrTest: Num[];
    waldTest: Num[];
    scoreTest: Num[];
    concordance: number;
  };
  spearman?: { rho: number; p: number; n: number };
  test?: {
    method: string;
    statistic: Num;
    df: Num;
    p: Num;
    estimate: Num;
    lower: Num;
    upper: Num;
    n: number;
    /** fisher.test's own (uniroot) odds ratio and limits, 2 × 2 tables only. */
    rEstimate?: Num;
    rLower?: Num;
    rUpper?: Num;
  };
  followUp?: { median: Num; lower: Num; upper: Num; n: number };
}
const cases = fixtures as unknown as RCli[];

function analyze(argv: string[]): AnalyzeOutput {
  const args = parseArgs(argv);
  return runAnalysis(frameOfFile(readFileSync(args.data), args.data), args);
}

// R's survfit / survdiff / coxph / cor.test / wilcox.test / t.test / fisher.test on CSVs the
// engine has never seen (tests/fixtures/r-*.csv written by tests/reference/r/cli.R) and on the demo
// cohort; every number within 1e-6 relative.
describe.each(cases)('runAnalysis on "$name"', (c) => {
  const out = analyze(c.args);

  it('km matches survfit(~ group): labels, steps, median CI, summary(times), rmean, within 1e-6 relative', () => {
    expect(out.km.map((k) => k.group)).toEqual(c.km.map((k) => k.group));
    out.km.forEach((k, g) => {
      const r = c.km[g];
      expect([k.n, k.events]).toEqual([r.n, r.events]);
      expectClose(k.median, r.median, 'median');
      expectClose(k.medianLower, r.medianLower, 'median lower');
      expectClose(k.medianUpper, r.medianUpper, 'median upper');
      for (const f of [
        'time',
        'nRisk',
        'nEvent',
        'nCensor',
        'surv',
        'stdErr',
        'lower',
        'upper',
      ] as const) {
        expectAllClose(
          k.steps.map((s) => s[f]),
          r.steps[f],
          `${k.group} steps.${f}`,
        );
      }
      for (const f of ['time', 'surv', 'lower', 'upper'] as const) {
        expectAllClose(
          k.at.map((s) => s[f]),
          r.at[f],
          `${k.group} at.${f}`,
        );
      }
      expectClose(k.rmst!.estimate, r.rmst.estimate, 'rmean');
      expectClose(k.rmst!.se, r.rmst.se, 'se(rmean)');
    });
  });

  it('logRank matches survdiff within 1e-6 relative (null without --group or with --entry)', () => {
    if (!c.logRank) expect(out.logRank).toBeNull();
    else {
      expectClose(out.logRank!.chisq, c.logRank.chisq, 'chisq');
      expect(out.logRank!.df).toBe(c.logRank.df);
      expectClose(out.logRank!.p, c.logRank.p, 'p');
    }
  });

  it('cox matches coxph within 1e-6 relative: terms named as R, tests, concordance', () => {
    const r = c.cox;
    if (!r) expect(out.cox).toBeNull();
    else {
      const cox = out.cox!;
      expect([cox.n, cox.events]).toEqual([r.n, r.events]);
      expect(cox.terms.map((t) => t.name)).toEqual(r.names);
      expectAllClose(
        cox.terms.map((t) => t.coef),
        r.coef,
        'coef',
      );
      expectAllClose(
        cox.terms.map((t) => t.se),
        r.se,
        'se',
      );
      expectAllClose(
        cox.terms.map((t) => t.hr),
        r.coef.map((b) => Math.exp(b!)),
        'hr = exp(coef)',
      );
      expectAllClose(
        cox.terms.map((t) => t.lower),
        r.lower,
        'lower .95',
      );
      expectAllClose(
        cox.terms.map((t) => t.upper),
        r.upper,
        'upper .95',
      );
      expectAllClose(
        cox.terms.map((t) => t.p),
        r.p,
        'p',
      );
      expectAllClose(cox.logLik, r.logLik, 'loglik');
      for (const k of ['lrTest', 'waldTest', 'scoreTest'] as const) {
        expectAllClose([cox[k].stat, cox[k].df, cox[k].p], r[k], k);
      }
      expectClose(cox.concordance, r.concordance, 'concordance');
    }
  });

  it('spearman matches cor.test(method = "spearman", exact = FALSE) within 1e-6 relative', () => {
    const r = c.spearman;
    if (!r) expect(out.spearman).toBeNull();
    else {
      expectClose(out.spearman!.rho, r.rho, 'rho');
      expectClose(out.spearman!.p, r.p, 'p');
      expect(out.spearman!.n).toBe(r.n);
    }
  });

  it('test matches wilcox.test(exact = FALSE) / t.test / fisher.test(table(x, by)) within 1e-6 relative', () => {
    const r = c.test;
    if (!r) expect(out.test).toBeNull();
    else {
      const t = out.test!;
      expect(t.method).toBe(r.method);
      expect(t.n).toBe(r.n);
      for (const k of ['statistic', 'df', 'p', 'estimate', 'lower', 'upper'] as const) {
        expectClose(t[k], r[k], k);
      }
      // fisher.test's own odds ratio and limits: uniroot's tolerance (~1.22e-4) on ψ below 1, on 1/ψ above.
      const onRootScale = (v: number) => (v > 1 ? 1 / v : v);
      for (const [k, rk] of [
        ['estimate', 'rEstimate'],
        ['lower', 'rLower'],
        ['upper', 'rUpper'],
      ] as const) {
        const rv = r[rk];
        if (rv === undefined) continue;
        if (rv === null) expect(t[k]).toBeNull();
        else expect(Math.abs(onRootScale(t[k]!) - onRootScale(rv)), rk).toBeLessThan(1.3e-4);
      }
    }
  });

  it('followUp matches print(survfit(Surv(time, 1 - event) ~ 1)) within 1e-6 relative', () => {
    const r = c.followUp;
    if (!r) expect(out.followUp).toBeNull();
    else {
      expectClose(out.followUp!.median, r.median, 'median');
      expectClose(out.followUp!.lower, r.lower, 'lower');
      expectClose(out.followUp!.upper, r.upper, 'upper');
      expect(out.followUp!.n).toBe(r.n);
    }
  });
});

describe('the analyze command', () => {
  it('analyze gives the same JSON for an Arrow file as for the CSV it was made from', () => {
    const csv = 'tests/fixtures/r-veteran.csv';
    const dir = mkdtempSync(join(tmpdir(), 'cli-arrow-'));
    try {
      const arrow = join(dir, 'veteran.arrow');
      const decoded = decodeTable(readFileSync(csv), csv).table;
      const columns = decoded.columnNames().map((n) => [n, Array.from(decoded.array(n))]);
      writeFileSync(arrow, toArrowIPC(table(Object.fromEntries(columns)), { format: 'file' }));
      const args = cases[0].args;
      const fromArrow = analyze(args.map((a) => (a === csv ? arrow : a)));
      expect(fromArrow).toEqual(analyze(args));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // node --import tsx: the same loader as npm run analyze, without npx start-up time.
  const script = ['--import', 'tsx', 'scripts/analyze.ts'];

  const keys = ['km', 'logRank', 'cox', 'spearman', 'test', 'followUp', 'cuminc'];

  it('analyze prints one JSON object with km, logRank, cox, spearman, test and followUp', () => {
    const stdout = execFileSync(process.execPath, [...script, ...cases[0].args], {
      encoding: 'utf8',
    });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(stdout))).toEqual(keys);
  }, 30_000);

  // One run of the command per new flag family: the first R case that uses it.
  it.each([
    { family: '--test with --x, --by and --levels, no --time/--event', flag: '--test' },
    { family: '--rho', flag: '--rho' },
    { family: '--landmark', flag: '--landmark' },
    { family: '--follow-up', flag: '--follow-up' },
    { family: '--as-published', flag: '--as-published' },
  ])(
    'analyze exits with 0 and prints the JSON line of runAnalysis for $family',
    ({ flag }) => {
      const c = cases.find((k) => k.args.includes(flag))!;
      const run = spawnSync(process.execPath, [...script, ...c.args], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const json = JSON.parse(run.stdout) as AnalyzeOutput;
      expect(Object.keys(json)).toEqual(keys);
      expect(json).toEqual(JSON.parse(JSON.stringify(analyze(c.args))));
    },
    30_000,
  );

  it.each([
    { label: 'an unknown option', args: ['--data', 'tests/fixtures/r-lung.csv', '--nope', '1'] },
    {
      label: 'a missing file',
      args: ['--data', 'no-such-file.csv', '--time', 't', '--event', 'e'],
    },
    {
      label: 'a missing column',
      args: ['--data', 'tests/fixtures/r-lung.csv', '--time', 'months', '--event', 'status'],
    },
    {
      label: 'a text time column',
      args: ['--data', 'tests/fixtures/r-veteran.csv', '--time', 'celltype', '--event', 'status'],
    },
    {
      label: 'a text covariate with one level (R: contrasts need 2 or more levels)',
      args: [
        ...['--data', 'tests/fixtures/r-veteran.csv', '--time', 'time', '--event', 'status'],
        ...['--covariates', 'celltype', '--levels', 'celltype=large'],
      ],
    },
  ])(
    'analyze exits with code 2 and one line on stderr for $label',
    ({ args }) => {
      const run = spawnSync(process.execPath, [...script, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^analyze: /);
    },
    30_000,
  );

  // Where R stops, or a flag would change nothing: a CliError (one line on stderr, exit code 2).
  it.each([
    {
      label: 'wilcoxon by a factor with 3 levels (R: grouping factor must have exactly 2 levels)',
      args: [
        ...['--data', 'tests/fixtures/r-colon.csv', '--test', 'wilcoxon', '--x', 'age'],
        ...['--by', 'rx'],
      ],
      message: /grouping factor must have exactly 2 levels; 'rx' has 3/,
    },
    {
      label: 'welch on a text column',
      args: [
        ...['--data', 'tests/fixtures/r-veteran.csv', '--test', 'welch', '--x', 'celltype'],
        ...['--by', 'trt'],
      ],
      message: /column 'celltype' must be numeric/,
    },
    {
      label: 'welch with a group of one value (R: not enough observations)',
      args: [
        ...['--data', 'tests/fixtures/r-lung.csv', '--test', 'welch', '--x', 'age'],
        ...['--by', 'ph.ecog', '--levels', 'ph.ecog=0,3'],
      ],
      message: /ph.ecog=3 has fewer than 2 values of 'age'/,
    },
    {
      label: 'fisher on a table with one row (R: at least 2 rows and columns)',
      args: [
        ...['--data', 'tests/fixtures/r-colon.csv', '--test', 'fisher', '--x', 'sex'],
        ...['--by', 'rx', '--levels', 'sex=1'],
      ],
      message: /at least 2 rows and columns, not 1 × 3/,
    },
    {
      label: '--as-published on a file not in the explorer format',
      args: [
        ...['--data', 'tests/fixtures/r-lung.csv', '--time', 'time', '--event', 'status'],
        ...['--group', 'sex', '--as-published'],
      ],
      message: /--as-published needs a file in the explorer's data format/,
    },
    {
      label: '--as-published without a threshold stratifier',
      args: [
        ...['--data', 'public/data/demo-cohort.arrow', '--time', 'pfs_months'],
        ...['--event', 'pfs_event', '--group', 'prior_asct', '--as-published'],
      ],
      message: /none of the columns used \(prior_asct\) has an "as published" variant/,
    },
    {
      label: 'a landmark beyond every time',
      args: [
        ...['--data', 'tests/fixtures/r-lung.csv', '--time', 'time', '--event', 'status'],
        ...['--landmark', '5000'],
      ],
      message: /no rows with a time and an event beyond the landmark 5000/,
    },
  ])('runAnalysis refuses $label with a CliError', ({ args, message }) => {
    expect(() => analyze(args)).toThrow(CliError);
    expect(() => analyze(args)).toThrow(message);
  });
});
