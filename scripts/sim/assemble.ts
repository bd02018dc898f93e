import { kinetics } from '../../src/lib/stats/kinetics';
import type { Cohort } from './cohort';
import { assignByRank, assignTopK } from './exact-count';
import { mrdDurationMonths } from './hard-counts';
import { K, L } from './latent';
import { months } from './observe';
import { CUTOFF_ISO, type TrueParams } from './params';
import { pkSamples, type PkSample } from './pk-curve';
import { createRng, deriveSeed } from './prng';
import {
  refineResponses,
  respondingVisits,
  type ResponseAssessment,
  type ResponseDepth,
} from './response-levels';
import { trialAndDose } from './trial-dose';
import { ADA_VISIT_DAYS } from './visit-grids';

export type Cell = string | number | null;

/** One simulated patient: scalar columns plus the three serial lists. */
export interface SimPatient {
  record: Record<string, Cell>;
  mrd: { day: number; result: 'neg' | 'pos' | 'ne' }[];
  pk: PkSample[];
  response: ResponseAssessment[];
}

/** Share of MRD-negative follow-up visits (not the first) with a non-evaluable sample. */
const NE_SHARE = 0.04;

/**
 * Stage C of calibration.md §5: turn the selected cohort into stored records. Adds what the
 * annealing does not need (trial, dose, sCR/VGPR depth, PK values and AUCs, CRS, ADA timing,
 * non-evaluable MRD samples) from sub-streams of the seed, and orders patients by infusion.
 */
