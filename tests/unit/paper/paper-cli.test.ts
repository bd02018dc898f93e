import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/cli/parse-args';
import { createEngine } from '../../../src/lib/engine/engine';
import { readFileSync } from 'node:fs';

// `npm run analyze -- --data F --paper` prints the engine's `paper` rows (the explorer's tab).
// node --import tsx: the same loader as npm run analyze, without npx start-up time.
const script = ['--import', 'tsx', 'scripts/analyze.ts'];
const demo = 'public/data/demo-cohort.arrow';

function engineRows() {
  const engine = createEngine();
  engine.load(new Uint8Array(readFileSync(demo)), 'demo-cohort.arrow');
  return engine.run({ kind: 'paper' });
}

describe('analyze --paper', () => {
  it('--paper alone prints one line of JSON: the paper rows equal to the engine’s, the usual keys empty', () => {
    const stdout = execFileSync(process.execPath, [...script, '--data', demo, '--paper'], {
      encoding: 'utf8',
    });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout);
    expect(out).toEqual({
      km: [],
      logRank: null,
      cox: null,
      spearman: null,
      test: null,
      followUp: null,
      cuminc: null,
      paper: engineRows(),
    });
  }, 30_000);

  it('--paper with --time and --event prints the survival analysis as well', () => {
    const stdout = execFileSync(
      process.execPath,
      [...script, '--data', demo, '--time', 'pfs_months', '--event', 'pfs_event', '--paper'],
      { encoding: 'utf8' },
    );
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'km',
      'logRank',
      'cox',
      'spearman',
      'test',
      'followUp',
      'cuminc',
      'paper',
    ]);
    expect(out.km[0].events).toBe(33);
    expect(out.paper).toHaveLength(116);
  }, 30_000);

  it('parseArgs needs neither --time nor --event with --paper, but both when either is given', () => {
    expect(parseArgs(['--data', 'x.arrow', '--paper'])).toMatchObject({
      paper: true,
      time: undefined,
      event: undefined,
    });
    expect(() => parseArgs(['--data', 'x.arrow', '--paper', '--time', 't'])).toThrow(/--event/);
    expect(() => parseArgs(['--data', 'x.arrow', '--paper=1'])).toThrow(/takes no value/);
    expect(parseArgs(['--data', 'x', '--time', 't', '--event', 'e']).paper).toBe(false);
  });

  it('--paper on a file not in the explorer’s data format exits with code 2 and says why', () => {
    const run = spawnSync(
      process.execPath,
      [...script, '--data', 'tests/fixtures/r-lung.csv', '--paper'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^analyze: --paper needs a file in the explorer's data format/);
  }, 30_000);
});
