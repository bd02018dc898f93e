import { Type, type Column } from '@uwdata/flechette';

interface Utf8Batch {
  length: number;
  nullCount: number;
  validity?: Uint8Array | null;
  values: Uint8Array;
  offsets: Int32Array;
}

const decoder = new TextDecoder();

/** One batch's strings (null where invalid), or null when its bytes are not all ASCII. */
function asciiBatch(b: Utf8Batch, out: (string | null)[], at: number): boolean {
  const { values, offsets, validity } = b;
  const start = offsets[0];
  const end = offsets[b.length];
  for (let i = start; i < end; i++) if (values[i] > 0x7f) return false;
  // ASCII: a byte offset is a character offset, so the strings are slices of one decoded text.
  const text = decoder.decode(values.subarray(start, end));
  for (let i = 0; i < b.length; i++) {
    const valid = !b.nullCount || !validity || (validity[i >> 3] & (1 << (i % 8))) !== 0;
    out[at + i] = valid ? text.slice(offsets[i] - start, offsets[i + 1] - start) : null;
  }
  return true;
}

/**
 * The strings of an Arrow Utf8 column (null for missing), as flechette's toArray gives them, but
 * decoded once per batch instead of once per value when the text is ASCII (codes, IDs, levels:
 * nearly always). Null when the column is not plain Utf8 or holds other characters (then
 * flechette decodes it).
 * @example utf8Column(table.getChild('sex')) // ['F', 'M', null, …]
 */
export function utf8Column(column: Column<unknown>): (string | null)[] | null {
  if (column.type.typeId !== Type.Utf8) return null;
  const batches = column.data as unknown as Utf8Batch[];
  const out = new Array<string | null>(column.length);
  let at = 0;
  for (const b of batches) {
    if (!(b.offsets instanceof Int32Array) || !asciiBatch(b, out, at)) return null;
    at += b.length;
  }
  return out;
}
