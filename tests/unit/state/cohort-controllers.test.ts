import { describe, expect, it } from 'vitest';
import { Superseded } from '../../../src/lib/engine/superseded';
import type {
  AnalysisRequest,
  CorrelationsResult,
  ViewEngine,
} from '../../../src/lib/engine/types';
import { CorrelationsController } from '../../../src/lib/state/correlations-controller.svelte';
import { Table1Controller } from '../../../src/lib/state/table1-controller.svelte';

/** An engine that records what it was asked and answers with `answer(request)`. */
function fakeEngine(answer: (r: AnalysisRequest) => Promise<unknown>) {
  const calls: { request: AnalysisRequest; channel?: string }[] = [];
  const engine: ViewEngine = {
    run: ((request: AnalysisRequest, channel?: string) => {
      calls.push({ request, channel });
      return answer(request);
    }) as ViewEngine['run'],
    prefetch: () => {},
  };
  return { engine, calls };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Table1Controller', () => {
  it('asks once per request and dataset, on its own channel, and keeps the answer', async () => {
    const { engine, calls } = fakeEngine((r) => Promise.resolve({ request: r }));
    const c = new Table1Controller(engine);
    const request = { kind: 'table1' as const, stratifier: 'mrd_group' };
    const columns = [{}];
    c.show(request, columns);
    c.show({ ...request }, columns);
    await tick();
    expect(calls).toEqual([{ request, channel: 'table1' }]);
    expect(c.result).toEqual({ request });
    c.show(request, [{}]);
    expect(calls).toHaveLength(2);
  });

  it('says what went wrong in plain words, and stays quiet when superseded', async () => {
    let fail: Error = new Error('"Patient" has 56 different values — too many groups.');
    const { engine } = fakeEngine(() => Promise.reject(fail));
    const c = new Table1Controller(engine);
    c.show({ kind: 'table1', stratifier: 'patient' }, 1);
    await tick();
    expect(c.error).toContain('too many groups');
    fail = new Superseded();
    c.error = null;
    c.show({ kind: 'table1', stratifier: 'x' }, 1);
    await tick();
    expect(c.error).toBeNull();
  });
});

describe('CorrelationsController', () => {
  const result = {
    nTotal: 3,
    variables: [],
    pairs: [
      { x: 'a', y: 'b', rho: 0.5, p: 0.2, n: 3, nCensored: 0 },
      { x: 'a', y: 'c', rho: -0.5, p: 0.2, n: 3, nCensored: 1 },
    ],
    method: 'Spearman',
    caveat: 'censored',
  } satisfies CorrelationsResult;

  it('asks for the matrix once per dataset', async () => {
    const { engine, calls } = fakeEngine(() => Promise.resolve(result));
    const c = new CorrelationsController(engine);
    const columns = [{}];
    c.show(columns);
    c.show(columns);
    await tick();
    expect(calls).toEqual([{ request: { kind: 'correlations' }, channel: 'correlations' }]);
    c.show([{}]);
    expect(calls).toHaveLength(2);
  });

  it('finds the selected pair in either order, and none that the matrix lacks', async () => {
    const { engine } = fakeEngine(() => Promise.resolve(result));
    const c = new CorrelationsController(engine);
    expect(c.pairOf(['a', 'b'])).toBeNull();
    c.show(1);
    await tick();
    expect(c.pairOf(['a', 'c'])).toBe(result.pairs[1]);
    expect(c.pairOf(['c', 'a'])).toBe(result.pairs[1]);
    expect(c.pairOf(['b', 'c'])).toBeNull();
    expect(c.pairOf(null)).toBeNull();
  });
});
