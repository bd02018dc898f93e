import * as Comlink from 'comlink';
import type { LongCsv } from '../data/join-long-tables';
import type { ColumnMapping } from '../data/mapping/column-mapping';

/** A file read for loading: the main table's bytes, its serial tables and a mapping. */
export interface Payload {
  bytes: Uint8Array;
  name: string;
  serial: LongCsv;
  mapping?: ColumnMapping;
}

/**
 * The worker's `load` arguments for a payload, each marked for comlink to transfer its buffers
 * (moved to the worker, not copied: a 100,000-patient file is ~40 MB). Comlink looks up what to
 * transfer per argument, so each argument is marked itself — marking the array of arguments
 * transfers nothing once it is spread into the call. The payload's buffers are detached after.
 * @example remote.load(...loadArguments(payload))
 */
export function loadArguments(
  p: Payload,
): [Uint8Array, string, LongCsv, ColumnMapping | undefined] {
  const serial = Object.values(p.serial).filter((b): b is Uint8Array => b !== undefined);
  // A buffer listed twice cannot be transferred: each once (a serial table sharing one).
  const own = new Set<ArrayBuffer>([p.bytes.buffer as ArrayBuffer]);
  const serialBuffers = [...new Set(serial.map((b) => b.buffer as ArrayBuffer))].filter(
    (b) => !own.has(b),
  );
  return [
    Comlink.transfer(p.bytes, [...own]),
    p.name,
    Comlink.transfer(p.serial, serialBuffers),
    p.mapping,
  ];
}
