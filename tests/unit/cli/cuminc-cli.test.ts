import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CliError, parseArgs } from '../../../scripts/cli/parse-args';
import fixtures from '../../reference/cuminc-cli.json';

type Num = number | null;
interface RCase {
  args: string[];
  at: { name: string; times: number[]; est: Num[]; var: Num[] }[];
  tests: { cause: number; stat: number; df: number; p: number }[];
}
const cases = fixtures as unknown as RCase[];

function close(actual: Num, expected: Num, label: string): void {
  if (expected === null || actual === null) return void expect(actual, label).toBe(expected);
  const tol = Math.max(1e-9 * Math.abs(expected), 1e-14);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

// The script itself (npm run analyze) on tests/fixtures/r-colon-cr.csv, a competing-risks table
// written by tests/reference/r/cuminc.R from survival::colon (recurrence = 1, death first = 2)
// that the unit tests of cuminc never use; every number within 1e-9 relative of cmprsk.
describe.each(cases)('analyze $args', (c) => {
  const run = spawnSync('npm', ['run', '--silent', 'analyze', '--', ...c.args], {
    encoding: 'utf8',
  });
  const out = JSON.parse(run.stdout) as Record<string, unknown> & {
    cuminc: {
      at: { group: string; cause: number; times: number[]; est: Num[]; var: Num[] }[];
      tests: { cause: number; stat: Num; df: number; p: Num }[];
    };
  };

  it('keeps the other keys empty: km [], logRank, cox, spearman, test and followUp null', () => {
    expect(run.status).toBe(0);
    expect(out).toMatchObject({ km: [], logRank: null, cox: null, spearman: null, test: null });
    expect(out.followUp).toBeNull();
  });

  it('prints cuminc.at as timepoints(cuminc(time, status, group), times), named "group cause" as R', () => {
    expect(out.cuminc.at.map((a) => `${a.group} ${a.cause}`)).toEqual(c.at.map((a) => a.name));
    out.cuminc.at.forEach((a, i) => {
      expect(a.times).toEqual(c.at[i].times);
      a.est.forEach((e, j) => close(e, c.at[i].est[j], `${c.at[i].name} est[${j}]`));
      a.var.forEach((v, j) => close(v, c.at[i].var[j], `${c.at[i].name} var[${j}]`));
    });
  });

  it('prints cuminc.tests as $Tests (Gray, rho = 0): stat, df, p; none without --group', () => {
    expect(out.cuminc.tests.map((t) => t.cause)).toEqual(c.tests.map((t) => t.cause));
    out.cuminc.tests.forEach((t, i) => {
      close(t.stat, c.tests[i].stat, 'stat');
      close(t.p, c.tests[i].p, 'p');
      expect(t.df).toBe(c.tests[i].df);
    });
  });
});

describe('parseArgs with --cuminc', () => {
  const data = ['--data', 'x.csv'];
  it('reads --cuminc --time --status with --group and --times', () => {
    const a = parseArgs([
      ...data,
      '--cuminc',
      '--time',
      't',
      '--status',
      's',
      '--group',
      'g',
      '--times',
      '12,24',
    ]);
    expect([a.cuminc, a.time, a.status, a.event, a.group, a.times]).toEqual([
      true,
      't',
      's',
      undefined,
      'g',
      [12, 24],
    ]);
  });

  it.each([
    {
      label: '--cuminc without --status',
      argv: ['--cuminc', '--time', 't'],
      message: /needs --time COL and --status/,
    },
    {
      label: '--cuminc without --time',
      argv: ['--cuminc', '--status', 's'],
      message: /needs --time COL and --status/,
    },
    {
      label: '--status without --cuminc',
      argv: ['--time', 't', '--status', 's'],
      message: /--status goes with --cuminc/,
    },
    {
      label: '--status with --event, no --cuminc',
      argv: ['--time', 't', '--event', 'e', '--status', 's'],
      message: /--status goes with --cuminc/,
    },
    {
      label: '--event with --cuminc',
      argv: ['--cuminc', '--time', 't', '--status', 's', '--event', 'e'],
      message: /not --event/,
    },
    {
      label: '--cuminc with --covariates',
      argv: ['--cuminc', '--time', 't', '--status', 's', '--covariates', 'a'],
      message: /--covariates cannot be combined/,
    },
    {
      label: '--cuminc with --landmark',
      argv: ['--cuminc', '--time', 't', '--status', 's', '--landmark', '3'],
      message: /--landmark cannot be combined/,
    },
    {
      label: '--cuminc given a value',
      argv: ['--cuminc=1', '--time', 't', '--status', 's'],
      message: /takes no value/,
    },
  ])('refuses $label', ({ argv, message }) => {
    expect(() => parseArgs([...data, ...argv])).toThrow(CliError);
    expect(() => parseArgs([...data, ...argv])).toThrow(message);
  });
});
