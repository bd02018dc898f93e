import { describe, expect, it } from 'vitest';
import { CliError, parseArgs } from '../../../scripts/cli/parse-args';
import { eventColumn, factorCodes } from '../../../scripts/cli/table-columns';

const base = ['--data', 'x.csv', '--time', 't', '--event', 'e'];

describe('parseArgs', () => {
  it('parseArgs applies the documented defaults (log CI, Efron ties, no times, no tau)', () => {
    expect(parseArgs(base)).toEqual({
      data: 'x.csv',
      time: 't',
      event: 'e',
      entry: undefined,
      group: undefined,
      covariates: [],
      strata: undefined,
      levels: {},
      ties: 'efron',
      confType: 'log',
      times: [],
      tau: undefined,
      spearman: undefined,
    });
  });

  it('parseArgs reads lists, numbers, repeated --levels and --flag=value forms', () => {
    const a = parseArgs([
      ...base,
      '--group=arm',
      '--covariates',
      'age,arm',
      '--levels',
      'arm=B,A',
      '--levels=stage=I,II,III',
      '--times',
      '12,24.5',
      '--tau',
      '36',
      '--conf-type',
      'log-log',
      '--ties',
      'breslow',
      '--spearman',
      'x,y',
      '--entry',
      'start',
      '--strata',
      'site',
    ]);
    expect(a.group).toBe('arm');
    expect(a.covariates).toEqual(['age', 'arm']);
    expect(a.levels).toEqual({ arm: ['B', 'A'], stage: ['I', 'II', 'III'] });
    expect(a.times).toEqual([12, 24.5]);
    expect([a.tau, a.confType, a.ties, a.entry, a.strata]).toEqual([
      36,
      'log-log',
      'breslow',
      'start',
      'site',
    ]);
    expect(a.spearman).toEqual(['x', 'y']);
  });

  it.each([
    { argv: ['--time', 't', '--event', 'e'], message: 'missing required option --data' },
    { argv: [...base, '--bogus', '1'], message: 'unknown option --bogus' },
    { argv: [...base, 'stray'], message: "unexpected argument 'stray'" },
    { argv: [...base, '--group'], message: 'option --group needs a value' },
    { argv: [...base, '--group', '--tau', '3'], message: 'option --group needs a value' },
    { argv: [...base, '--tau', 'abc'], message: "--tau: 'abc' is not a number" },
    { argv: [...base, '--times', '1,,2'], message: 'empty item' },
    { argv: [...base, '--ties', 'exact'], message: '--ties must be efron or breslow' },
    {
      argv: [...base, '--conf-type', 'logit'],
      message: '--conf-type must be log, log-log or plain',
    },
    { argv: [...base, '--spearman', 'x'], message: '--spearman needs exactly two columns' },
    { argv: [...base, '--levels', 'arm'], message: '--levels must look like COL=L1,L2' },
    { argv: [...base, '--group', 'a', '--group', 'b'], message: 'option --group given twice' },
  ])('parseArgs rejects $argv with a CliError', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('table columns', () => {
  it.each([
    { label: '0/1', cells: [0, 1, null, 1], expected: [0, 1, NaN, 1] },
    {
      label: '1/2 as Surv() reads it (2 = event)',
      cells: [1, 2, 2, null],
      expected: [0, 1, 1, NaN],
    },
    { label: 'all censored 0s', cells: [0, 0], expected: [0, 0] },
  ])('eventColumn reads $label', ({ cells, expected }) => {
    expect(Array.from(eventColumn(cells, 'e'))).toEqual(expected);
  });

  it.each([
    { cells: [0, 3], message: "column 'e' must be coded 0/1 or 1/2, found 3" },
    { cells: [0, 'yes'], message: "column 'e' must be numeric" },
  ])('eventColumn rejects $cells', ({ cells, message }) => {
    expect(() => eventColumn(cells, 'e')).toThrow(message);
  });

  it('factorCodes sorts numbers numerically and texts alphabetically, as factor() does', () => {
    expect(factorCodes([10, 2, null, 2]).levels).toEqual(['2', '10']);
    const t = factorCodes(['b', 'a', null, 'c']);
    expect(t.levels).toEqual(['a', 'b', 'c']);
    expect(Array.from(t.codes)).toEqual([1, 0, -1, 2]);
  });

  it('factorCodes follows given levels and treats other values as missing', () => {
    const t = factorCodes(['b', 'a', 'z'], ['b', 'a']);
    expect(Array.from(t.codes)).toEqual([0, 1, -1]);
  });
});
