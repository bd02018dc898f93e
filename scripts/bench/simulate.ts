/** Benchmark data: exponential survival, 2 groups, 5 normal covariates, ~30 % censored. */
export interface BenchData {
  n: number;
  time: Float64Array;
  event: Uint8Array;
  group: Int32Array;
  x: Float64Array[];
}

const BETA = [0.2, -0.1, 0.1, 0, 0.05];
const GROUP_LOG_HR = 0.3;
const BASE_RATE = 0.1;
/** Censoring rate giving about 30 % censored for these hazards. */
const CENSOR_RATE = 0.047;

/** Small seeded PRNG (mulberry32) so every run times the same data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n rows of exponential event times with hazard 0.1·exp(0.3·group + x'β), independent
 * exponential censoring, group ~ Bernoulli(0.5), x ~ N(0, 1) (Box–Muller).
 *
 * @example
 * simulateBenchData(1e4, 1).event.reduce((a, b) => a + b, 0) / 1e4; // ≈ 0.7
 */
export function simulateBenchData(n: number, seed: number): BenchData {
  const random = mulberry32(seed);
  const uniform = () => 1 - random(); // (0, 1]
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * random());
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const group = new Int32Array(n);
  const x = BETA.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    group[i] = random() < 0.5 ? 1 : 0;
    let lp = GROUP_LOG_HR * group[i];
    for (let k = 0; k < BETA.length; k++) {
      x[k][i] = normal();
      lp += BETA[k] * x[k][i];
    }
    const t = -Math.log(uniform()) / (BASE_RATE * Math.exp(lp));
    const c = -Math.log(uniform()) / CENSOR_RATE;
    time[i] = Math.min(t, c);
    event[i] = t <= c ? 1 : 0;
  }
  return { n, time, event, group, x };
}
