/**
 * Stable ascending order of `keys[rows[i]]`: returns the row indices of `rows` (all rows when
 * omitted) sorted by key. A least-significant-digit radix sort on the IEEE-754 bit pattern
 * (four 16-bit digits, carried along with the indices so every pass reads sequentially; a
 * digit that is equal in every key is skipped), so it runs in linear time with no comparator
 * calls and no per-row objects. Keys must not be NaN; -0 sorts before +0.
 *
 * Reference: Knuth, TAOCP vol. 3, §5.2.5 (radix sorting); the bit flip that makes the
 * float order an unsigned-integer order is the usual one (negative: flip all bits; else the sign).
 *
 * @example
 * sortOrder(new Float64Array([3, 1, 2])); // Uint32Array [1, 2, 0]
 */
/** Below this many keys a comparison sort beats four radix passes over 65,536 buckets. */
const SMALL = 2048;

export function sortOrder(keys: Float64Array, rows?: Uint32Array): Uint32Array {
  const n = rows ? rows.length : keys.length;
  let order = new Uint32Array(n);
  if (rows) order.set(rows);
  else for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (isSorted(keys, order)) return order; // already in order (a stable sort keeps it)
  if (n < SMALL) {
    // The radix passes walk 65,536 buckets each: for small inputs a comparison sort is far
    // faster. Array.prototype.sort is stable (ES2019), and -0 before +0 as below.
    const keyed = Array.from(order);
    keyed.sort(
      (a, b) =>
        keys[a] - keys[b] || (Object.is(keys[a], -0) ? -1 : 0) - (Object.is(keys[b], -0) ? -1 : 0),
    );
    order.set(keyed);
    return order;
  }

  // Monotone unsigned 32-bit words (hi, lo) of each key, in the current order.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hiIndex = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    bits[0] = keys[order[i]];
    const h = words[hiIndex];
    const l = words[1 - hiIndex];
    const negative = h & 0x80000000;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }

  let nextOrder = new Uint32Array(n);
  let nextHi = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(word[i] >>> shift) & 0xffff]++;
    if (count[(word[0] >>> shift) & 0xffff] === n) continue; // one digit value: no-op
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = count[(word[i] >>> shift) & 0xffff]++;
      nextOrder[k] = order[i];
      nextHi[k] = hi[i];
      nextLo[k] = lo[i];
    }
    [order, nextOrder] = [nextOrder, order];
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
  }
  return order;
}

/** True when keys[order[i]] never decreases (−0 counts as below +0, as in the sort). */
function isSorted(keys: Float64Array, order: Uint32Array): boolean {
  let prev = keys[order[0]];
  for (let i = 1; i < order.length; i++) {
    const k = keys[order[i]];
    if (k < prev || (k === prev && k === 0 && Object.is(k, -0) && !Object.is(prev, -0))) {
      return false;
    }
    prev = k;
  }
  return true;
}
