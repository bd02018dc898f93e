import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { fairLandmark, fairRows } from '../../../src/lib/layout/fair-rows';
import { formatHR } from '../../../src/lib/layout/format';
import { deepFreeze } from './curves';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const run = (covariate: 'mrd_neg_sustained' | 'in_cr', months?: number) =>
  deepFreeze(
    engine.run({
      kind: 'timeDependent',
      endpoint: 'pfs',
      covariate,
      ...(months ? { months } : {}),
    }),
  );

describe('fairRows', () => {
  it('lists the naive (biased), landmark and time-dependent HRs with method and n used / N', () => {
    const result = run('in_cr');
    const rows = fairRows(result, 3);
    expect(rows.map((r) => [r.key, r.biased])).toEqual([
      ['naive', true],
      ['landmark', false],
      ['time-dependent', false],
    ]);
    const td = result.timeDependent;
    expect(rows[2]).toMatchObject({
      hr: formatHR(td.hr, td.lower, td.upper),
      used: `${td.nUsed} / ${td.nTotal}`,
      method: td.method,
    });
    expect(rows[1].comparison).toContain(`${result.landmarks[1].nExcluded} with an event`);
  });

  it('writes a monotone likelihood as → 0 without a CI, and drops a landmark not computed', () => {
    const result = run('mrd_neg_sustained', 36);
    expect(result.timeDependent.infinite).toBe(true);
    const rows = fairRows(result, 999);
    expect(rows.map((r) => r.key)).toEqual(['naive', 'time-dependent']);
    expect(rows[1].hr).toBe('→ 0');
  });

  it('fairLandmark takes the chosen landmark when computed, else the first with an HR', () => {
    const result = run('mrd_neg_sustained', 12);
    expect(fairLandmark(result, 24)).toBe(24);
    const first = result.landmarks.find((l) => l.hr !== null)!.landmark;
    expect(fairLandmark(result, null)).toBe(first);
    expect(fairLandmark(result, 5)).toBe(first);
  });
});
