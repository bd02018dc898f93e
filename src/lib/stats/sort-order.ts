/**
 * Stable ascending order of `keys[rows[i]]`: returns the row indices of `rows` (all rows when
 * omitted) sorted by key. A least-significant-digit radix sort on the IEEE-754 bit pattern
 * (four 16-bit digits; digits that are equal in every key are skipped), so it runs in linear
 * time with no comparator calls and no per-row objects. Keys must not be NaN; -0 sorts
 * before +0 (both are "equal" for the callers, which compare with ===).
 *
 * Reference: Knuth, TAOCP vol. 3, §5.2.5 (radix sorting); the bit flip that makes the
 * float order an unsigned-integer order is the usual one (negative: flip all bits; else the sign).
 *
 * @example
 * sortOrder(new Float64Array([3, 1, 2])); // Uint32Array [1, 2, 0]
 */
export function sortOrder(keys: Float64Array, rows?: Uint32Array): Uint32Array {
  const n = rows ? rows.length : keys.length;
  let order = new Uint32Array(n);
  if (rows) order.set(rows);
  else for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;

  // Monotone unsigned 32-bit words (hi, lo) of each key, indexed by position in `order`.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hiIndex = isLittleEndian() ? 1 : 0;
  const hi = new Uint32Array(keys.length);
  const lo = new Uint32Array(keys.length);
  for (let i = 0; i < n; i++) {
    const r = order[i];
    bits[0] = keys[r];
    let h = words[hiIndex];
    let l = words[1 - hiIndex];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[r] = h;
    lo[r] = l;
  }

  let next = new Uint32Array(n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(word[order[i]] >>> shift) & 0xffff]++;
    if (count[(word[order[0]] >>> shift) & 0xffff] === n) continue; // one digit value: no-op
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const r = order[i];
      next[count[(word[r] >>> shift) & 0xffff]++] = r;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
