import { describe, expect, it } from 'vitest';
import {
  MARKER_KEY,
  beginLoad,
  crashedLoad,
  crashedLoadMessage,
  type MarkerEnv,
} from '../../../src/lib/state/load-marker';

/** A localStorage and a LockManager in memory; `dropLocks` is what a crashed tab does. */
function fakeEnv(): MarkerEnv & { map: Map<string, string>; dropLocks(): void } {
  const map = new Map<string, string>();
  const held = new Map<string, () => void>();
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    },
    locks: {
      request(name, callback) {
        const done = callback();
        held.set(name, () => undefined);
        return done.finally(() => held.delete(name));
      },
      query: async () => ({ held: [...held.keys()].map((name) => ({ name })) }),
    },
    dropLocks: () => held.clear(),
  };
}

describe('the note left while a file loads (load-marker)', () => {
  it('is removed when the load ends, so a normal load is never taken for a crash', async () => {
    const env = fakeEnv();
    const end = beginLoad(env, 'cohort.csv', null);
    expect(env.map.has(MARKER_KEY)).toBe(true);
    end();
    expect(env.map.has(MARKER_KEY)).toBe(false);
    expect(await crashedLoad(env)).toBeNull();
  });

  it('is ignored while the tab that wrote it still holds its lock (another tab, still loading)', async () => {
    const env = fakeEnv();
    beginLoad(env, 'big.arrow', null);
    expect(await crashedLoad(env)).toBeNull();
    expect(env.map.has(MARKER_KEY)).toBe(true);
  });

  it('is reported once when its tab died (lock released, note left), with the address it came from', async () => {
    const env = fakeEnv();
    beginLoad(env, 'big.arrow', '/data/big.arrow');
    env.dropLocks();
    expect(await crashedLoad(env)).toMatchObject({ name: 'big.arrow', url: '/data/big.arrow' });
    expect(await crashedLoad(env)).toBeNull();
  });

  it('holds names only, never the data', () => {
    const env = fakeEnv();
    beginLoad(env, 'x.csv', null);
    expect(Object.keys(JSON.parse(env.map.get(MARKER_KEY)!)).sort()).toEqual([
      'lock',
      'name',
      'url',
    ]);
  });

  it.each([
    ['no storage (private mode)', { storage: null, locks: null }],
    [
      'storage that throws',
      {
        storage: {
          getItem: () => {
            throw new Error('denied');
          },
          setItem: () => {
            throw new Error('denied');
          },
          removeItem: () => undefined,
        },
        locks: null,
      },
    ],
  ] as [string, MarkerEnv][])('loads go on without a note where there is %s', async (_, env) => {
    const end = beginLoad(env, 'x.csv', null);
    expect(() => end()).not.toThrow();
    expect(await crashedLoad(env)).toBeNull();
  });

  it('ignores a note that is not its own shape', async () => {
    const env = fakeEnv();
    env.map.set(MARKER_KEY, '{"name": 3}');
    expect(await crashedLoad(env)).toBeNull();
    env.map.set(MARKER_KEY, 'not json');
    expect(await crashedLoad(env)).toBeNull();
  });

  it('tells the user in plain words what stopped, what was not reopened and what is shown', () => {
    expect(crashedLoadMessage({ name: 'reg.arrow', url: null, lock: 'l' })).toBe(
      'The explorer stopped while reading “reg.arrow”: the browser tab most likely ran out of memory. ' +
        'It was not opened again, and the simulated demo cohort is shown instead. ' +
        'A smaller file, or one with fewer columns, needs less memory (limits: docs/security.md).',
    );
  });
});
