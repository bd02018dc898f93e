import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { rmst } from '../../../src/lib/stats/rmst';
import { defaultRmstTau, rmstDifference } from '../../../src/lib/stats/rmst-difference';
import fixture from '../../reference/rmst.json';
import { close, type RmstCaseR } from './rmst-fixture';

/** A CSV of R's datasets (numbers only where used), as columns of text. */
function readCsv(path: string): Record<string, string[]> {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = head.split(',').map((s) => s.replaceAll('"', ''));
  const cols: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const line of lines)
    line.split(',').forEach((v, j) => cols[names[j]].push(v.replaceAll('"', '')));
  return cols;
}

/** One R case's groups as time/event arrays, in R's level order. */
function groupsOf(c: RmstCaseR): { time: Float64Array; event: Uint8Array }[] {
  const d = readCsv(`tests/fixtures/r-${c.data}.csv`);
  let rows = d.time.map((_, i) => i);
  if (c.data === 'colon') rows = rows.filter((i) => d.etype[i] === '2');
  const event = (i: number) => (c.data === 'lung' ? Number(d.status[i]) - 1 : Number(d.status[i]));
  return c.groups.map((g) => {
    const own = rows.filter((i) => d[c.column!][i] === g.level);
    return {
      time: Float64Array.from(own, (i) => Number(d.time[i])),
      event: Uint8Array.from(own, event),
    };
  });
}

// tests/reference/r/rmst.R: summary(survfit(...), rmean = tau)$table per group; contrasts by
// survRM2::rmst2's formulas (checked against survRM2's CRAN source on lung by sex).
describe('RMST difference and ratio equal R (survfit rmean + survRM2 formulas, ≤ 1e-9 relative)', () => {
  const cases = (fixture.cases as RmstCaseR[]).filter((c) => c.data !== 'demo');
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const data = groupsOf(c);
    data.forEach((g, k) => expect(g.time.length, c.groups[k].level).toBe(c.groups[k].n));
    const tau = c.tau_default ? defaultRmstTau(data.map((g) => Math.max(...g.time))) : c.tau;
    expect(tau).toBe(c.tau);
    const per = data.map((g) => rmst(kaplanMeier(g.time, g.event), tau!));
    per.forEach((m, k) => {
      close(m.estimate, c.groups[k].rmst, `${c.groups[k].level} rmst`);
      close(m.se, c.groups[k].se, `${c.groups[k].level} se`);
    });
    c.contrasts.forEach((want, j) => {
      const got = rmstDifference(per[j + 1], per[0]);
      close(got.difference.estimate, want.diff, 'difference');
      close(got.difference.se, want.diff_se, 'difference se');
      close(got.difference.lower, want.diff_lower, 'difference lower');
      close(got.difference.upper, want.diff_upper, 'difference upper');
      close(got.difference.p, want.diff_p, 'difference p');
      close(got.ratio.estimate, want.ratio, 'ratio');
      close(got.ratio.logSe, want.ratio_log_se, 'log ratio se');
      close(got.ratio.lower, want.ratio_lower, 'ratio lower');
      close(got.ratio.upper, want.ratio_upper, 'ratio upper');
      close(got.ratio.p, want.ratio_p, 'ratio p');
    });
  });
});

describe('RMST contrasts at the edges', () => {
  it.each([
    ['no groups', [], null],
    ['one group', [12], 12],
    ['the smallest last time', [60.5, 48.25, 70], 48.25],
  ] as const)('defaultRmstTau with %s', (_label, last, want) => {
    expect(defaultRmstTau(last)).toBe(want);
  });

  it('rmstDifference refuses two different τ', () => {
    expect(() =>
      rmstDifference({ tau: 12, estimate: 10, se: 1 }, { tau: 24, estimate: 20, se: 1 }),
    ).toThrow(/same τ/);
  });

  it('rmstDifference gives no p when both groups have no variance, and no ratio at RMST 0', () => {
    const none = rmstDifference({ tau: 5, estimate: 5, se: 0 }, { tau: 5, estimate: 5, se: 0 });
    expect(none.difference).toEqual({ estimate: 0, se: 0, lower: 0, upper: 0, p: null });
    const zero = rmstDifference({ tau: 5, estimate: 0, se: 0 }, { tau: 5, estimate: 5, se: 1 });
    expect(zero.ratio.estimate).toBeNull();
  });
});
