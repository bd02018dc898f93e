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

describe('EngineClient while a file is being loaded', () => {
  const pfs = { kind: 'survival', endpoint: 'pfs', stratifier: null } as const;

  it('answers what is asked once the bytes are handed to the worker from the new dataset', async () => {
    const { factory } = fakeWorkers();
    const client = new EngineClient(factory);
    await client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.arrow', 'a.arrow')],
    });
    expect((await client.run(pfs)).nUsed).toBe(6);
    let asked: Promise<{ nUsed: number }> | null = null;
    const loaded = await client.load(
      { kind: 'files', files: [file('public/data/demo-cohort.arrow', 'demo.arrow')] },
      () => (asked = client.run(pfs)),
    );
    expect(loaded.ok).toBe(true);
    // Not the first dataset's cached answer, not dropped as superseded by the load.
    expect((await asked!).nUsed).toBe(56);
    expect((await client.run(pfs)).nUsed).toBe(56);
    client.dispose();
  });

  it('answers it from the dataset kept when the file is refused', async () => {
    const { factory } = fakeWorkers();
    const client = new EngineClient(factory);
    await client.load({
      kind: 'files',
      files: [file('tests/fixtures/good/cohort.arrow', 'a.arrow')],
    });
    let asked: Promise<{ nUsed: number }> | null = null;
    const refused = await client.load(
      { kind: 'files', files: [file('tests/fixtures/bad/garbage.bin', 'bad.arrow')] },
      () => (asked = client.run(pfs)),
    );
    expect(refused.ok).toBe(false);
    expect((await asked!).nUsed).toBe(6);
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
