import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineClient, EngineStopped, type RestartInfo } from '../../../src/lib/engine-client';
import { DEFAULT_LIMITS, type WatchdogLimits } from '../../../src/lib/engine/watchdog-policy';
import { fakeWorkers } from './fake-workers';

const file = (path: string, name: string) => new File([readFileSync(path)], name);
const good = () => ({
  kind: 'files' as const,
  files: [file('tests/fixtures/good/cohort.arrow', 'good.arrow')],
});
const survival = { kind: 'survival', endpoint: 'pfs', stratifier: null } as const;

/**
 * Short limits so each test takes a second or two, yet long enough for a healthy call on a busy
 * machine; no idle ping unless asked for.
 */
const fast: WatchdogLimits = {
  ...DEFAULT_LIMITS,
  analysisMs: 1_200,
  loadBaseMs: 2_500,
  heartbeatMs: 0,
  pingTimeoutMs: 600,
};

async function loaded(limits: WatchdogLimits = fast) {
  const { factory, started } = fakeWorkers();
  const client = new EngineClient(factory, limits);
  const outcome = await client.load(good());
  const label = outcome.current!.label;
  const restarted = new Promise<RestartInfo>((resolve) => (client.onRestart = resolve));
  return { client, started, label, restarted };
}

describe('EngineClient watchdog', { timeout: 20_000 }, () => {
  it('an analysis that overruns its time limit is stopped, and every pending call is told why', async () => {
    const { client, started, label, restarted } = await loaded();
    started[0].hang();
    const first = client.run(survival, 'a');
    const second = client.run({ kind: 'columns' }, 'b');
    await expect(first).rejects.toBeInstanceOf(EngineStopped);
    await expect(second).rejects.toThrow('The analysis took longer than');
    expect(started[0].terminated).toBe(true);
    const info = await restarted;
    expect(info.reloaded).toBe(true);
    expect(info.message).toContain(`the engine was restarted with “${label}”`);
    expect(info.cause).toMatchObject({ reason: 'timeout', what: 'analysis', limitMs: 1_200 });
    const view = await client.run(survival, 'a');
    expect(view.nUsed).toBe(6);
    client.dispose();
  });

  it('a worker that stops answering without any event is found by the idle ping and replaced', async () => {
    const { client, started, label, restarted } = await loaded({ ...fast, heartbeatMs: 100 });
    started[0].close();
    const info = await restarted;
    expect(info.cause.reason).toBe('unresponsive');
    expect(info.message).toContain('stopped answering');
    expect(info.message).toContain(label);
    expect(started).toHaveLength(2);
    expect((await client.run(survival)).nUsed).toBe(6);
    client.dispose();
  });

  it('a worker that closed while an analysis was pending is caught by the time limit', async () => {
    const { client, started, restarted } = await loaded();
    started[0].close();
    await expect(client.run(survival)).rejects.toBeInstanceOf(EngineStopped);
    expect((await restarted).reloaded).toBe(true);
    expect((await client.run(survival)).nUsed).toBe(6);
    client.dispose();
  });

  it('a load that overruns its limit is stopped and the previous dataset is loaded again', async () => {
    const { client, started, label, restarted } = await loaded();
    started[0].hang();
    const load = client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.csv', 'slow.csv')],
    });
    await expect(load).rejects.toThrow('Reading “slow.csv” took longer than');
    const info = await restarted;
    expect(info.message).toContain(`restarted with “${label}”, which is still shown`);
    expect((await client.run(survival)).nUsed).toBe(6);
    client.dispose();
  });

  it('Cancel stops a load in progress and keeps the previous dataset', async () => {
    const { client, started, label, restarted } = await loaded({ ...fast, loadBaseMs: 60_000 });
    expect(client.cancelLoad()).toBe(false); // nothing to cancel
    started[0].hang();
    const load = client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.csv', 'big.csv')],
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(client.cancelLoad()).toBe(true);
    await expect(load).rejects.toThrow('Loading “big.csv” was cancelled');
    const info = await restarted;
    expect(info.cause.reason).toBe('cancelled');
    expect(info.message).toContain(label);
    expect((await client.run(survival)).nUsed).toBe(6);
    client.dispose();
  });

  it('Cancel stops an analysis in progress and keeps the dataset', async () => {
    const { client, started, label, restarted } = await loaded({ ...fast, analysisMs: 60_000 });
    const busy: boolean[] = [];
    client.onAnalysing = (b) => busy.push(b);
    expect(client.cancelAnalysis()).toBe(false); // nothing to cancel
    started[0].hang();
    const view = client.run(survival);
    await new Promise((r) => setTimeout(r, 30));
    expect(client.cancelAnalysis()).toBe(true);
    await expect(view).rejects.toThrow('The analysis was cancelled');
    const info = await restarted;
    expect(info.cause.reason).toBe('analysis-cancelled');
    expect(info.message).toContain(`restarted with “${label}”`);
    expect(busy).toEqual([true, false]);
    expect((await client.run(survival)).nUsed).toBe(6);
    client.dispose();
  });

  it('a worker that hangs before any dataset loaded is restarted and says so', async () => {
    const { factory, started } = fakeWorkers();
    const client = new EngineClient(factory, fast);
    const restarted = new Promise<RestartInfo>((resolve) => (client.onRestart = resolve));
    started[0].hang();
    await expect(client.run({ kind: 'columns' })).rejects.toBeInstanceOf(EngineStopped);
    expect((await restarted).message).toContain('open a file or the demo cohort');
    client.dispose();
  });
});
