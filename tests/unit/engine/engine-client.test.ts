import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/lib/engine-client';
import { fakeWorkers } from './fake-workers';

const file = (path: string, name: string) => new File([readFileSync(path)], name);

describe('EngineClient', () => {
  it('EngineClient keeps the previous dataset when a bad file is loaded', async () => {
    const { factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const ok = await client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.arrow', 'good.arrow')],
    });
    expect(ok.ok).toBe(true);
    const bad = await client.load({
      kind: 'files',
      files: [file('tests/fixtures/bad/garbage.bin', 'bad.arrow')],
    });
    expect(bad.ok).toBe(false);
    expect(bad.current?.fileName).toBe('good.arrow');
    client.dispose();
  });

  it('EngineClient restarts a worker that died and reloads the last good dataset', async () => {
    const { factory, started } = fakeWorkers();
    const client = new EngineClient(factory);
    await client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.arrow', 'good.arrow')],
    });
    const restarted = new Promise<boolean>(
      (resolve) => (client.onRestart = (i) => resolve(i.reloaded)),
    );
    started[0].die();
    expect(await restarted).toBe(true);
    expect(started).toHaveLength(2);
    expect(started[0].terminated).toBe(true);
    const view = await client.run({ kind: 'survival', endpoint: 'pfs', stratifier: null });
    expect(view.nUsed).toBe(6);
    client.dispose();
  });
});

describe('EngineClient when the worker cannot start', () => {
  it('EngineClient stops restarting a worker that dies again and again, and says so', async () => {
    const { factory, started } = fakeWorkers();
    const client = new EngineClient(factory);
    const gaveUp = new Promise<string>((resolve) => (client.onGiveUp = resolve));
    for (let k = 0; k < 10 && started.length <= 4; k++) {
      started.at(-1)!.die();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await gaveUp).toContain('could not be started');
    expect(started).toHaveLength(4); // the first worker and three restarts
    await expect(client.run({ kind: 'columns' })).rejects.toThrow('could not be started');
    client.dispose();
  });
});

describe('EngineClient with several files', () => {
  it('EngineClient loads a CSV patient table with its long MRD, PK and response tables', async () => {
    const { factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const out = await client.load({
      kind: 'files',
      files: [
        file('tests/fixtures/good/mrd.csv', 'mrd.csv'),
        file('tests/fixtures/good/cohort.csv', 'cohort.csv'),
        file('tests/fixtures/good/pk.csv', 'pk.csv'),
        file('tests/fixtures/good/response.csv', 'response.csv'),
      ],
    });
    expect(out.report.errors).toEqual([]);
    expect(out.ok).toBe(true);
    expect(out.current?.fileName).toBe('cohort.csv');
    const columns = await client.run({ kind: 'columns' });
    expect(columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['mrd_assessments', 'pk_samples', 'response_assessments']),
    );
    client.dispose();
  });

  it('EngineClient refuses two patient tables at once with a plain message', async () => {
    const { factory } = fakeWorkers();
    const client = new EngineClient(factory);
    await expect(
      client.load({
        kind: 'files',
        files: [
          file('tests/fixtures/good/cohort.csv', 'a.csv'),
          file('tests/fixtures/good/cohort.csv', 'b.csv'),
        ],
      }),
    ).rejects.toThrow('Choose one patient table at a time');
    client.dispose();
  });
});
