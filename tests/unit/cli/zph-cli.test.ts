import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CliError, parseArgs } from '../../../scripts/cli/parse-args';
import fixture from '../../reference/zph-cli.json';

// `analyze --zph` against R's cox.zph(coxph(...))$table on R's veteran data (written by
// tests/reference/r/zph.R to tests/fixtures/r-veteran.csv; the engine's unit tests do not use
// it). Chi-square and p compared at ≤ 1e-8 relative error; df exactly.
const script = ['--import', 'tsx', 'scripts/analyze.ts'];
const veteran = 'tests/fixtures/r-veteran.csv';
type Row = { chisq: number; df: number; p: number };

function analyze(...args: string[]) {
  const stdout = execFileSync(
    process.execPath,
    [...script, '--data', veteran, '--time', 'time', '--event', 'status', ...args],
    { encoding: 'utf8' },
  );
  return JSON.parse(stdout) as { zph?: { terms: (Row & { name: string })[]; global: Row } };
}

function expectRow(actual: Row, expected: Row): void {
  expect(actual.df).toBe(expected.df);
  expect(Math.abs(actual.chisq / expected.chisq - 1)).toBeLessThanOrEqual(1e-8);
  expect(Math.abs(actual.p / expected.p - 1)).toBeLessThanOrEqual(1e-8);
}

describe('analyze --zph', () => {
  it.each([
    {
      name: 'Efron, a factor as one row',
      args: ['--covariates', 'karno,age,celltype'],
      r: fixture.efron,
    },
    {
      name: 'Breslow with a stratum',
      args: ['--covariates', 'karno,trt', '--strata', 'prior', '--ties', 'breslow'],
      r: fixture.breslowStrata,
    },
  ])(
    'prints cox.zph per term and GLOBAL as R: $name',
    ({ args, r }) => {
      const out = analyze(...args, '--zph');
      expect(Object.keys(out)).toEqual([
        'km',
        'logRank',
        'cox',
        'zph',
        'spearman',
        'test',
        'followUp',
        'cuminc',
      ]);
      expect(Object.keys(out.zph!)).toEqual(['terms', 'global']);
      expect(out.zph!.terms.map((t) => t.name)).toEqual(r.terms.map((t) => t.name));
      out.zph!.terms.forEach((t, i) => {
        expect(Object.keys(t)).toEqual(['name', 'chisq', 'df', 'p']);
        expectRow(t, r.terms[i]);
      });
      expectRow(out.zph!.global, r.global);
    },
    30_000,
  );

  it('prints no "zph" key without --zph', () => {
    expect(Object.keys(analyze('--covariates', 'karno'))).not.toContain('zph');
  }, 30_000);

  it('exits with an error when there is no Cox model to test', () => {
    const r = spawnSync(
      process.execPath,
      [
        ...script,
        '--data',
        veteran,
        '--time',
        'time',
        '--event',
        'status',
        '--group',
        'trt',
        '--zph',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--zph .*needs --covariates/);
  }, 30_000);
});

describe('parseArgs --zph', () => {
  const base = ['--data', 'x.csv', '--time', 't', '--event', 'e'];
  it.each([
    { argv: [...base, '--covariates', 'a', '--zph'], zph: true },
    { argv: [...base, '--covariates', 'a'], zph: false },
    { argv: [...base, '--group', 'g', '--covariates', 'a,b', '--zph'], zph: true },
  ])('reads the switch: $argv', ({ argv, zph }) => {
    expect(parseArgs(argv).zph).toBe(zph);
  });
  it.each([
    { argv: [...base, '--zph'], message: /needs --covariates/ },
    { argv: [...base, '--group', 'g', '--zph'], message: /needs --covariates/ },
    {
      argv: ['--data', 'x.csv', '--spearman', 'a,b', '--zph'],
      message: /needs --time and --event/,
    },
    { argv: [...base, '--covariates', 'a', '--zph=yes'], message: /takes no value/ },
  ])('refuses $argv', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
