import type { Cell } from '../frame/cell';
import { kaplanMeier } from '../stats/kaplan-meier';
import { compareAtMost, compareCount, compareDirection, compareP } from './paper-closeness';
import type { PaperContext, Side } from './paper-context';
import { months } from './paper-format';
import { curvesLink, forestLink, tabLink } from './paper-links';
import {
  AS_PUBLISHED_NOTE,
  coxRatio,
  followUp,
  medianRange,
  medians,
  METHOD,
  mw,
  nOfN,
  ns,
  plain,
  pPhrase,
  proportion,
  quartiles,
  sideOf,
  sig,
  survivalAt,
  type PaperTarget,
} from './paper-target-kinds';
import {
  coxIndependent,
  coxNotSignificant,
  fisherAll,
  mannWhitneyAll,
  mannWhitneyOne,
  spearmanOf,
  tTestOne,
  thresholdCount,
} from './paper-target-tests';

/**
 * Every published number of the paper (targets.md §1–§8, one entry per id, in its order) and how
 * the explorer computes it on the loaded data. §9 (literature values) is left out. A target that
 * no patient-level file can give says why (`noPatientData`); the others compute with the engine's
 * own analyses and src/lib/stats through PaperContext. Groups compared are oriented as the paper
 * prints them; threshold groups (persistence ≥ X, MRD negativity ≥ X) are "as published", as the
 * paper's naive analysis (pitfalls P1).
 */

const is =
  (...values: (string | number)[]) =>
  (v: Cell) =>
    v !== null && values.includes(v);
const CR = ['sCR', 'CR'];
const RESPONSE = ['sCR', 'CR', 'VGPR', 'PR'];
const AS_PUBLISHED = AS_PUBLISHED_NOTE;
const BELOW_CR = ['VGPR', 'PR', 'MR', 'SD', 'PD'];

/** PK groups of Fig. 6A–C: sustained MRD-negative (1) vs lost or never negative (0). */
const sustainedVsPositive =
  (c: PaperContext) =>
  (i: number): Side => {
    const g = c.cells('mrd_group')[i];
    return g === 'sustained_neg' ? 1 : g === 'lost_neg' || g === 'persistent_pos' ? 0 : null;
  };

/** Best response CR/sCR (1) vs `other` responses (0). */
const crVs =
  (c: PaperContext, other: string[]) =>
  (i: number): Side => {
    const b = c.cells('best_response')[i];
    return b === null ? null : CR.includes(String(b)) ? 1 : other.includes(String(b)) ? 0 : null;
  };

/** Counts of one value of a categorical column, compared with the paper's n and N. */
const share =
  (column: string, values: (string | number)[], n: number, N?: number) => (c: PaperContext) =>
    proportion(c, column, is(...values), { n, ...(N === undefined ? {} : { N }) });

const flag = (column: string, n: number, N?: number) => share(column, [1], n, N);

const CRS = (grade: (g: number) => boolean, n: number) => (c: PaperContext) =>
  proportion(c, 'crs_grade', (v) => typeof v === 'number' && grade(v), { n, N: 56 });

