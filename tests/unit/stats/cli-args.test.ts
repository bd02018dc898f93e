import { describe, expect, it } from 'vitest';
import { CliError, parseArgs } from '../../../scripts/cli/parse-args';

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
