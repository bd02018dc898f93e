import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  RestartPolicy,
  loadLimitMs,
  seconds,
} from '../../../src/lib/engine/watchdog-policy';
import { stopMessage, type StopCause } from '../../../src/lib/engine/watchdog-messages';
import { lifelineName, watchLifeline } from '../../../src/lib/engine/lifeline';
import { createWorkerApi } from '../../../src/lib/engine/worker-api';

const MB = 1024 * 1024;

describe('watchdog time limits', () => {
  it('an analysis may take 20 s by default', () => {
    expect(DEFAULT_LIMITS.analysisMs).toBe(20_000);
  });

  it.each([
    [0, 20_000],
    [1, 20_200],
    [MB, 20_200],
    [MB + 1, 20_400],
    [100 * MB, 40_000],
    [500 * MB, 120_000],
    [-5, 20_000],
  ])('a load of %i bytes may take %i ms', (bytes, ms) => {
    expect(loadLimitMs(bytes)).toBe(ms);
  });

  it.each([
    [20_000, '20 s'],
    [150, '1 s'],
    [1_499, '1 s'],
    [45_600, '46 s'],
  ])('%i ms is said as %s', (ms, said) => {
    expect(seconds(ms)).toBe(said);
  });
});

describe('RestartPolicy', () => {
  it('allows three restarts within ten seconds and refuses the fourth', () => {
    const policy = new RestartPolicy();
    expect([0, 1_000, 2_000, 3_000].map((t) => policy.allowRestart(t))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('forgets losses older than the window', () => {
    const policy = new RestartPolicy(3, 10_000);
    expect([0, 1_000, 2_000, 12_500, 13_000].map((t) => policy.allowRestart(t))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('stopMessage', () => {
  const cases: [StopCause, string | null, boolean, string][] = [
    [
      { reason: 'timeout', what: 'analysis', limitMs: 20_000 },
      'Demo',
      true,
      'The analysis took longer than 20 s and was stopped; the engine was restarted with “Demo”, which is still shown. Try fewer groups or a simpler view.',
    ],
    [
      { reason: 'timeout', what: 'load', limitMs: 40_000, fileName: 'big.csv' },
      'Demo',
      true,
      'Reading “big.csv” took longer than 40 s and was stopped; the engine was restarted with “Demo”, which is still shown.',
    ],
    [
      { reason: 'died' },
      'Demo',
      true,
      'The analysis engine stopped unexpectedly (it may have run out of memory); the engine was restarted with “Demo”, which is still shown. If this happens again, try a smaller file.',
    ],
    [
      { reason: 'unresponsive' },
      null,
      true,
      'The analysis engine stopped answering; the engine was restarted; open a file or the demo cohort to continue.',
    ],
    [
      { reason: 'cancelled', fileName: 'x.csv' },
      'Demo',
      false,
      'Loading “x.csv” was cancelled; the engine was restarted but “Demo” could not be loaded again; reload the page.',
    ],
  ];
  it.each(cases)('%o with %s (reloaded %s) says what happened and what was kept', (c, l, r, m) => {
    expect(stopMessage(c, l, r)).toBe(m);
  });
});

describe('worker lifeline', () => {
  /** A lock manager with one holder per name, released on demand (as when a worker ends). */
  function fakeLocks() {
    const held = new Map<string, () => void>();
    const waiting = new Map<string, (() => unknown)[]>();
    return {
      request(name: string, cb: () => unknown): Promise<unknown> {
        if (held.has(name)) {
          waiting.set(name, [...(waiting.get(name) ?? []), cb]);
          return Promise.resolve();
        }
        return new Promise((resolve) => {
          held.set(name, () => resolve(undefined));
          void cb();
        });
      },
      end(name: string) {
        held.delete(name);
        for (const cb of waiting.get(name) ?? []) cb();
      },
    };
  }

  it('the page hears of the worker ending once the lock it held is released', async () => {
    const locks = fakeLocks();
    const api = createWorkerApi(locks);
    const name = lifelineName(1);
    expect(await api.holdLifeline(name)).toBe(true);
    let gone = 0;
    expect(watchLifeline(name, () => gone++, locks)).toBe(true);
    expect(gone).toBe(0);
    locks.end(name);
    expect(gone).toBe(1);
  });

  it('without Web Locks the lifeline is reported missing, so the idle ping is used', async () => {
    expect(await createWorkerApi(undefined).holdLifeline('x')).toBe(false);
    expect(watchLifeline('x', () => undefined, undefined)).toBe(false);
    const refusing = {
      request: () => {
        throw new Error('SecurityError');
      },
    };
    expect(await createWorkerApi(refusing).holdLifeline('x')).toBe(false);
    expect(watchLifeline('x', () => undefined, refusing)).toBe(false);
  });

  it('two lifeline names are never the same', () => {
    expect(lifelineName(1)).not.toBe(lifelineName(1));
  });
});