export function assembleCohort(c: Cohort, par: TrueParams, seed: number): SimPatient[] {
  const { baseline: b, observed: obs, paths, latent } = c;
  const n = b.n;
  const { trial, year, dose } = trialAndDose(b, CUTOFF_ISO);
  const depth = responseDepths(c, seed);
  const pk: PkSample[][] = [];
  for (let i = 0; i < n; i++) {
    const z = (f: keyof typeof L): number => latent[i * K + L[f]];
    const zRest = Math.sqrt(par.cmaxSdLog ** 2 - par.cmaxFitness ** 2);
    const logC =
      Math.log(par.cmaxMedian) +
      par.cmaxFitness * z('zFitness') +
      zRest * z('zPk') +
      0.3 * Math.log(dose[i]);
    const rng = createRng(Math.floor(z('uSeed') * 4294967296));
    pk.push(
      pkSamples(
        obs[i].pkDays,
        obs[i].pkDetectable,
        b.tmaxDay[i],
        paths[i].carDay,
        Math.exp(logC),
        par,
        rng,
      ),
    );
  }
  const kin = pk.map(pkKinetics);
  const auc28 = kin.map((k) => k.auc0to28 ?? 0);
  const crsRng = createRng(deriveSeed(seed, 21));
  const logAuc = auc28.map((a) => Math.log(a + 1));
  const mean = logAuc.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(logAuc.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const crsScore = Float64Array.from(logAuc, (v) => (0.3 * (v - mean)) / sd);
  const crs = Array.from(assignByRank(crsScore, [4, 14, 34, 4], crsRng), (cat) => 3 - cat);
  const toci = assignTopK(Float64Array.from(crs), 22, crsRng, 0.8);
  const steroids = assignTopK(Float64Array.from(crs), 11, crsRng, 1);

  const out: SimPatient[] = [];
  for (let i = 0; i < n; i++) {
    const o = obs[i];
    const rng = createRng(deriveSeed(Math.floor(latent[i * K + L.uSeed] * 4294967296), 1));
    const firstNeg = o.mrdFirstNegDay;
    const mrd = o.mrd.map((m) =>
      m.result === 'neg' && m.day !== firstNeg && rng.uniform() < NE_SHARE
        ? { ...m, result: 'ne' as const }
        : m,
    );
    const resp = refineResponses(o, depth[i]);
    const adaDays = ADA_VISIT_DAYS.filter((d) => d <= o.osDay);
    const adaDay = b.ada[i] ? adaDays[rng.int(adaDays.length)] : null;
    out.push({
      mrd,
      pk: pk[i],
      response: resp.list,
      record: {
        is_simulated: 1,
        trial_id: trial[i],
        infusion_year: year[i],
        fu_potential_months: months(b.fuDay[i]),
        age_years: b.age[i],
        sex: b.sex[i],
        ecog: b.ecog[i],
        prior_lines: b.priorLines[i],
        prior_asct: b.priorAsct[i],
        pi_exposed: b.piExposed[i],
        imid_exposed: b.imidExposed[i],
        mab_exposed: b.mabExposed[i],
        pi_refractory: b.piRefractory[i],
        imid_refractory: b.imidRefractory[i],
        mab_refractory: b.mabRefractory[i],
        n_pi_refractory: b.nPiRefractory[i],
        n_imid_refractory: b.nImidRefractory[i],
        prior_cart: b.priorCart[i],
        isotype: b.isotype[i],
        iss_stage: b.iss[i],
        ds_stage: b.ds[i],
        ldh_high: b.ldhHigh[i],
        emd: b.emd[i],
        pcl: b.pcl[i],
        bm_pc_pct: b.bmPc[i],
        fish_evaluable: b.fishEvaluable[i],
        del17p: b.del17p[i],
        t_4_14: b.t414[i],
        t_14_16: b.t1416[i],
        bridging: b.bridging[i],
        dose_level: dose[i],
        crs_grade: crs[i],
        tocilizumab: toci[i],
        steroids: steroids[i],
        ada_post_pos: b.ada[i],
        ada_first_pos_months: adaDay === null ? null : months(adaDay),
        best_response: resp.best,
        t_first_response_months: o.firstResponseDay === null ? null : months(o.firstResponseDay),
        t_first_cr_months: o.firstCrDay === null ? null : months(o.firstCrDay),
        mrd_first_neg_months: firstNeg === null ? null : months(firstNeg),
        mrd_neg_end_months: o.mrdEndDay === null ? null : months(o.mrdEndDay),
        mrd_neg_end_status: o.mrdStatus,
        pfs_months: months(o.pfsDay),
        pfs_event: o.pfsType === 'none' ? 0 : 1,
        pfs_event_type: o.pfsType,
        os_months: months(o.osDay),
        os_event: o.osEvent,
        cmax_copies: kin[i].cmax,
        tmax_days: kin[i].tmax,
        auc_0_28d: kin[i].auc0to28,
        auc_0_last: kin[i].auc0toLast,
        pk_last_sample_day: pk[i].length ? pk[i][pk[i].length - 1].day : null,
        car_persist_months: months(o.persistDay),
        car_persist_event: o.persistEvent,
      },
    });
  }
  // patient IDs follow the order of infusion (longest potential follow-up first)
  const order = [...Array(n).keys()].sort((x, y) => b.fuDay[y] - b.fuDay[x] || x - y);
  return order.map((i, r) => ({
    ...out[i],
    record: { patient_id: `SIM-${String(r + 1).padStart(3, '0')}`, ...out[i].record },
  }));
}

/** Cmax, Tmax and AUCs by the explorer's own kinetics engine (one implementation). */
function pkKinetics(samples: readonly PkSample[]) {
  return kinetics(
    Float64Array.from(samples, (s) => s.day),
    Float64Array.from(samples, (s) => s.copies_per_ug),
    Uint8Array.from(samples, (s) => s.below_lloq),
  );
}

/** sCR for the MRD-negative ≥ 36 months first, then at random to 36; VGPR for 5 of the 9 PR/VGPR. */
function responseDepths(c: Cohort, seed: number): ResponseDepth[] {
  const rng = createRng(deriveSeed(seed, 20));
  const obs = c.observed;
  const isCr = obs.map((o) => o.firstCrDay !== null);
  const scrScore = Float64Array.from(obs, (o, i) =>
    !isCr[i] ? -Infinity : mrdDurationMonths(o) >= 36 ? 10 : 0,
  );
  const scr = assignTopK(scrScore, Math.min(36, isCr.filter(Boolean).length), rng, 0.5);
  const vgprScore = Float64Array.from(obs, (o, i) =>
    isCr[i] || o.firstResponseDay === null ? -Infinity : respondingVisits(o) >= 2 ? 0 : -5,
  );
  const nonCrResponders = obs.filter((o, i) => !isCr[i] && o.firstResponseDay !== null).length;
  const vgpr = assignTopK(vgprScore, Math.min(5, nonCrResponders), rng, 0.5);
  return obs.map((_, i) => ({
    vgpr: vgpr[i] === 1,
    scr: scr[i] === 1,
    scrAtNextVisit: rng.uniform() < 0.5,
  }));
}
