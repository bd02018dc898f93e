import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArguments, type Payload } from '../../../src/lib/engine/load-arguments';
import { nodeEndpoint } from './fake-workers';

type Received = { bytes: number[]; name: string; serial: Record<string, number[]> };

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

/** A stand-in worker whose load reports what it received. */
function remoteLoad() {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(
    {
      load: (bytes: Uint8Array, name: string, serial: Record<string, Uint8Array>): Received => ({
        bytes: [...bytes],
        name,
        serial: Object.fromEntries(Object.entries(serial).map(([k, v]) => [k, [...v]])),
      }),
    },
    nodeEndpoint(channel.port2),
  );
  return Comlink.wrap<{ load: (...a: unknown[]) => Received }>(nodeEndpoint(channel.port1));
}

describe('loadArguments', () => {
  it('moves the file’s bytes and its serial tables to the worker instead of copying them', async () => {
    const p: Payload = {
      bytes: new Uint8Array([1, 2, 3]),
      name: 'cohort.arrow',
      serial: { mrd: new Uint8Array([4, 5]), pk: new Uint8Array([6]) },
    };
    const got = await remoteLoad().load(...loadArguments(p));
    expect(got).toEqual({
      bytes: [1, 2, 3],
      name: 'cohort.arrow',
      serial: { mrd: [4, 5], pk: [6] },
    });
    // Transferred: the page's copies are detached (a copy would leave them readable).
    expect(p.bytes.byteLength).toBe(0);
    expect(p.serial.mrd!.byteLength).toBe(0);
    expect(p.serial.pk!.byteLength).toBe(0);
  });

  it('transfers a buffer shared by two tables once, so the call does not fail', async () => {
    const shared = new Uint8Array([9, 8, 7, 6]);
    const p: Payload = {
      bytes: shared.subarray(0, 2),
      name: 'cohort.csv',
      serial: { mrd: shared.subarray(2), pk: shared.subarray(3) },
    };
    const got = await remoteLoad().load(...loadArguments(p));
    expect(got.bytes).toEqual([9, 8]);
    expect(got.serial).toEqual({ mrd: [7, 6], pk: [6] });
    expect(shared.byteLength).toBe(0);
  });
});
