import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisRequest, ViewEngine } from '../../../src/lib/engine/types';
import { SurvivalController } from '../../../src/lib/state/survival-controller.svelte';
import type { SurvivalPlan } from '../../../src/lib/state/survival-plan';

/** An engine that records what it was asked, answering each request with a labelled stub. */
function fakeEngine() {
  const calls: { request: AnalysisRequest; channel?: string }[] = [];
  const prefetched: AnalysisRequest[][] = [];
  const engine: ViewEngine = {
    run: ((request: AnalysisRequest, channel?: string) => {
      calls.push({ request, channel });
      return Promise.resolve({ kind: request.kind, channel });
    }) as ViewEngine['run'],
    prefetch: (requests) => void prefetched.push(requests),
  };
  return { engine, calls, prefetched };
}

const plan: SurvivalPlan = {
  main: { endpoint: 'pfs', stratifier: 'car_persist_ge6' },
  landmark: { endpoint: 'pfs', stratifier: 'car_persist_ge6', landmark: 6 },
  landmarkNote: null,
  facets: [
    { endpoint: 'pfs', stratifier: 'car_persist_ge6', subset: { column: 'sex', value: 'M' } },
  ],
  prefetch: [{ endpoint: 'pfs', stratifier: 'triple_refractory' }],
  fair: null,
  naiveHidden: false,
  guaranteedMonths: null,
};

describe('SurvivalController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('SurvivalController asks for every curve at once and the Cox fits only once the view settles', async () => {
    const { engine, calls } = fakeEngine();
    const c = new SurvivalController(engine, 150);
    c.show(plan);
    expect(calls.map((x) => [x.request.kind, x.channel])).toEqual([
      ['survival', 'survival'],
      ['survival', 'landmark'],
      ['survival', 'facet-0'],
    ]);
    await vi.advanceTimersByTimeAsync(149);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.filter((x) => x.request.kind === 'hazards').map((x) => x.channel)).toEqual([
      'hazards',
      'landmark-hazards',
      'facet-hazards-0',
    ]);
    expect(c.main).not.toBeNull();
    expect(c.landmark).not.toBeNull();
    expect(c.facets).toHaveLength(1);
    expect(c.mainHazards).not.toBeNull();
  });

  it('SurvivalController cancels the pending Cox fits when the view changes before it settles', async () => {
    const { engine, calls } = fakeEngine();
    const c = new SurvivalController(engine, 150);
    const stop = c.show(plan);
    await vi.advanceTimersByTimeAsync(100);
    stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(0);
  });

  it('SurvivalController prefetches the other stratifiers once the main curves are in', async () => {
    const { engine, prefetched } = fakeEngine();
    new SurvivalController(engine, 150).show(plan);
    await vi.advanceTimersByTimeAsync(0);
    expect(prefetched).toEqual([
      [{ kind: 'survival', endpoint: 'pfs', stratifier: 'triple_refractory' }],
    ]);
  });

  it('SurvivalController shows an engine error in plain words and clears the landmark view', async () => {
    const { engine } = fakeEngine();
    const failing: ViewEngine = {
      ...engine,
      run: ((request: AnalysisRequest, channel?: string) =>
        channel === 'survival'
          ? Promise.reject(new Error('too many groups'))
          : engine.run(request, channel)) as ViewEngine['run'],
    };
    const c = new SurvivalController(failing, 150);
    c.show({ ...plan, landmark: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.error).toBe('too many groups');
    expect(c.landmark).toBeNull();
  });

  it("SurvivalController counts the Cox fits' wait from the curves shown, not from the click", async () => {
    const { engine, calls } = fakeEngine();
    // Curves that take 300 ms, as at 10^5 patients: no Cox fit may start before they are shown.
    const slow: ViewEngine = {
      ...engine,
      run: ((request: AnalysisRequest, channel?: string) =>
        request.kind === 'survival'
          ? new Promise<unknown>((r) => setTimeout(() => r(engine.run(request, channel)), 300))
          : engine.run(request, channel)) as ViewEngine['run'],
    };
    const c = new SurvivalController(slow, 150);
    c.show({ ...plan, landmark: null, facets: [] });
    await vi.advanceTimersByTimeAsync(299);
    expect(c.main).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(c.main).not.toBeNull();
    await vi.advanceTimersByTimeAsync(149);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(1);
  });

  it('SurvivalController fits no Cox model for a view left before its curves arrived', async () => {
    const { engine, calls } = fakeEngine();
    const slow: ViewEngine = {
      ...engine,
      run: ((request: AnalysisRequest, channel?: string) =>
        new Promise<unknown>((r) =>
          setTimeout(() => r(engine.run(request, channel)), 300),
        )) as ViewEngine['run'],
    };
    const stop = new SurvivalController(slow, 150).show(plan);
    await vi.advanceTimersByTimeAsync(100);
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(0);
  });
  it("SurvivalController never shows a left view's Cox answer under the next view", async () => {
    // Cox fits of the first view that answer after the view changed (the next view's fits are
    // asked only once its curves settle, so nothing supersedes them in between).
    const { engine } = fakeEngine();
    const late: ViewEngine = {
      ...engine,
      run: ((request: AnalysisRequest, channel?: string) =>
        request.kind === 'hazards' && request.reference === undefined
          ? new Promise<unknown>((r) =>
              setTimeout(() => r({ kind: 'hazards', view: 'first', channel }), 50),
            )
          : engine.run(request, channel)) as ViewEngine['run'],
    };
    const c = new SurvivalController(late, 150);
    const first = { ...plan, landmark: null, facets: [] };
    const stop = c.show(first);
    await vi.advanceTimersByTimeAsync(150); // the first view's Cox fit is asked…
    stop();
    c.show({ ...first, main: { ...first.main, reference: 1 } }); // …and the view changes
    await vi.advanceTimersByTimeAsync(100); // the first view's answer comes in
    expect(c.mainHazards).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(c.mainHazards).toMatchObject({ kind: 'hazards', channel: 'hazards' });
    expect(c.mainHazards).not.toHaveProperty('view', 'first');
  });
  it('SurvivalController primes the very request it shows, and shows nothing while priming', async () => {
    const { engine, calls } = fakeEngine();
    const c = new SurvivalController(engine, 150);
    const first = { ...plan, landmark: null, facets: [], tau: 24 };
    c.prime(first);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.main).toBeNull();
    c.show(first);
    const [primed, shown] = calls.filter((x) => x.channel === 'survival');
    expect(JSON.stringify(primed.request)).toBe(JSON.stringify(shown.request));
    expect(primed.request).toMatchObject({ kind: 'survival', tau: 24 });
  });

  it('SurvivalController does not report a provisional plan that fails (an endpoint the file lacks)', async () => {
    const { engine } = fakeEngine();
    const failing: ViewEngine = {
      ...engine,
      run: (() => Promise.reject(new Error('No PFS in this file.'))) as ViewEngine['run'],
    };
    const c = new SurvivalController(failing, 150);
    c.show({ ...plan, landmark: null, facets: [], provisional: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.error).toBeNull();
    c.show({ ...plan, landmark: null, facets: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.error).toBe('No PFS in this file.');
  });
});