export const PAPER_TARGETS: readonly PaperTarget[] = [
  // ---- §1 cohort flow and design ------------------------------------------------------------
  {
    id: 'F01',
    group: 'flow',
    label: 'Patients evaluated or enrolled',
    published: '65',
    noPatientData:
      'Patients enrolled but never analysed are not in a patient-level analysis file (one row per analysed patient).',
  },
  {
    id: 'F02',
    group: 'flow',
    label: 'Screen failures, excluded before infusion',
    published: '4 (1 + 3 by trial)',
    noPatientData:
      'Screen failures are not in the analysis set, so no patient-level file of it holds them.',
  },
  {
    id: 'F03',
    group: 'flow',
    label: 'Lymphodepleted but not dosed',
    published: '3',
    noPatientData: 'Patients not dosed are not in the analysis set.',
  },
  {
    id: 'F04',
    group: 'flow',
    label: 'Infused and followed',
    published: '58',
    noPatientData:
      'Includes the 2 early deaths excluded from the analysis set (F05), which the file does not hold.',
  },
  {
    id: 'F05',
    group: 'flow',
    label: 'Excluded for early death (< 1 month after infusion)',
    published: '2',
    noPatientData:
      'The 2 early deaths were excluded from the analysis set, so a file of the analysed patients cannot hold them (pitfalls P16).',
  },
  {
    id: 'F06',
    group: 'flow',
    label: 'Patients analysed',
    published: '56',
    needs: ['patient_id'],
    link: tabLink('cohort'),
    compute: (c) => ({
      value: String(c.n),
      method: METHOD.count,
      nUsed: c.n,
      comparisons: [compareCount('patients', 56, c.n)],
    }),
  },
  {
    id: 'F07',
    group: 'flow',
    label: 'Data cut-off',
    published: '1 June 2024',
    noPatientData:
      'The data format holds no calendar dates (only the infusion year), so the cut-off date cannot be recomputed.',
  },
  {
    id: 'F08',
    group: 'flow',
    label: 'Source trials (pooled)',
    published: 'ChiCTR1800018137, ChiCTR2000033946',
    needs: ['trial_id'],
    link: tabLink('cohort', { by: 'trial_id' }),
    notes: ['The per-trial split of the 56 is not reported.'],
    compute: (c) => {
      const counts = new Map<string, number>();
      for (const v of c.cells('trial_id'))
        if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      const trials = [...counts].sort(([a], [b]) => a.localeCompare(b));
      return {
        value: `${trials.length} trials: ${trials.map(([t, n]) => `${t} (${n})`).join(', ')}`,
        method: 'distinct values of trial_id',
        nUsed: trials.reduce((s, [, n]) => s + n, 0),
        comparisons: [compareCount('trials', 2, trials.length)],
      };
    },
  },

  // ---- §2 baseline characteristics ----------------------------------------------------------
  {
    id: 'C01',
    group: 'baseline',
    label: 'Age, years',
    published: 'median 56 (IQR 51–61)',
    needs: ['age_years'],
    link: tabLink('cohort'),
    notes: ['The paper does not state its quantile definition; SPSS’s default (type 6) is used.'],
    compute: (c) => quartiles(c, 'age_years', [51, 56, 61]),
  },
  {
    id: 'C02',
    group: 'baseline',
    label: 'Male sex',
    published: '50.0% (28/56)',
    needs: ['sex'],
    link: tabLink('cohort'),
    compute: share('sex', ['M'], 28, 56),
  },
  {
    id: 'C03',
    group: 'baseline',
    label: 'Prior PI and/or IMiD',
    published: '100% (56/56)',
    needs: ['pi_exposed', 'imid_exposed'],
    link: tabLink('cohort'),
    compute: (c) => {
      const [pi, imid] = [c.numeric('pi_exposed'), c.numeric('imid_exposed')];
      let n = 0;
      let N = 0;
      pi.forEach((v, i) => {
        const w = imid[i];
        if (v === 1 || w === 1) n++;
        if (v === 1 || w === 1 || (v === 0 && w === 0)) N++;
      });
      return {
        value: nOfN(n, N),
        method: METHOD.proportion,
        nUsed: N,
        comparisons: [compareCount('n', 56, n), compareCount('N', 56, N)],
      };
    },
  },
  {
    id: 'C04',
    group: 'baseline',
    label: 'Prior monoclonal antibody',
    published: '17.8% (10/56)',
    needs: ['mab_exposed'],
    link: tabLink('cohort'),
    compute: flag('mab_exposed', 10, 56),
  },
  {
    id: 'C05',
    group: 'baseline',
    label: 'Prior ASCT',
    published: '28.5% (16/56)',
    needs: ['prior_asct'],
    link: tabLink('cohort'),
    compute: flag('prior_asct', 16, 56),
  },
  {
    id: 'C06',
    group: 'baseline',
    label: 'ECOG 1 at enrolment',
    published: '94.6% (53/56)',
    needs: ['ecog'],
    link: tabLink('cohort'),
    notes: ['The other 3 are not described (ECOG 0 or 2).'],
    compute: share('ecog', [1], 53, 56),
  },
  {
    id: 'C07',
    group: 'baseline',
    label: 'Prior lines of therapy',
    published: 'median 5 (IQR 4–6)',
    needs: ['prior_lines'],
    link: tabLink('cohort'),
    compute: (c) => quartiles(c, 'prior_lines', [4, 5, 6]),
  },
  {
    id: 'C08',
    group: 'baseline',
    label: 'Isotype IgG',
    published: '50% (28/56)',
    needs: ['isotype'],
    link: tabLink('cohort'),
    compute: share('isotype', ['IgG'], 28, 56),
  },
  {
    id: 'C09',
    group: 'baseline',
    label: 'Isotype IgA',
    published: '14.3% (8/56)',
    needs: ['isotype'],
    link: tabLink('cohort'),
    compute: share('isotype', ['IgA'], 8, 56),
  },
  {
    id: 'C10',
    group: 'baseline',
    label: 'Light chain only',
    published: '30.3% (17/56)',
    needs: ['isotype'],
    link: tabLink('cohort'),
    compute: share('isotype', ['light_chain'], 17, 56),
  },
  {
    id: 'C11',
    group: 'baseline',
    label: 'ISS stage III',
    published: '7.4% (4/54)',
    needs: ['iss_stage'],
    link: tabLink('cohort'),
    compute: share('iss_stage', ['III'], 4, 54),
  },
  {
    id: 'C12',
    group: 'baseline',
    label: 'Durie–Salmon stage III',
    published: '82.1% (46/56)',
    needs: ['ds_stage'],
    link: tabLink('cohort'),
    compute: share('ds_stage', ['III'], 46, 56),
  },
  {
    id: 'C13',
    group: 'baseline',
    label: 'EMD and/or plasma-cell leukaemia',
    published: '17.9% (10/56)',
    needs: ['emd_or_pcl'],
    link: tabLink('cohort'),
    compute: flag('emd_or_pcl', 10, 56),
  },
  {
    id: 'C14',
    group: 'baseline',
    label: 'Bone-marrow plasma cells at enrolment, %',
    published: 'median 60 (IQR 16.3–80)',
    needs: ['bm_pc_pct'],
    link: tabLink('cohort'),
    compute: (c) => quartiles(c, 'bm_pc_pct', [16.3, 60, 80]),
  },
  {
    id: 'C15',
    group: 'baseline',
    label: 'FISH evaluable',
    published: '55/56',
    needs: ['fish_evaluable'],
    link: tabLink('cohort'),
    compute: flag('fish_evaluable', 55, 56),
  },
  {
    id: 'C16',
    group: 'baseline',
    label: 'High-risk cytogenetics (del(17p), t(4;14), t(14;16))',
    published: '38.2% (21/55)',
    needs: ['high_risk_ca'],
    link: tabLink('cohort'),
    compute: flag('high_risk_ca', 21, 55),
  },
  {
    id: 'C17',
    group: 'baseline',
    label: 'Bridging therapy',
    published: '32.1% (18/56)',
    needs: ['bridging'],
    link: tabLink('cohort'),
    compute: flag('bridging', 18, 56),
  },
  {
    id: 'C18',
    group: 'baseline',
    label: 'Lymphodepletion Flu 25 mg/m²/d + Cy 20 mg/kg/d × 3 d',
    published: '100%',
    noPatientData: 'A protocol constant, not a column of the data format.',
  },
  {
    id: 'C19',
    group: 'baseline',
    label: 'Dose 1 × 10⁶ CAR-T cells/kg',
    published: '85.7% (48/56)',
    needs: ['dose_level'],
    link: tabLink('cohort'),
    compute: share('dose_level', [1], 48, 56),
  },
  {
    id: 'C20',
    group: 'baseline',
    label: 'Dose 3 × 10⁶/kg',
    published: '10.7% (6/56)',
    needs: ['dose_level'],
    link: tabLink('cohort'),
    compute: share('dose_level', [3], 6, 56),
  },
  {
    id: 'C21',
    group: 'baseline',
    label: 'Dose 6 × 10⁶/kg',
    published: '3.6% (2/56)',
    needs: ['dose_level'],
    link: tabLink('cohort'),
    compute: share('dose_level', [6], 2, 56),
  },
  {
    id: 'C22',
    group: 'baseline',
    label: 'Median follow-up after infusion',
    published: '39.6 mo (range 1.0–69.3)',
    needs: ['os_months', 'os_event'],
    link: curvesLink('os'),
    notes: [
      'The paper does not say how it computed follow-up; the reverse Kaplan–Meier is the standard.',
    ],
    compute: (c) => followUp(c.numeric('os_months'), c.frame.event('os_event'), 39.6),
  },
  {
    id: 'C23',
    group: 'baseline',
    label: 'Triple-refractory (the paper’s “triple exposure”: refractory to IMiD + PI + antibody)',
    published: 'n not reported (≤ 10, from C04)',
    needs: ['triple_refractory'],
    link: curvesLink('pfs', 'triple_refractory'),
    compute: (c) => {
      const { n, N } = c.count('triple_refractory', is(1));
      const exposed = c.has('triple_exposed') ? c.count('triple_exposed', is(1)) : null;
      return {
        value: nOfN(n, N),
        method: METHOD.proportion,
        nUsed: N,
        comparisons: [compareAtMost('n', 10, n)],
        notes: exposed ? [`Triple-class exposed: ${nOfN(exposed.n, exposed.N)}.`] : [],
      };
    },
  },
  {
    id: 'C24',
    group: 'baseline',
    label: 'Penta-refractory (2 IMiD + 2 PI + antibody)',
    published: 'n not reported',
    needs: ['penta_refractory'],
    link: tabLink('response', { by: 'penta_refractory' }),
    compute: (c) => {
      const { n, N } = c.count('penta_refractory', is(1));
      if (N === 0)
        throw new Error(
          'penta_refractory is empty: n_imid_refractory and n_pi_refractory are needed',
        );
      return { value: nOfN(n, N), method: METHOD.proportion, nUsed: N, comparisons: [] };
    },
  },
  {
    id: 'C25',
    group: 'baseline',
    label: 'Prior (BCMA) CAR-T',
    published: 'n not reported',
    needs: ['prior_cart'],
    link: curvesLink('pfs', 'prior_cart'),
    compute: (c) => ({ ...flag('prior_cart', 0)(c), comparisons: [] }),
  },

  // ---- §3 response --------------------------------------------------------------------------
  {
    id: 'R01',
    group: 'response',
    label: 'Overall response (≥ PR)',
    published: '96.4% (54/56)',
    needs: ['best_response'],
    link: tabLink('response'),
    compute: share('best_response', RESPONSE, 54, 56),
  },
  {
    id: 'R02',
    group: 'response',
    label: 'Best response CR or sCR',
    published: '80.4% (45/56)',
    needs: ['best_response'],
    link: tabLink('response'),
    compute: (c) => {
      const r = share('best_response', CR, 45, 56)(c);
      return {
        ...r,
        notes: [
          `sCR alone: ${nOfN(c.count('best_response', is('sCR')).n, r.nUsed ?? 0)} (the paper gives no split).`,
        ],
      };
    },
  },
  {
    id: 'R03',
    group: 'response',
    label: 'Cumulative CR/sCR over time (Fig. 2D)',
    published: 'curve only',
    needs: ['t_first_cr_months'],
    link: tabLink('response'),
    notes: [
      'A cumulative incidence with progression or death as a competing risk would be the right estimate (pitfalls P9).',
    ],
    compute: (c) => {
      const t = c.numeric('t_first_cr_months');
      const by = [1, 3, 6, 12].map((m) => `${m} mo ${t.filter((v) => v <= m).length}`);
      return {
        value: `first CR/sCR by ${by.join(', ')} of ${c.n}`,
        method: 'cumulative count of first CR/sCR by month (crude, as Fig. 2D)',
        nUsed: c.n,
        comparisons: [],
      };
    },
  },
  {
    id: 'R04',
    group: 'response',
    label: 'PFS, CR by month 3 vs not',
    published: 'p = 0.017',
    needs: ['cr_by_m3', 'pfs_months', 'pfs_event'],
    link: curvesLink('pfs', 'cr_by_m3'),
    notes: [
      'Groups known only at month 3, compared from infusion as in the paper (immortal-time bias, pitfalls P1); the view adds the 3-month landmark.',
    ],
    compute: (c) =>
      medians(
        c,
        'pfs',
        'cr_by_m3',
        [
          { value: 1, what: 'CR by month 3' },
          { value: 0, what: 'no CR by month 3' },
        ],
        { p: sig('p = 0.017', 0.017) },
      ),
  },
  {
    id: 'R05',
    group: 'response',
    label: 'PFS, CR by month 1 vs not',
    published: 'no significant difference',
    needs: ['cr_by_m1', 'pfs_months', 'pfs_event'],
    link: curvesLink('pfs', 'cr_by_m1'),
    compute: (c) => {
      const r = c.survival({ endpoint: 'pfs', stratifier: 'cr_by_m1' });
      const p = r.logRank?.p ?? null;
      return {
        value: `log-rank ${pPhrase(p)}`,
        method: METHOD.logRank,
        nUsed: r.nUsed,
        comparisons: [compareP('log-rank p', 'n.s.', null, false, p)],
      };
    },
  },
  {
    id: 'R06',
    group: 'response',
    label: 'Factors associated with not reaching CR',
    published: 'Table S5 (not available)',
    noPatientData:
      'The factors tested and their numbers are only in Table S5, which was not available.',
  },
  {
    id: 'R07',
    group: 'response',
    label: 'ORR and CR rate, triple- and penta-refractory vs not',
    published: 'no significant difference',
    needs: ['best_response', 'triple_refractory'],
    optional: ['penta_refractory'],
    link: tabLink('response', { by: 'triple_refractory' }),
    compute: fisherAll([
      ['ORR by triple-refractory', 'triple_refractory', 'responder'],
      ['CR rate by triple-refractory', 'triple_refractory', 'cr_or_better'],
      ['ORR by penta-refractory', 'penta_refractory', 'responder'],
      ['CR rate by penta-refractory', 'penta_refractory', 'cr_or_better'],
    ]),
  },
  {
    id: 'R08',
    group: 'response',
    label: 'Alive and progression-free at cut-off',
    published: '23/56',
    needs: ['pfs_event'],
    link: curvesLink('pfs'),
    compute: (c) => proportion(c, 'pfs_event', is(0), { n: 23, N: 56 }),
  },
  {
    id: 'R09',
    group: 'response',
    label: 'Disease progression',
    published: '29/56 (51.8%)',
    needs: ['pfs_event_type'],
    link: curvesLink('pfs'),
    compute: share('pfs_event_type', ['progression'], 29, 56),
  },
  {
    id: 'R10',
    group: 'response',
    label: 'sCR among the patients MRD-negative ≥ 36 months',
    published: '11/11',
    needs: ['best_response', 'mrd_neg_ge36'],
    link: tabLink('mrd'),
    compute: (c) => {
      const ge36 = c.numeric('mrd_neg_ge36');
      const best = c.cells('best_response');
      const rows = [...ge36.keys()].filter((i) => ge36[i] === 1);
      const n = rows.filter((i) => best[i] === 'sCR').length;
      return {
        value: `${n}/${rows.length}`,
        method: METHOD.count,
        nUsed: rows.length,
        comparisons: [
          compareCount('sCR', 11, n),
          compareCount('MRD-negative ≥ 36 months', 11, rows.length),
        ],
      };
    },
  },

  // ---- §4 survival --------------------------------------------------------------------------
  {
    id: 'S01',
    group: 'survival',
    label: 'Median duration of response, responders',
    published: '30.8 mo',
    needs: ['dor_months', 'dor_event'],
    link: curvesLink('dor'),
    notes: [
      'DOR is not defined in the paper; IMWG is used: first response (≥ PR) to progression or death.',
    ],
    compute: (c) =>
      medians(c, 'dor', null, [{ value: 'all', what: 'responders', published: 30.8 }]),
  },
  {
    id: 'S02',
    group: 'survival',
    label: 'Median PFS, all patients',
    published: '30.1 mo',
    needs: ['pfs_months', 'pfs_event'],
    link: curvesLink('pfs'),
    compute: (c) => medians(c, 'pfs', null, [{ value: 'all', what: 'all', published: 30.1 }]),
  },
  {
    id: 'S03',
    group: 'survival',
    label: 'Median OS, all patients',
    published: 'NR',
    needs: ['os_months', 'os_event'],
    link: curvesLink('os'),
    compute: (c) => {
      const r = medians(c, 'os', null, [{ value: 'all', what: 'all', published: null }]);
      const deaths = c.survival({ endpoint: 'os', stratifier: null }).groups[0].events;
      return { ...r, notes: [`${deaths} deaths (not reported in the paper).`] };
    },
  },
  {
    id: 'S04',
    group: 'survival',
    label: '2-year DOR, CR/sCR vs not',
    published: '70.0% (CR/sCR); p < 0.05',
    needs: ['dor_months', 'dor_event', 'cr_or_better'],
    link: curvesLink('dor', 'cr_or_better'),
    notes: [
      'The test is not stated; log-rank presumed. Best response is post-baseline (pitfalls P1).',
    ],
    compute: (c) =>
      survivalAt(
        c,
        'dor',
        'cr_or_better',
        24,
        [
          { value: 1, what: 'CR/sCR', published: 0.7 },
          { value: 0, what: 'below CR' },
        ],
        sig('p < 0.05', 0.05),
      ),
  },
  {
    id: 'S05',
    group: 'survival',
    label: '2-year PFS, CR/sCR vs not',
    published: '70.0% (CR/sCR); p < 0.05',
    needs: ['pfs_months', 'pfs_event', 'cr_or_better'],
    link: curvesLink('pfs', 'cr_or_better'),
    compute: (c) =>
      survivalAt(
        c,
        'pfs',
        'cr_or_better',
        24,
        [
          { value: 1, what: 'CR/sCR', published: 0.7 },
          { value: 0, what: 'below CR' },
        ],
        sig('p < 0.05', 0.05),
      ),
  },
  {
    id: 'S06',
    group: 'survival',
    label: '2-year OS, CR/sCR vs not',
    published: '78.9% (CR/sCR); p < 0.05',
    needs: ['os_months', 'os_event', 'cr_or_better'],
    link: curvesLink('os', 'cr_or_better'),
    compute: (c) =>
      survivalAt(
        c,
        'os',
        'cr_or_better',
        24,
        [
          { value: 1, what: 'CR/sCR', published: 0.789 },
          { value: 0, what: 'below CR' },
        ],
        sig('p < 0.05', 0.05),
      ),
  },
  {
    id: 'S07',
    group: 'survival',
    label: 'Median PFS, CR/sCR',
    published: '58 mo',
    needs: ['pfs_months', 'pfs_event', 'cr_or_better'],
    link: curvesLink('pfs', 'cr_or_better'),
    notes: ['The same number as S16 (MRD-negative ≥ 12 months): possibly conflated.'],
    compute: (c) =>
      medians(c, 'pfs', 'cr_or_better', [{ value: 1, what: 'CR/sCR', published: 58 }]),
  },
  {
    id: 'S08',
    group: 'survival',
    label: 'Multivariable Cox: CR independently predicts DOR, PFS and OS',
    published: 'Tables S2–S4 (no numbers in text)',
    noPatientData:
      'The covariates of the models are not stated and their numbers are only in Tables S2–S4, which were not available.',
  },
  {
    id: 'S09',
    group: 'survival',
    label: 'Median PFS, triple-refractory vs not',
    published: '12.0 vs 32.0 mo',
    needs: ['pfs_months', 'pfs_event', 'triple_refractory'],
    link: curvesLink('pfs', 'triple_refractory'),
    compute: (c) =>
      medians(c, 'pfs', 'triple_refractory', [
        { value: 1, what: 'triple-refractory', published: 12 },
        { value: 0, what: 'not triple-refractory', published: 32 },
      ]),
  },
  {
    id: 'S10',
    group: 'survival',
    label: 'Median OS, triple-refractory vs not',
    published: '12.0 mo vs NR',
    needs: ['os_months', 'os_event', 'triple_refractory'],
    link: curvesLink('os', 'triple_refractory'),
    compute: (c) =>
      medians(c, 'os', 'triple_refractory', [
        { value: 1, what: 'triple-refractory', published: 12 },
        { value: 0, what: 'not triple-refractory', published: null },
      ]),
  },
  {
    id: 'S11',
    group: 'survival',
    label: 'Median PFS, high-risk cytogenetics vs not',
    published: '12.0 vs 32.0 mo',
    needs: ['pfs_months', 'pfs_event', 'high_risk_ca'],
    link: curvesLink('pfs', 'high_risk_ca'),
    notes: ['The same pair of numbers as S09 (triple-refractory): possibly copied.'],
    compute: (c) =>
      medians(c, 'pfs', 'high_risk_ca', [
        { value: 1, what: 'high-risk', published: 12 },
        { value: 0, what: 'standard-risk', published: 32 },
      ]),
  },
  {
    id: 'S12',
    group: 'survival',
    label: 'Median OS, high-risk cytogenetics vs not',
    published: '19.7 vs 36.5 mo',
    needs: ['os_months', 'os_event', 'high_risk_ca'],
    link: curvesLink('os', 'high_risk_ca'),
    compute: (c) =>
      medians(c, 'os', 'high_risk_ca', [
        { value: 1, what: 'high-risk', published: 19.7 },
        { value: 0, what: 'standard-risk', published: 36.5 },
      ]),
  },
  {
    id: 'S13',
    group: 'survival',
    label: 'Median PFS, CAR-T persistence < 6 vs ≥ 6 months',
    published: '11.9 vs 36.5 mo',
    needs: ['pfs_months', 'pfs_event', 'car_persist_ge6'],
    link: curvesLink('pfs', 'car_persist_ge6', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      medians(
        c,
        'pfs',
        'car_persist_ge6',
        [
          { value: 0, what: '< 6 months', published: 11.9 },
          { value: 1, what: '≥ 6 months', published: 36.5 },
        ],
        { asPublished: true },
      ),
  },
  {
    id: 'S14',
    group: 'survival',
    label: 'Median OS, CAR-T persistence < 6 vs ≥ 6 months',
    published: '30.1 mo vs NR',
    needs: ['os_months', 'os_event', 'car_persist_ge6'],
    link: curvesLink('os', 'car_persist_ge6', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      medians(
        c,
        'os',
        'car_persist_ge6',
        [
          { value: 0, what: '< 6 months', published: 30.1 },
          { value: 1, what: '≥ 6 months', published: null },
        ],
        { asPublished: true },
      ),
  },
  {
    id: 'S15',
    group: 'survival',
    label: 'PFS by MRD group (sustained negative / lost negativity / persistently positive)',
    published: 'p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'mrd_group'],
    link: curvesLink('pfs', 'mrd_group'),
    notes: [
      'The 3 groups of Fig. 5A: patients who died while MRD-negative are left out (Fig. 5A does not show them). Persistently positive n = 2 (pitfalls P13).',
    ],
    compute: (c) => {
      const r = c.survival({ endpoint: 'pfs', stratifier: 'mrd_group', exclude: ['died_mrd_neg'] });
      const p = r.logRank?.p ?? null;
      return {
        value: `log-rank ${pPhrase(p)} (${r.groups.map((g) => `${g.label} ${g.n}`).join(', ')})`,
        method: METHOD.logRank,
        nUsed: r.nUsed,
        comparisons: [compareP('log-rank p', 'p < 0.001', 0.001, true, p)],
      };
    },
  },
  {
    id: 'S16',
    group: 'survival',
    label: 'Median PFS, MRD negativity ≥ 12 vs < 12 months',
    published: '58 vs 8.2 mo; p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'mrd_neg_ge12'],
    link: curvesLink('pfs', 'mrd_neg_ge12', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      medians(
        c,
        'pfs',
        'mrd_neg_ge12',
        [
          { value: 1, what: '≥ 12 months', published: 58 },
          { value: 0, what: '< 12 months', published: 8.2 },
        ],
        { asPublished: true, p: sig('p < 0.001', 0.001) },
      ),
  },
  {
    id: 'S17',
    group: 'survival',
    label: 'Median PFS, MRD negativity ≥ 24 months',
    published: '64 mo; p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'mrd_neg_ge24'],
    link: curvesLink('pfs', 'mrd_neg_ge24', { asPublished: true }),
    notes: [
      AS_PUBLISHED,
      'A tail estimate with few patients at risk (maximum follow-up 69.3 months).',
    ],
    compute: (c) =>
      medians(c, 'pfs', 'mrd_neg_ge24', [{ value: 1, what: '≥ 24 months', published: 64 }], {
        asPublished: true,
        p: sig('p < 0.001', 0.001),
      }),
  },
  {
    id: 'S18',
    group: 'survival',
    label: 'Median PFS, MRD negativity ≥ 36 months',
    published: 'NR; p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'mrd_neg_ge36'],
    link: curvesLink('pfs', 'mrd_neg_ge36', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      medians(c, 'pfs', 'mrd_neg_ge36', [{ value: 1, what: '≥ 36 months', published: null }], {
        asPublished: true,
        p: sig('p < 0.001', 0.001),
      }),
  },

  // ---- §5 Cox regression --------------------------------------------------------------------
  {
    id: 'H01',
    group: 'hazards',
    label: 'Triple-refractory, PFS',
    published: 'HR 2.752 (95% CI 1.145–6.487), p = 0.023',
    needs: ['pfs_months', 'pfs_event', 'triple_refractory'],
    link: forestLink('pfs'),
    compute: (c) =>
      coxRatio(c, 'pfs', 'triple_refractory', { hr: 2.752, p: sig('p = 0.023', 0.023) }),
  },
  {
    id: 'H02',
    group: 'hazards',
    label: 'Triple-refractory, OS',
    published: 'HR 4.345 (1.636–11.543), p = 0.003',
    needs: ['os_months', 'os_event', 'triple_refractory'],
    link: forestLink('os'),
    compute: (c) =>
      coxRatio(c, 'os', 'triple_refractory', { hr: 4.345, p: sig('p = 0.003', 0.003) }),
  },
  {
    id: 'H03',
    group: 'hazards',
    label: 'High-risk cytogenetics, PFS',
    published: 'HR 2.063 (1.027–4.415), p = 0.042',
    needs: ['pfs_months', 'pfs_event', 'high_risk_ca'],
    link: forestLink('pfs'),
    compute: (c) => coxRatio(c, 'pfs', 'high_risk_ca', { hr: 2.063, p: sig('p = 0.042', 0.042) }),
  },
  {
    id: 'H04',
    group: 'hazards',
    label: 'High-risk cytogenetics, OS',
    published: 'HR 2.687 (1.130–6.388), p = 0.025',
    needs: ['os_months', 'os_event', 'high_risk_ca'],
    link: forestLink('os'),
    compute: (c) => coxRatio(c, 'os', 'high_risk_ca', { hr: 2.687, p: sig('p = 0.025', 0.025) }),
  },
  {
    id: 'H05',
    group: 'hazards',
    label: 'CAR-T persistence ≥ 6 months, PFS',
    published: 'HR 0.247 (0.113–0.540), p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'car_persist_ge6'],
    link: forestLink('pfs', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      coxRatio(
        c,
        'pfs',
        'car_persist_ge6',
        { hr: 0.247, p: sig('p < 0.001', 0.001) },
        { asPublished: true },
      ),
  },
  {
    id: 'H06',
    group: 'hazards',
    label: 'CAR-T persistence ≥ 6 months, OS',
    published: 'HR 0.295 (0.121–0.718), p = 0.007',
    needs: ['os_months', 'os_event', 'car_persist_ge6'],
    link: forestLink('os', { asPublished: true }),
    notes: [AS_PUBLISHED],
    compute: (c) =>
      coxRatio(
        c,
        'os',
        'car_persist_ge6',
        { hr: 0.295, p: sig('p = 0.007', 0.007) },
        { asPublished: true },
      ),
  },
  {
    id: 'H07',
    group: 'hazards',
    label: '“Sustained MRD negativity” (per month of MRD-negative duration), PFS',
    published: 'HR 0.914 (0.875–0.947), p < 0.001',
    needs: ['pfs_months', 'pfs_event', 'mrd_neg_duration_months'],
    link: forestLink('pfs'),
    notes: [
      'Per month of MRD negativity (the unit is presumed); never MRD-negative patients have no duration and are left out. A post-baseline covariate measured over the outcome’s own follow-up (pitfalls P2).',
    ],
    compute: (c) =>
      coxRatio(c, 'pfs', 'mrd_neg_duration_months', { hr: 0.914, p: sig('p < 0.001', 0.001) }),
  },
  {
    id: 'H08',
    group: 'hazards',
    label: '“Sustained MRD negativity” (per month), OS',
    published: 'HR 0.914 (0.878–0.952), p < 0.001',
    needs: ['os_months', 'os_event', 'mrd_neg_duration_months'],
    link: forestLink('os'),
    notes: ['As H07: per month; never MRD-negative patients left out (pitfalls P2).'],
    compute: (c) =>
      coxRatio(c, 'os', 'mrd_neg_duration_months', { hr: 0.914, p: sig('p < 0.001', 0.001) }),
  },
  {
    id: 'H09',
    group: 'hazards',
    label:
      'Not significant for PFS or OS: age, EMD, prior CAR-T, BM burden ≥ 50 %, sBCMA, tocilizumab, steroids, ADA, R-ISS, prior ASCT',
    published: 'p > 0.05 (HRs in the figure only)',
    needs: ['pfs_months', 'pfs_event', 'os_months', 'os_event'],
    optional: [
      'age_years',
      'emd_or_pcl',
      'prior_cart',
      'bm_burden_high',
      'sbcma_baseline_ng_ml',
      'tocilizumab',
      'steroids',
      'ada_post_pos',
      'r_iss_stage',
      'prior_asct',
    ],
    link: forestLink('pfs'),
    notes: [
      'CR, also in the Fig. 3 legend, is a significant factor in the text (S08) and is not tested here. The sBCMA cut-point or scale is unknown (a column is used per unit).',
    ],
    compute: coxNotSignificant(
      ['pfs', 'os'],
      [
        'age_years',
        'emd_or_pcl',
        'prior_cart',
        'bm_burden_high',
        'sbcma_baseline_ng_ml',
        'tocilizumab',
        'steroids',
        'ada_post_pos',
        'r_iss_stage',
        'prior_asct',
      ],
    ),
  },
  {
    id: 'H10',
    group: 'hazards',
    label:
      'Multivariable PFS: high-risk cytogenetics, MRD-negative duration and persistence ≥ 6 months independent',
    published: 'independent (no numbers in text)',
    needs: [
      'pfs_months',
      'pfs_event',
      'high_risk_ca',
      'mrd_neg_duration_months',
      'car_persist_ge6',
    ],
    link: forestLink('pfs', {
      factors: ['high_risk_ca', 'mrd_neg_duration_months', 'car_persist_ge6'],
      asPublished: true,
    }),
    notes: [
      'The paper does not state how the covariates were selected; “independent” is read as p ≤ 0.05 in the joint model.',
    ],
    compute: coxIndependent(
      'pfs',
      ['high_risk_ca', 'mrd_neg_duration_months', 'car_persist_ge6'],
      true,
    ),
  },
  {
    id: 'H11',
    group: 'hazards',
    label: 'Multivariable OS: MRD-negative duration and triple-refractory independent',
    published: 'independent (no numbers in text)',
    needs: ['os_months', 'os_event', 'mrd_neg_duration_months', 'triple_refractory'],
    link: forestLink('os', { factors: ['mrd_neg_duration_months', 'triple_refractory'] }),
    compute: coxIndependent('os', ['mrd_neg_duration_months', 'triple_refractory']),
  },
  {
    id: 'H12',
    group: 'hazards',
    label: 'Baseline lymphocyte count (ALC), CR vs non-CR',
    published: 'p = 0.160',
    needs: ['alc_baseline', 'best_response'],
    link: tabLink('response'),
    compute: tTestOne(
      'alc_baseline',
      (c) => crVs(c, BELOW_CR),
      'CR/sCR vs not',
      ns('p = 0.160', 0.16),
    ),
  },
  {
    id: 'H13',
    group: 'hazards',
    label: 'Peak lymphocyte count (ALC) by day 15, CR vs non-CR',
    published: 'p = 0.422',
    needs: ['alc_max_d15', 'best_response'],
    link: tabLink('response'),
    compute: tTestOne(
      'alc_max_d15',
      (c) => crVs(c, BELOW_CR),
      'CR/sCR vs not',
      ns('p = 0.422', 0.422),
    ),
  },
  {
    id: 'H14',
    group: 'hazards',
    label: 'ALC (baseline, peak) vs OS and PFS subgroups',
    published: 'no significant differences',
    noPatientData:
      'The subgroups and the test are not stated (Fig. S3C–F), so there is nothing definite to recompute.',
  },

  // ---- §6 MRD -------------------------------------------------------------------------------
  {
    id: 'M01',
    group: 'mrd',
    label: 'Reached MRD negativity (bone marrow, 10⁻⁵)',
    published: '96.4% (54/56)',
    needs: ['mrd_ever_neg'],
    link: tabLink('mrd'),
    compute: flag('mrd_ever_neg', 54, 56),
  },
  {
    id: 'M02',
    group: 'mrd',
    label: 'Time to first MRD negativity',
    published: 'median 0.5 mo',
    needs: ['mrd_first_neg_months'],
    link: tabLink('mrd'),
    compute: (c) => medianRange(c.numeric('mrd_first_neg_months'), 0.5, 'mo'),
  },
  {
    id: 'M03',
    group: 'mrd',
    label: 'Follow-up from first MRD negativity',
    published: 'median 30.1 mo',
    needs: ['mrd_first_neg_months', 'os_months', 'os_event'],
    link: tabLink('mrd'),
    notes: [
      'The method is not stated; reverse Kaplan–Meier of the time from first negativity to death or last follow-up, among patients ever negative.',
    ],
    compute: (c) => {
      const first = c.numeric('mrd_first_neg_months');
      const os = c.numeric('os_months');
      const time = Float64Array.from(os, (t, i) => t - first[i]);
      return followUp(time, c.frame.event('os_event'), 30.1);
    },
  },
  {
    id: 'M04',
    group: 'mrd',
    label: 'MRD-negative and alive at cut-off (sustained)',
    published: '21 (37.5%)',
    needs: ['mrd_group'],
    link: tabLink('mrd'),
    compute: share('mrd_group', ['sustained_neg'], 21, 56),
  },
  {
    id: 'M05',
    group: 'mrd',
    label: 'Died while MRD-negative',
    published: '4 (7.2%)',
    needs: ['mrd_group'],
    link: tabLink('mrd'),
    compute: share('mrd_group', ['died_mrd_neg'], 4, 56),
  },
  {
    id: 'M06',
    group: 'mrd',
    label: 'Lost MRD negativity',
    published: '29 (51.7%)',
    needs: ['mrd_group'],
    link: tabLink('mrd'),
    compute: share('mrd_group', ['lost_neg'], 29, 56),
  },
  {
    id: 'M07',
    group: 'mrd',
    label: 'Persistently MRD-positive',
    published: '2 (3.6%)',
    needs: ['mrd_group'],
    link: tabLink('mrd'),
    compute: share('mrd_group', ['persistent_pos'], 2, 56),
  },
  {
    id: 'M08',
    group: 'mrd',
    label: 'MRD-negative ≥ 12 months',
    published: '43 (73.2%)',
    needs: ['mrd_neg_ge12', 'mrd_ever_neg'],
    link: tabLink('mrd'),
    compute: thresholdCount('mrd_neg_ge12', 41, 'mrd_ever_neg'),
  },
  {
    id: 'M09',
    group: 'mrd',
    label: 'MRD-negative ≥ 36 months (all sCR; 3 later lost negativity)',
    published: '11 (all sCR; 3 later lost)',
    needs: ['mrd_neg_ge36', 'best_response', 'mrd_neg_end_status'],
    link: tabLink('mrd'),
    compute: (c) => {
      const ge36 = c.numeric('mrd_neg_ge36');
      const best = c.cells('best_response');
      const end = c.numeric('mrd_neg_end_status');
      const rows = [...ge36.keys()].filter((i) => ge36[i] === 1);
      const scr = rows.filter((i) => best[i] === 'sCR').length;
      const lost = rows.filter((i) => end[i] === 1).length;
      return {
        value: `${rows.length} (${scr} sCR; ${lost} later lost)`,
        method: METHOD.count,
        nUsed: rows.length,
        comparisons: [
          compareCount('n', 11, rows.length),
          compareCount('sCR', 11, scr),
          compareCount('later lost', 3, lost),
        ],
      };
    },
  },
  {
    id: 'M10',
    group: 'mrd',
    label: 'Sustained MRD negativity at 2 years, BM plasma cells ≥ 50 % vs < 50 %',
    published: '48.6% vs 72.2%, p = 0.032',
    needs: ['mrd_neg_duration_months', 'mrd_neg_end_status', 'bm_burden_high'],
    link: curvesLink('mrd', 'bm_burden_high'),
    notes: ['Death while MRD-negative is censored (pitfalls P9).'],
    compute: (c) =>
      survivalAt(
        c,
        'mrd',
        'bm_burden_high',
        24,
        [
          { value: 1, what: '≥ 50 %', published: 0.486 },
          { value: 0, what: '< 50 %', published: 0.722 },
        ],
        sig('p = 0.032', 0.032),
      ),
  },
  {
    id: 'M11',
    group: 'mrd',
    label: 'Sustained MRD negativity at 2 years, triple-refractory vs not',
    published: '24% vs 65.5%, p = 0.041',
    needs: ['mrd_neg_duration_months', 'mrd_neg_end_status', 'triple_refractory'],
    link: curvesLink('mrd', 'triple_refractory'),
    compute: (c) =>
      survivalAt(
        c,
        'mrd',
        'triple_refractory',
        24,
        [
          { value: 1, what: 'triple-refractory', published: 0.24 },
          { value: 0, what: 'not triple-refractory', published: 0.655 },
        ],
        sig('p = 0.041', 0.041),
      ),
  },
  {
    id: 'M12',
    group: 'mrd',
    label: 'Sustained MRD negativity at 2 years, CR by month 3 vs not',
    published: '“46% vs 76.2%” (CR first), p = 0.035',
    needs: ['mrd_neg_duration_months', 'mrd_neg_end_status', 'cr_by_m3'],
    link: curvesLink('mrd', 'cr_by_m3'),
    notes: ['Compared in the stated direction: CR by month 3 76.2 %, no CR 46 %.'],
    compute: (c) =>
      survivalAt(
        c,
        'mrd',
        'cr_by_m3',
        24,
        [
          { value: 1, what: 'CR by month 3', published: 0.762 },
          { value: 0, what: 'no CR', published: 0.46 },
        ],
        sig('p = 0.035', 0.035),
      ),
  },
  {
    id: 'M13',
    group: 'mrd',
    label: 'Sustained MRD negativity at 2 years, CAR-T persistence ≥ 6 vs < 6 months',
    published: '“25.6% vs 66.9%”, p < 0.001',
    needs: ['mrd_neg_duration_months', 'mrd_neg_end_status', 'car_persist_ge6'],
    link: curvesLink('mrd', 'car_persist_ge6', { asPublished: true }),
    notes: [
      'Compared in the stated direction: ≥ 6 months 66.9 %, < 6 months 25.6 %.',
      AS_PUBLISHED,
    ],
    compute: (c) =>
      survivalAt(
        c,
        'mrd',
        'car_persist_ge6',
        24,
        [
          { value: 1, what: '≥ 6 months', published: 0.669 },
          { value: 0, what: '< 6 months', published: 0.256 },
        ],
        sig('p < 0.001', 0.001),
        { asPublished: true },
      ),
  },
  {
    id: 'M14',
    group: 'mrd',
    label:
      'Duration of MRD negativity, univariable Cox: sex, age, R-ISS, high-risk cytogenetics, prior CAR-T, EMD not significant',
    published: 'not significant (Table S6)',
    needs: ['mrd_neg_duration_months', 'mrd_neg_end_status'],
    optional: ['sex', 'age_years', 'r_iss_stage', 'high_risk_ca', 'prior_cart', 'emd_or_pcl'],
    link: forestLink('mrd'),
    compute: coxNotSignificant(
      ['mrd'],
      ['sex', 'age_years', 'r_iss_stage', 'high_risk_ca', 'prior_cart', 'emd_or_pcl'],
    ),
  },
  {
    id: 'M15',
    group: 'mrd',
    label:
      'Duration of MRD negativity, multivariable Cox: triple-refractory and persistence ≥ 6 months independent',
    published: 'independent (Table S6)',
    needs: [
      'mrd_neg_duration_months',
      'mrd_neg_end_status',
      'triple_refractory',
      'car_persist_ge6',
    ],
    link: forestLink('mrd', {
      factors: ['triple_refractory', 'car_persist_ge6'],
      asPublished: true,
    }),
    notes: ['Persistence is post-baseline (pitfalls P1).'],
    compute: coxIndependent('mrd', ['triple_refractory', 'car_persist_ge6'], true),
  },

  // ---- §7 CAR-T pharmacokinetics ------------------------------------------------------------
  {
    id: 'P01',
    group: 'kinetics',
    label: 'Time to peak expansion (Tmax)',
    published: 'median 12 d (range 7–22)',
    needs: ['tmax_days'],
    link: tabLink('kinetics'),
    compute: (c) => medianRange(c.numeric('tmax_days'), 12, 'd'),
  },
  {
    id: 'P02',
    group: 'kinetics',
    label: 'Marked fall in transgene copies after day 28',
    published: 'qualitative',
    noPatientData: 'A description of the shape of the curves, with no number to recompute.',
  },
  {
    id: 'P03',
    group: 'kinetics',
    label: 'Duration of CAR transgene persistence',
    published: 'median 9.0 mo (range 0–66.0)',
    needs: ['car_persist_months'],
    optional: ['car_persist_event'],
    link: tabLink('kinetics'),
    notes: [
      'A crude median, as the paper presumably computed it; persistence is censored by follow-up (pitfalls P10).',
    ],
    compute: (c) => {
      const r = medianRange(c.numeric('car_persist_months'), 9, 'mo');
      if (!c.has('car_persist_event')) return r;
      const t = c.numeric('car_persist_months');
      const e = c.frame.event('car_persist_event');
      const rows = [...t.keys()].filter((i) => !Number.isNaN(t[i]) && !Number.isNaN(e[i]));
      const km = kaplanMeier(
        Float64Array.from(rows, (i) => t[i]),
        Uint8Array.from(rows, (i) => e[i]),
      );
      return {
        ...r,
        notes: [
          `Kaplan–Meier median (loss of detection as the event): ${months(km.median)} months.`,
        ],
      };
    },
  },
  {
    id: 'P04',
    group: 'kinetics',
    label: 'CAR-T persistence ≥ 6 months',
    published: '43 (76.7%)',
    needs: ['car_persist_ge6', 'car_persist_months'],
    link: tabLink('kinetics', { by: 'car_persist_ge6' }),
    compute: thresholdCount('car_persist_ge6', 43, 'car_persist_months'),
  },
  {
    id: 'P05',
    group: 'kinetics',
    label: 'CAR-T persistence ≥ 12 months',
    published: '22 (40%)',
    needs: ['car_persist_ge12', 'car_persist_months'],
    link: tabLink('kinetics'),
    compute: thresholdCount('car_persist_ge12', 22, 'car_persist_months'),
  },
  {
    id: 'P06',
    group: 'kinetics',
    label: 'CAR-T persistence ≥ 24 months',
    published: '14',
    needs: ['car_persist_ge24', 'car_persist_months'],
    link: tabLink('kinetics'),
    compute: thresholdCount('car_persist_ge24', 14, 'car_persist_months'),
  },
  {
    id: 'P07',
    group: 'kinetics',
    label: 'CAR-T persistence ≥ 36 months',
    published: '4',
    needs: ['car_persist_ge36', 'car_persist_months'],
    link: tabLink('kinetics'),
    compute: thresholdCount('car_persist_ge36', 4, 'car_persist_months'),
  },
  {
    id: 'P08',
    group: 'kinetics',
    label: 'Cmax, sustained MRD-negative vs MRD-positive',
    published: 'p = 0.009',
    needs: ['cmax_copies', 'mrd_group'],
    link: tabLink('kinetics', { by: 'mrd_group' }),
    notes: [
      'The paper’s groups are unclear (MRD-positive n = 2, or lost + never negative = 31); the second is used, without those who died MRD-negative. The paper states the t-test; copies are log-normal, so the rank test is used (pitfalls P12).',
    ],
    compute: mannWhitneyOne('Cmax', 'cmax_copies', sustainedVsPositive, sig('p = 0.009', 0.009)),
  },
  {
    id: 'P09',
    group: 'kinetics',
    label: 'AUC day 0–28, same groups',
    published: 'p < 0.001',
    needs: ['auc_0_28d', 'mrd_group'],
    link: tabLink('kinetics', { by: 'mrd_group' }),
    compute: mannWhitneyOne('AUC0–28d', 'auc_0_28d', sustainedVsPositive, sig('p < 0.001', 0.001)),
  },
  {
    id: 'P10',
    group: 'kinetics',
    label: 'AUC to the last sample, same groups',
    published: 'p < 0.001',
    needs: ['auc_0_last', 'mrd_group'],
    link: tabLink('kinetics', { by: 'mrd_group' }),
    notes: ['AUC to the last sample grows with the length of sampling (pitfalls P12).'],
    compute: mannWhitneyOne(
      'AUC0–last',
      'auc_0_last',
      sustainedVsPositive,
      sig('p < 0.001', 0.001),
    ),
  },
  {
    id: 'P11',
    group: 'kinetics',
    label: 'CAR-T persistence vs duration of MRD negativity',
    published: 'r = 0.708, p < 0.001',
    needs: ['car_persist_months', 'mrd_neg_duration_months'],
    link: tabLink('correlations'),
    compute: spearmanOf('car_persist_months', 'mrd_neg_duration_months', 0.708),
  },
  {
    id: 'P12',
    group: 'kinetics',
    label: 'CAR-T persistence vs PFS',
    published: 'r = 0.625, p < 0.001',
    needs: ['car_persist_months', 'pfs_months'],
    link: tabLink('correlations'),
    compute: spearmanOf('car_persist_months', 'pfs_months', 0.625),
  },
  {
    id: 'P13',
    group: 'kinetics',
    label: 'CAR-T persistence vs OS',
    published: 'r = 0.580, p < 0.001',
    needs: ['car_persist_months', 'os_months'],
    link: tabLink('correlations'),
    compute: spearmanOf('car_persist_months', 'os_months', 0.58),
  },
  {
    id: 'P14',
    group: 'kinetics',
    label: 'Cmax, CR/sCR vs ≤ PR',
    published: 'p = 0.036',
    needs: ['cmax_copies', 'best_response'],
    link: tabLink('kinetics', { by: 'cr_or_better' }),
    notes: ['“≤ PR” read as PR, MR, SD or PD (VGPR is compared separately in P15).'],
    compute: mannWhitneyOne(
      'Cmax',
      'cmax_copies',
      (c) => crVs(c, ['PR', 'MR', 'SD', 'PD']),
      sig('p = 0.036', 0.036),
    ),
  },
  {
    id: 'P15',
    group: 'kinetics',
    label: 'Cmax, CR/sCR vs VGPR',
    published: 'p = 0.958',
    needs: ['cmax_copies', 'best_response'],
    link: tabLink('kinetics', { by: 'cr_or_better' }),
    compute: mannWhitneyOne(
      'Cmax',
      'cmax_copies',
      (c) => crVs(c, ['VGPR']),
      ns('p = 0.958', 0.958),
    ),
  },
  {
    id: 'P16',
    group: 'kinetics',
    label: 'Cmax, prior ASCT vs not',
    published: 'figure only',
    needs: ['cmax_copies', 'prior_asct'],
    link: tabLink('kinetics', { by: 'prior_asct' }),
    compute: (c) => ({
      ...mannWhitneyOne('Cmax', 'cmax_copies', (x) => sideOf(x, 'prior_asct'), ns())(c),
      comparisons: [],
    }),
  },
  {
    id: 'P17',
    group: 'kinetics',
    label: 'Cmax by EMD, BM burden, high-risk cytogenetics, prior CAR-T',
    published: 'no significant difference',
    needs: ['cmax_copies'],
    optional: ['emd_or_pcl', 'bm_burden_high', 'high_risk_ca', 'prior_cart'],
    link: tabLink('kinetics'),
    compute: mannWhitneyAll((c) =>
      ['emd_or_pcl', 'bm_burden_high', 'high_risk_ca', 'prior_cart']
        .filter((f) => c.has(f))
        .map((f) => mw(c, `Cmax by ${c.frame.label(f)}`, 'cmax_copies', sideOf(c, f))),
    ),
  },

  // ---- §8 safety and immunogenicity ---------------------------------------------------------
  {
    id: 'A01',
    group: 'safety',
    label: 'Any CRS',
    published: '92.9% (52/56)',
    needs: ['crs_grade'],
    link: tabLink('safety'),
    compute: CRS((g) => g >= 1, 52),
  },
  {
    id: 'A02',
    group: 'safety',
    label: 'CRS grade 1–2',
    published: '85.7% (48/56)',
    needs: ['crs_grade'],
    link: tabLink('safety'),
    compute: CRS((g) => g === 1 || g === 2, 48),
  },
  {
    id: 'A03',
    group: 'safety',
    label: 'CRS grade 3',
    published: '7.1% (4/56)',
    needs: ['crs_grade'],
    link: tabLink('safety'),
    compute: CRS((g) => g === 3, 4),
  },
  {
    id: 'A04',
    group: 'safety',
    label: 'CRS 0–1 vs 2–3: Cmax, AUC day 0–28, persistence',
    published: 'no significant differences',
    needs: ['crs_high'],
    optional: ['cmax_copies', 'auc_0_28d', 'car_persist_months'],
    link: tabLink('safety', { by: 'crs_high' }),
    compute: mannWhitneyAll((c) =>
      [
        ['Cmax', 'cmax_copies'],
        ['AUC0–28d', 'auc_0_28d'],
        ['persistence', 'car_persist_months'],
      ]
        .filter(([, col]) => c.has(col))
        .map(([what, col]) => mw(c, what, col, sideOf(c, 'crs_high'))),
    ),
  },
  {
    id: 'A05',
    group: 'safety',
    label: 'AUC to the last sample, CRS 2–3 vs 0–1',
    published: 'higher in high grade (p not given)',
    needs: ['crs_high', 'auc_0_last'],
    link: tabLink('safety', { by: 'crs_high' }),
    compute: (c) => {
      const t = mw(c, 'AUC0–last', 'auc_0_last', sideOf(c, 'crs_high'));
      const { median1, median0 } = t.groups;
      const diff = median1 !== null && median0 !== null ? median1 - median0 : null;
      return {
        value: `median ${plain(median1, 0)} vs ${plain(median0, 0)} copies/µg × day; ${pPhrase(t.p)}`,
        method: `group medians; ${METHOD.mannWhitney}`,
        nUsed: t.n,
        comparisons: [compareDirection('CRS 2–3 minus 0–1 (medians)', 'higher in CRS 2–3', diff)],
      };
    },
  },
  {
    id: 'A06',
    group: 'safety',
    label: 'CRS 0–1 vs 2–3: CR at month 1, best response CR',
    published: 'no differences',
    needs: ['crs_high', 'cr_by_m1', 'cr_or_better'],
    link: tabLink('safety', { by: 'crs_high' }),
    compute: fisherAll([
      ['CR by month 1', 'crs_high', 'cr_by_m1'],
      ['best response CR/sCR', 'crs_high', 'cr_or_better'],
    ]),
  },
  {
    id: 'A07',
    group: 'safety',
    label: 'Anti-drug antibodies (ADA) positive',
    published: '9/56 (16.1%)',
    needs: ['ada_post_pos'],
    link: tabLink('safety'),
    compute: flag('ada_post_pos', 9, 56),
  },
  {
    id: 'A08',
    group: 'safety',
    label: 'ADA+ vs ADA−: Cmax, AUC day 0–28, AUC to the last sample',
    published: 'p > 0.05',
    needs: ['ada_post_pos'],
    optional: ['cmax_copies', 'auc_0_28d', 'auc_0_last'],
    link: tabLink('safety', { by: 'ada_post_pos' }),
    compute: mannWhitneyAll(
      (c) =>
        [
          ['Cmax', 'cmax_copies'],
          ['AUC0–28d', 'auc_0_28d'],
          ['AUC0–last', 'auc_0_last'],
        ]
          .filter(([, col]) => c.has(col))
          .map(([what, col]) => mw(c, what, col, sideOf(c, 'ada_post_pos'))),
      ns('p > 0.05', 0.05),
    ),
  },
  {
    id: 'A09',
    group: 'safety',
    label: 'CAR-T persistence, ADA+ vs ADA− (shorter in ADA+)',
    published: 'p = 0.010',
    needs: ['ada_post_pos', 'car_persist_months'],
    link: tabLink('safety', { by: 'ada_post_pos' }),
    notes: [
      'The test is not stated; Mann–Whitney is used. ADA is ascertained over follow-up (pitfalls P1, P10).',
    ],
    compute: (c) => {
      const t = mw(c, 'persistence', 'car_persist_months', sideOf(c, 'ada_post_pos'));
      const { median1, median0 } = t.groups;
      return {
        value: `median ${months(median1)} vs ${months(median0)} mo (ADA+ vs ADA−); ${pPhrase(t.p)}`,
        method: `group medians; ${METHOD.mannWhitney}`,
        nUsed: t.n,
        comparisons: [
          compareP('p', 'p = 0.010', 0.01, true, t.p),
          compareDirection(
            'ADA− minus ADA+ (medians)',
            'shorter in ADA+',
            median1 !== null && median0 !== null ? median0 - median1 : null,
          ),
        ],
      };
    },
  },
];
