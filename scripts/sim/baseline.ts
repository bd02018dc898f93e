import { assignByRank, assignTopK, permuteByScore } from './exact-count';
import { quartileOrderStatistics } from './order-statistics';
import { MONTH_DAYS } from './params';
import type { Rng } from './prng';

/** Baseline covariates with the exact published counts (calibration.md §1a–1b). */
export interface Baseline {
  n: number;
  /** Latent disease aggressiveness A ~ N(0, 1): the copula score of the risk factors. */
  aggressiveness: Float64Array;
  sex: ('M' | 'F')[];
  age: Int32Array;
  ecog: Int32Array;
  priorLines: Int32Array;
  priorAsct: Uint8Array;
  priorCart: Uint8Array;
  piExposed: Uint8Array;
  imidExposed: Uint8Array;
  mabExposed: Uint8Array;
  piRefractory: Uint8Array;
  imidRefractory: Uint8Array;
  mabRefractory: Uint8Array;
  nPiRefractory: Int32Array;
  nImidRefractory: Int32Array;
  isotype: string[];
  iss: (string | null)[];
  ds: string[];
  ldhHigh: Uint8Array;
  emd: Uint8Array;
  pcl: Uint8Array;
  bmPc: Float64Array;
  fishEvaluable: Uint8Array;
  del17p: (number | null)[];
  t414: (number | null)[];
  t1416: (number | null)[];
  bridging: Uint8Array;
  /** Potential follow-up (cut-off − infusion), whole days. */
  fuDay: Int32Array;
  /** Day of the CAR-T peak (sampled on that day). */
  tmaxDay: Int32Array;
  /** Response tier: 0 non-responder, 1 PR/VGPR, 2 CR after month 3, 3 CR by month 3. */
  tier: Int32Array;
  ada: Uint8Array;
  /** Ranking score that picks the high-dose patients inside the first trial. */
  doseScore: Float64Array;
}

export const N_PATIENTS = 56;

/** Assumed split counts that the paper does not report (calibration.md §3). */
export const BASELINE_ASSUMPTIONS = {
  tripleRefractory: 9,
  crByMonth3: 33,
  priorCart: 6,
  ldhHigh: 14,
  emd: 8,
  pcl: 2,
  issI: 20,
  issII: 30,
  dsI: 2,
  dsII: 8,
  fuPotentialMonths: [11.5, 69.3] as const,
  ageFiveNumbers: [33, 51, 56, 61, 73] as const,
  priorLinesFiveNumbers: [2, 4, 5, 6, 11] as const,
  bmPcFiveNumbers: [2, 16.3, 60, 80, 95] as const,
  tmaxFiveNumbers: [7, 10, 12, 14, 22] as const,
};

const BA = BASELINE_ASSUMPTIONS;

function zeros(n: number): Float64Array {
  return new Float64Array(n);
}

