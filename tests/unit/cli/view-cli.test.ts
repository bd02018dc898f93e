import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/cli/parse-args';
import { createEngine } from '../../../src/lib/engine/engine';
import type { AnalysisRequest } from '../../../src/lib/engine/types';

// `analyze --view JSON` runs any request of the explorer's engine: the CLI reaches every view.
const script = ['--import', 'tsx', 'scripts/analyze.ts'];
const demo = 'public/data/demo-cohort.arrow';

function engineResult(request: AnalysisRequest) {
  const engine = createEngine();
  engine.load(new Uint8Array(readFileSync(demo)), 'demo-cohort.arrow');
  return JSON.parse(JSON.stringify(engine.run(request)));
}

function analyze(...args: string[]) {
  return spawnSync(process.execPath, [...script, '--data', demo, ...args], { encoding: 'utf8' });
}

describe('analyze --view', () => {
  it('prints the Table 1, response and kinetics results the app receives, under "view"', () => {
    const requests: AnalysisRequest[] = [
      { kind: 'table1', stratifier: 'triple_refractory' },
      { kind: 'response', stratifier: 'penta_refractory' },
      { kind: 'kinetics', groupBy: 'crs_high', test: 'welch', auc: 'lin-up-log-down' },
    ];
    for (const request of requests) {
      const stdout = execFileSync(
        process.execPath,
        [...script, '--data', demo, '--view', JSON.stringify(request)],
        { encoding: 'utf8' },
      );
      const out = JSON.parse(stdout);
      expect(out.km).toEqual([]);
      expect(out.view).toEqual(engineResult(request));
    }
  }, 60_000);

  it('an unknown kind, an unknown column or a value that is not a JSON object is one line on stderr, exit 2', () => {
    const cases: [string, RegExp][] = [
      ['{"kind":"nope"}', /--view nope: Unknown analysis "nope"/],
      ['{"kind":"table1","stratifier":"zzz"}', /--view table1: .*no column "zzz"/],
      ['[1]', /JSON object with a "kind"/],
      ['table1', /must be a JSON object/],
    ];
    for (const [value, message] of cases) {
      const r = analyze('--view', value);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  }, 60_000);

  it('needs neither --time nor --event, and combines with them', () => {
    expect(parseArgs(['--data', 'x.arrow', '--view', '{"kind":"safety"}'])).toMatchObject({
      view: { kind: 'safety' },
      time: undefined,
    });
    const both = parseArgs([
      '--data',
      'x.arrow',
      '--time',
      't',
      '--event',
      'e',
      '--view',
      '{"kind":"safety"}',
    ]);
    expect(both.time).toBe('t');
  });
});
