import { describe, expect, it } from 'vitest';
import { RequestScheduler } from '../../../src/lib/engine/request-scheduler';
import { Superseded } from '../../../src/lib/engine/superseded';

const later = <T>(value: T, ms = 5) => new Promise<T>((r) => setTimeout(() => r(value), ms));

function counting<T>(value: T, ms = 5) {
  const calls = { n: 0 };
  return { calls, run: () => (calls.n++, later(value, ms)) };
}

describe('RequestScheduler', () => {
  it('RequestScheduler answers a repeated request from its cache', async () => {
    const s = new RequestScheduler();
    const a = counting('A');
    expect(await s.latest('c', { key: 'k', run: a.run })).toBe('A');
    expect(await s.latest('c', { key: 'k', run: a.run })).toBe('A');
    expect(a.calls.n).toBe(1);
  });

  it('RequestScheduler rejects an older request on a channel once a newer one was made', async () => {
    const s = new RequestScheduler();
    const old = s.latest('c', { key: 'old', run: () => later('old', 20) });
    const fresh = s.latest('c', { key: 'new', run: () => later('new', 5) });
    await expect(old).rejects.toBeInstanceOf(Superseded);
    await expect(fresh).resolves.toBe('new');
  });

  it('RequestScheduler keeps channels independent', async () => {
    const s = new RequestScheduler();
    const a = s.latest('curves', { key: 'a', run: () => later('a', 10) });
    const b = s.latest('hazards', { key: 'b', run: () => later('b') });
    await expect(a).resolves.toBe('a');
    await expect(b).resolves.toBe('b');
  });

  it('RequestScheduler drops answers that arrive after reset (a new dataset)', async () => {
    const s = new RequestScheduler();
    const pending = s.latest('c', { key: 'k', run: () => later('stale', 10) });
    s.reset();
    await expect(pending).rejects.toBeInstanceOf(Superseded);
    expect(s.has('k')).toBe(false);
  });

  it('RequestScheduler prefetches into the cache one job at a time, skipping cached keys', async () => {
    const s = new RequestScheduler(1);
    const cached = counting('x');
    await s.latest('c', { key: 'x', run: cached.run });
    let running = 0;
    let most = 0;
    const job = (key: string) => ({
      key,
      run: async () => {
        most = Math.max(most, ++running);
        await later(key, 3);
        running--;
        return key;
      },
    });
    s.prefetch([job('x'), job('y'), job('z')]);
    await later(null, 40);
    expect(s.has('y') && s.has('z')).toBe(true);
    expect(most).toBe(1);
    expect(cached.calls.n).toBe(1);
    const y = counting('other');
    expect(await s.latest('c', { key: 'y', run: y.run })).toBe('y');
    expect(y.calls.n).toBe(0);
  });

  it('RequestScheduler waits with prefetching while a delivered request is in flight', async () => {
    const s = new RequestScheduler(2);
    const order: string[] = [];
    const user = s.latest('c', {
      key: 'user',
      run: async () => {
        await later(null, 15);
        order.push('user');
        return 'user';
      },
    });
    s.prefetch([{ key: 'p', run: async () => (order.push('prefetch'), 'p') }]);
    await user;
    await later(null, 20);
    expect(order).toEqual(['user', 'prefetch']);
  });

  it('RequestScheduler does not cache a failed prefetch', async () => {
    const s = new RequestScheduler(1);
    s.prefetch([{ key: 'bad', run: () => Promise.reject(new Error('no')) }]);
    await later(null, 10);
    expect(s.has('bad')).toBe(false);
  });

  it('RequestScheduler answers a request whose key is being prefetched from that prefetch, without asking again', async () => {
    const s = new RequestScheduler(1);
    const prefetched = counting('P', 20);
    s.prefetch([{ key: 'k', run: prefetched.run }]);
    await later(null, 2); // the prefetch is now running
    expect(prefetched.calls.n).toBe(1);
    const again = counting('again');
    expect(await s.latest('c', { key: 'k', run: again.run })).toBe('P');
    expect(again.calls.n).toBe(0);
    expect(prefetched.calls.n).toBe(1);
  });

  it('RequestScheduler runs two simultaneous requests with the same key once', async () => {
    const s = new RequestScheduler();
    const a = counting('A', 10);
    const [x, y] = await Promise.all([
      s.latest('one', { key: 'k', run: a.run }),
      s.latest('two', { key: 'k', run: a.run }),
    ]);
    expect([x, y]).toEqual(['A', 'A']);
    expect(a.calls.n).toBe(1);
  });

  it('RequestScheduler asks again after a reset even when the old answer is still being computed', async () => {
    const s = new RequestScheduler();
    const old = s.latest('c', { key: 'k', run: () => later('old', 20) });
    s.reset();
    const fresh = counting('new');
    await expect(s.latest('c', { key: 'k', run: fresh.run })).resolves.toBe('new');
    expect(fresh.calls.n).toBe(1);
    await expect(old).rejects.toBeInstanceOf(Superseded);
  });

  it("RequestScheduler starts the next prefetch as soon as the user's request is answered, not at its next poll", async () => {
    const s = new RequestScheduler(1000); // a poll this slow would fail the test
    const started: number[] = [];
    const user = s.latest('c', { key: 'user', run: () => later('user', 10) });
    s.prefetch([{ key: 'p', run: async () => (started.push(Date.now()), 'p') }]);
    await user;
    const answered = Date.now();
    await later(null, 20);
    expect(started).toHaveLength(1);
    expect(started[0] - answered).toBeLessThan(15);
  });
});
