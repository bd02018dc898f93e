import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { decodeTable } from '../../../src/lib/data/decode';
import { frameOfFile } from '../../../scripts/cli/frame-of-file';
import { parseArgs } from '../../../scripts/cli/parse-args';
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
}
const cases = fixtures as unknown as RCli[];

function analyze(argv: string[]): AnalyzeOutput {
  const args = parseArgs(argv);
  return runAnalysis(frameOfFile(readFileSync(args.data), args.data), args);
}

// R's survfit / survdiff / coxph / cor.test on CSVs the engine has never seen
// (tests/fixtures/r-*.csv written by tests/reference/r/km.R); every number within 1e-6 relative.
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

  it('analyze prints one JSON object with km, logRank, cox and spearman', () => {
    const stdout = execFileSync(process.execPath, [...script, ...cases[0].args], {
      encoding: 'utf8',
    });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(stdout))).toEqual(['km', 'logRank', 'cox', 'spearman']);
  }, 30_000);

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
});
