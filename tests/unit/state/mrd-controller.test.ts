import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisRequest, ViewEngine } from '../../../src/lib/engine/types';
import { MrdController } from '../../../src/lib/state/mrd-controller.svelte';
import type { MrdPlan } from '../../../src/lib/state/mrd-plan';

/** An engine that records what it was asked, answering each request with a labelled stub. */
function fakeEngine(fail: string | null = null) {
  const calls: { request: AnalysisRequest; channel?: string }[] = [];
  const engine: ViewEngine = {
    run: ((request: AnalysisRequest, channel?: string) => {
      calls.push({ request, channel });
      if (fail && request.kind === fail) return Promise.reject(new Error('No MRD tests here.'));
      return Promise.resolve({ kind: request.kind, channel });
    }) as ViewEngine['run'],
    prefetch: () => {},
  };
  return { engine, calls };
}

const plan: MrdPlan = {
  swimmer: { kind: 'swimmer', sort: 'followup' },
  swimmerNote: null,
  linked: { kind: 'survival', endpoint: 'pfs', stratifier: 'mrd_group' },
  linkedNote: null,
  negativity: { kind: 'survival', endpoint: 'mrd', stratifier: null, times: [12, 24] },
};

describe('MrdController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('MrdController asks for the swimmer, both curves and the cumulative incidence at once, the Cox fits once the view settles', async () => {
    const { engine, calls } = fakeEngine();
    const c = new MrdController(engine, 150);
    c.show(plan);
    expect(calls.map((x) => [x.request.kind, x.channel])).toEqual([
      ['swimmer', 'mrd-swimmer'],
      ['survival', 'mrd-linked'],
      ['survival', 'mrd-negativity'],
      ['cuminc', 'mrd-cuminc'],
    ]);
    expect(calls[3].request).toEqual({
      kind: 'cuminc',
      endpoint: 'mrd',
      stratifier: null,
      times: [12, 24],
    });
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.slice(4).map((x) => [x.request.kind, x.channel])).toEqual([
      ['hazards', 'mrd-linked-hazards'],
      ['hazards', 'mrd-negativity-hazards'],
    ]);
    expect(calls[4].request).toMatchObject({ endpoint: 'pfs', stratifier: 'mrd_group' });
    expect(c.swimmer).not.toBeNull();
    expect(c.linked).not.toBeNull();
    expect(c.negativity).not.toBeNull();
    expect(c.negativityHazards).not.toBeNull();
    expect(c.cuminc).not.toBeNull();
    expect(c.error).toBeNull();
  });

  it('MrdController cancels the pending Cox fits when the view changes before it settles', async () => {
    const { engine, calls } = fakeEngine();
    const stop = new MrdController(engine, 150).show(plan);
    stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.filter((x) => x.request.kind === 'hazards')).toHaveLength(0);
  });

  it('MrdController reports a failed request in plain words and asks nothing for a missing part', async () => {
    const { engine, calls } = fakeEngine('swimmer');
    const c = new MrdController(engine, 150);
    c.show(plan);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.error).toBe('No MRD tests here.');
    c.show({ ...plan, swimmer: null, linked: null });
    await vi.advanceTimersByTimeAsync(150);
    expect(c.swimmer).toBeNull();
    expect(c.linked).toBeNull();
    expect(calls.filter((x) => x.channel === 'mrd-linked-hazards')).toHaveLength(1);
  });
  it("MrdController never shows a left view's answers under the next view", async () => {
    // The first view's linked curves and Cox fit answer late; the next view has no linked
    // curves (so nothing on that channel supersedes them) and fits its Cox models later.
    const { engine } = fakeEngine();
    const late: ViewEngine = {
      ...engine,
      run: ((request: AnalysisRequest, channel?: string) =>
        channel === 'mrd-linked' || channel === 'mrd-linked-hazards'
          ? new Promise<unknown>((r) => setTimeout(() => r({ stale: channel }), 200))
          : engine.run(request, channel)) as ViewEngine['run'],
    };
    const c = new MrdController(late, 150);
    const stop = c.show(plan);
    await vi.advanceTimersByTimeAsync(150); // the first view's Cox fits are asked
    stop();
    c.show({ ...plan, linked: null });
    await vi.advanceTimersByTimeAsync(1000);
    expect(c.linked).toBeNull();
    expect(c.linkedHazards).toBeNull();
    expect(c.negativity).not.toBeNull();
  });
});