/** Draw the baseline table. Every count is exact; associations come from the score A. */
export function drawBaseline(rng: Rng, n = N_PATIENTS): Baseline {
  const A = Float64Array.from({ length: n }, () => rng.normal());
  const flat = zeros(n);
  const sex = Array.from(assignTopK(flat, 28, rng), (v) => (v ? 'M' : 'F') as 'M' | 'F');
  const age = Int32Array.from(
    permuteByScore(quartileOrderStatistics(n, BA.ageFiveNumbers, 1), flat, rng),
  );
  const ecog = Int32Array.from(assignTopK(flat, 53, rng));
  const lines = quartileOrderStatistics(n, BA.priorLinesFiveNumbers, 1);
  const priorLines = Int32Array.from(permuteByScore(lines, A, rng, 3));
  const priorAsct = assignTopK(flat, 16, rng);
  const priorCart = assignTopK(flat, BA.priorCart, rng);

  const triple = assignTopK(A, BA.tripleRefractory, rng, 1);
  const extraMab = rng.shuffle([...triple.keys()].filter((i) => !triple[i]))[0];
  const piExposed = new Uint8Array(n);
  const imidExposed = new Uint8Array(n);
  const mabExposed = new Uint8Array(n);
  const piRefractory = new Uint8Array(n);
  const imidRefractory = new Uint8Array(n);
  const mabRefractory = new Uint8Array(n);
  const nPiRefractory = new Int32Array(n);
  const nImidRefractory = new Int32Array(n);
  const others = rng.shuffle([...triple.keys()].filter((i) => !triple[i] && i !== extraMab));
  const piOnly = new Set(others.slice(0, 4));
  const imidOnly = new Set(others.slice(4, 6));
  const agents = (): number => 1 + (rng.uniform() < 0.4 ? 1 : 0) + (rng.uniform() < 0.1 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    piExposed[i] = imidOnly.has(i) ? 0 : 1;
    imidExposed[i] = piOnly.has(i) ? 0 : 1;
    mabExposed[i] = triple[i] || i === extraMab ? 1 : 0;
    mabRefractory[i] = triple[i];
    piRefractory[i] = triple[i] || (piExposed[i] && rng.uniform() < 0.75) ? 1 : 0;
    imidRefractory[i] = triple[i] || (imidExposed[i] && rng.uniform() < 0.75) ? 1 : 0;
    nPiRefractory[i] = piRefractory[i] ? agents() : 0;
    nImidRefractory[i] = imidRefractory[i] ? agents() : 0;
  }

  const isoCat = assignByRank(flat, [28, 8, 17, 3], rng);
  const isotype = Array.from(isoCat, (c) => ['IgG', 'IgA', 'light_chain', 'IgD'][c]);
  const issScore = Float64Array.from(A);
  const issMissing = new Set(rng.shuffle([...Array(n).keys()]).slice(0, 2));
  issMissing.forEach((i) => (issScore[i] = Infinity));
  const issCat = assignByRank(issScore, [2, 4, BA.issII, BA.issI], rng);
  const iss = Array.from(issCat, (c) => [null, 'III', 'II', 'I'][c]);
  const ds = Array.from(assignByRank(A, [46, BA.dsII, BA.dsI], rng), (c) => ['III', 'II', 'I'][c]);
  const ldhHigh = assignTopK(A, BA.ldhHigh, rng, 1.5);
  const emdCat = assignByRank(A, [BA.emd, BA.pcl, n - BA.emd - BA.pcl], rng, 1.5);
  const emd = Uint8Array.from(emdCat, (c) => (c === 0 ? 1 : 0));
  const pcl = Uint8Array.from(emdCat, (c) => (c === 1 ? 1 : 0));
  const bmPc = permuteByScore(quartileOrderStatistics(n, BA.bmPcFiveNumbers, 0.1), A, rng, 1);

  const fishScore = Float64Array.from(A);
  const fishNa = rng.int(n);
  fishScore[fishNa] = -Infinity;
  const hr = assignTopK(fishScore, 21, rng, 1);
  const fishEvaluable = Uint8Array.from({ length: n }, (_, i) => (i === fishNa ? 0 : 1));
  const del17p: (number | null)[] = [];
  const t414: (number | null)[] = [];
  const t1416: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    if (i === fishNa) {
      del17p.push(null);
      t414.push(null);
      t1416.push(null);
      continue;
    }
    const u = rng.uniform();
    const pattern = !hr[i]
      ? [0, 0, 0]
      : u < 0.35
        ? [1, 0, 0]
        : u < 0.75
          ? [0, 1, 0]
          : u < 0.85
            ? [0, 0, 1]
            : [1, 1, 0];
    del17p.push(pattern[0]);
    t414.push(pattern[1]);
    t1416.push(pattern[2]);
  }
  const bridging = assignTopK(A, 18, rng, 1.5);

  const [fuLo, fuHi] = BA.fuPotentialMonths;
  // stratified uniform (one draw per 1/n slice): an even enrolment, with the maximum pinned
  const fuSorted = Array.from(
    { length: n },
    (_, i) => fuLo + ((fuHi - fuLo) * (i + rng.uniform())) / n,
  );
  fuSorted[n - 1] = fuHi;
  const fuDay = Int32Array.from(rng.shuffle(fuSorted.map((m) => Math.round(m * MONTH_DAYS))));
  const tmaxDay = Int32Array.from(
    permuteByScore(quartileOrderStatistics(n, BA.tmaxFiveNumbers, 1), flat, rng),
  );

  const tier = drawTiers(A, emd, pcl, bmPc, rng);
  const ada = assignTopK(flat, 9, rng);
  const doseScore = Float64Array.from({ length: n }, () => rng.uniform());
  return {
    n,
    aggressiveness: A,
    sex,
    age,
    ecog,
    priorLines,
    priorAsct,
    priorCart,
    piExposed,
    imidExposed,
    mabExposed,
    piRefractory,
    imidRefractory,
    mabRefractory,
    nPiRefractory,
    nImidRefractory,
    isotype,
    iss,
    ds,
    ldhHigh,
    emd,
    pcl,
    bmPc,
    fishEvaluable,
    del17p,
    t414,
    t1416,
    bridging,
    fuDay,
    tmaxDay,
    tier,
    ada,
    doseScore,
  };
}

/** 2 non-responders (most aggressive), 45 CR of whom 33 by month 3, 9 PR/VGPR. */
function drawTiers(
  A: Float64Array,
  emd: Uint8Array,
  pcl: Uint8Array,
  bmPc: Float64Array,
  rng: Rng,
): Int32Array {
  const n = A.length;
  const nr = assignTopK(A, 2, rng, 0.5);
  const crScore = Float64Array.from({ length: n }, (_, i) =>
    nr[i] ? -Infinity : -0.6 * (bmPc[i] >= 50 ? 1 : 0) - 0.6 * (emd[i] || pcl[i] ? 1 : 0),
  );
  const cr = assignTopK(crScore, 45, rng, 1);
  const early = assignTopK(
    Float64Array.from(cr, (c) => (c ? 0 : -Infinity)),
    BA.crByMonth3,
    rng,
    1,
  );
  return Int32Array.from({ length: n }, (_, i) => (nr[i] ? 0 : early[i] ? 3 : cr[i] ? 2 : 1));
}
