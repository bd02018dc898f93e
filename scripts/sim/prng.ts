/**
 * Seeded pseudo-random numbers for the simulated cohort.
 *
 * Why our own generator: Math.random cannot be seeded, and a library generator could change
 * between versions. xoshiro128** uses only 32-bit integer arithmetic (Math.imul, shifts), so
 * the uniform stream is bit-identical on every platform and JS engine. Normals use the
 * Box–Muller transform (Math.log, Math.cos); V8 implements both with the same fdlibm port on
 * every platform, and every stored value is rounded, so a given Node version reproduces the
 * cohort byte for byte.
 * Reference: Blackman & Vigna (2021), doi.org/10.1145/3460772 (xoshiro); seeding by splitmix32.
 */

export interface Rng {
  /** Uniform on the open interval (0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller, one value per call, the second is cached). */
  normal(): number;
  /** Integer in 0 … n − 1. */
  int(n: number): number;
  /** Fisher–Yates shuffle in place; returns the array. */
  shuffle<T>(a: T[]): T[];
  /** The raw 32-bit output (for seeding sub-streams). */
  nextUint32(): number;
}

/** splitmix32 step: spreads a small seed into well-mixed 32-bit words. */
export function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return [s, (z ^ (z >>> 16)) >>> 0];
}

/** Derive an independent sub-stream seed from a seed and a label number. */
export function deriveSeed(seed: number, label: number): number {
  return splitmix32((seed ^ Math.imul(label + 1, 0x27d4eb2f)) >>> 0)[1];
}

/**
 * xoshiro128** seeded through splitmix32.
 * @example
 * const rng = createRng(42);
 * rng.uniform(); // same value on every run and platform
 */
export function createRng(seed: number): Rng {
  const s = new Uint32Array(4);
  let st = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(st);
    st = next;
    s[i] = out;
  }
  let spare: number | null = null;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  const uniform = (): number => (nextUint32() + 0.5) / 4294967296;
  return {
    nextUint32,
    uniform,
    normal() {
      if (spare !== null) {
        const v = spare;
        spare = null;
        return v;
      }
      const r = Math.sqrt(-2 * Math.log(uniform()));
      const theta = 2 * Math.PI * uniform();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
    int(n: number) {
      return Math.floor(uniform() * n);
    },
    shuffle<T>(a: T[]): T[] {
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(uniform() * (i + 1));
        const tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
      }
      return a;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
