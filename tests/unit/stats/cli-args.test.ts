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
      test: undefined,
      x: undefined,
      by: undefined,
      rho: 0,
      landmark: undefined,
      asPublished: false,
      followUp: false,
      zph: false,
      firth: false,
      paper: false,
      cuminc: false,
      status: undefined,
    });
  });

  it('parseArgs reads --test with --x and --by, and needs no --time/--event for --test or --spearman', () => {
    const a = parseArgs(['--data', 'x.csv', '--test', 'welch', '--x', 'age', '--by=arm']);
    expect([a.test, a.x, a.by, a.time, a.event]).toEqual([
      'welch',
      'age',
      'arm',
      undefined,
      undefined,
    ]);
    expect(parseArgs(['--data', 'x.csv', '--spearman', 'a,b']).time).toBeUndefined();
    const both = parseArgs([
      ...base,
      '--test',
      'fisher',
      '--x',
      'a',
      '--by',
      'b',
      '--levels',
      'b=2,1',
    ]);
    expect([both.time, both.test, both.levels]).toEqual(['t', 'fisher', { b: ['2', '1'] }]);
  });

  it('parseArgs reads --rho, --landmark and the switches --as-published and --follow-up', () => {
    const a = parseArgs([
      ...base,
      '--group',
      'arm',
      '--rho=1',
      '--landmark',
      '6',
      '--as-published',
      '--follow-up',
    ]);
    expect([a.rho, a.landmark, a.asPublished, a.followUp]).toEqual([1, 6, true, true]);
    // A switch takes no value: the next token is the next option.
    expect(parseArgs([...base, '--follow-up', '--group', 'arm']).group).toBe('arm');
  });

  it('parseArgs reads the switch --firth with --covariates (off by default)', () => {
    const a = parseArgs([...base, '--covariates', 'age,arm', '--firth', '--ties', 'breslow']);
    expect([a.firth, a.covariates, a.ties]).toEqual([true, ['age', 'arm'], 'breslow']);
    expect(parseArgs([...base, '--covariates', 'age']).firth).toBe(false);
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
    { argv: ['--data', 'x.csv'], message: 'missing required option --time' },
    { argv: ['--data', 'x.csv', '--time', 't'], message: 'missing required option --event' },
    {
      argv: ['--data', 'x.csv', '--event', 'e', '--spearman', 'a,b'],
      message: 'missing required option --time',
    },
    {
      argv: ['--data', 'x.csv', '--spearman', 'a,b', '--group', 'g'],
      message: '--group is for survival analyses: it needs --time and --event',
    },
    {
      argv: ['--data', 'x.csv', '--test', 'welch', '--x', 'a', '--by', 'b', '--follow-up'],
      message: '--follow-up is for survival analyses',
    },
    { argv: [...base, '--test', 'ttest'], message: '--test must be wilcoxon, welch or fisher' },
    {
      argv: [...base, '--test', 'welch', '--x', 'a'],
      message: '--test welch needs --x COL and --by COL',
    },
    { argv: [...base, '--by', 'b'], message: '--x and --by go with --test' },
    {
      argv: [...base, '--rho', '1'],
      message: '--rho weights the log-rank test, which needs --group',
    },
    { argv: [...base, '--group', 'g', '--rho', '-1'], message: '--rho must be 0 or more' },
    { argv: [...base, '--group', 'g', '--rho', 'one'], message: "--rho: 'one' is not a number" },
    { argv: [...base, '--landmark', '-3'], message: '--landmark must be 0 or more' },
    {
      argv: [...base, '--entry', 's', '--landmark', '3'],
      message: '--landmark cannot be combined with --entry',
    },
    {
      argv: [...base, '--entry', 's', '--group', 'g', '--rho', '1'],
      message: '--rho cannot be combined with --entry',
    },
    {
      argv: [...base, '--entry', 's', '--follow-up'],
      message: '--follow-up cannot be combined with --entry',
    },
    { argv: [...base, '--follow-up=yes'], message: 'option --follow-up takes no value' },
    {
      argv: [...base, '--as-published', '--as-published'],
      message: 'option --as-published given twice',
    },
    {
      argv: [...base, '--firth'],
      message: '--firth penalises the Cox model, which needs --covariates',
    },
    {
      argv: [...base, '--covariates', 'a', '--firth=yes'],
      message: 'option --firth takes no value',
    },
    {
      argv: ['--data', 'x.csv', '--spearman', 'a,b', '--firth'],
      message: '--firth is for survival analyses: it needs --time and --event',
    },
  ])('parseArgs rejects $argv with a CliError', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
