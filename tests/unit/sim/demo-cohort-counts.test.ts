import { describe, expect, it } from 'vitest';
import { quantileType6 } from '../../../scripts/sim/quantile-type6';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { countWhere, loadDemoCohort, values } from './demo-cohort-file';

// Expected values are the published counts of calibration.md §1a–1b (with the §2 resolutions),
// recomputed from the COMMITTED public/data/demo-cohort.arrow through decodeTable + deriveColumns.
const { derived: t } = loadDemoCohort();
const nums = (name: string) => values(t, name).filter((v): v is number => typeof v === 'number');
const both = (a: string, av: unknown, b: string, bv: unknown) => {
  const y = values(t, b);
  return values(t, a).filter((v, i) => v === av && y[i] === bv).length;
};
const oneDecimal = (v: number) => Math.round(v * 10) / 10;

describe('the simulated cohort keeps every published count exact', () => {
  it.each([
    ['56 patients are in the cohort', () => t.numRows(), 56],
    ['28 patients are male', () => countWhere(t, 'sex', 'M'), 28],
    ['16 patients had a prior ASCT', () => countWhere(t, 'prior_asct', 1), 16],
    ['10 patients are anti-myeloma antibody exposed', () => countWhere(t, 'mab_exposed', 1), 10],
    ['53 patients have ECOG 1', () => countWhere(t, 'ecog', 1), 53],
    ['28 patients have IgG myeloma', () => countWhere(t, 'isotype', 'IgG'), 28],
    ['8 patients have IgA myeloma', () => countWhere(t, 'isotype', 'IgA'), 8],
    ['17 patients have light-chain myeloma', () => countWhere(t, 'isotype', 'light_chain'), 17],
    ['3 patients have IgD myeloma', () => countWhere(t, 'isotype', 'IgD'), 3],
    ['4 patients are ISS III', () => countWhere(t, 'iss_stage', 'III'), 4],
    [
      '2 patients have no ISS stage',
      () => values(t, 'iss_stage').filter((v) => v === null).length,
      2,
    ],
    ['46 patients are Durie–Salmon III', () => countWhere(t, 'ds_stage', 'III'), 46],
    ['10 patients have EMD or PCL', () => countWhere(t, 'emd_or_pcl', 1), 10],
    ['55 patients are FISH evaluable', () => countWhere(t, 'fish_evaluable', 1), 55],
    ['21 patients have high-risk cytogenetics', () => countWhere(t, 'high_risk_ca', 1), 21],
    ['18 patients had bridging therapy', () => countWhere(t, 'bridging', 1), 18],
    ['48 patients got 1 × 10⁶ cells/kg', () => countWhere(t, 'dose_level', 1), 48],
    ['6 patients got 3 × 10⁶ cells/kg', () => countWhere(t, 'dose_level', 3), 6],
    ['2 patients got 6 × 10⁶ cells/kg', () => countWhere(t, 'dose_level', 6), 2],
    [
      '56 patients are PI and/or IMiD exposed',
      () =>
        both('pi_exposed', 1, 'imid_exposed', 1) +
        both('pi_exposed', 1, 'imid_exposed', 0) +
        both('pi_exposed', 0, 'imid_exposed', 1),
      56,
    ],
    ['54 patients responded (PR or better)', () => countWhere(t, 'responder', 1), 54],
    ['45 patients reached CR or sCR', () => countWhere(t, 'cr_or_better', 1), 45],
    ['2 patients stayed below PR', () => countWhere(t, 'responder', 0), 2],
    ['29 patients progressed', () => countWhere(t, 'pfs_event_type', 'progression'), 29],
    ['4 patients died without progression', () => countWhere(t, 'pfs_event_type', 'death'), 4],
    ['23 patients are alive and progression-free', () => both('pfs_event', 0, 'os_event', 0), 23],
    ['33 patients have a PFS event', () => countWhere(t, 'pfs_event', 1), 33],
    ['54 patients were ever MRD-negative', () => countWhere(t, 'mrd_ever_neg', 1), 54],
    [
      '21 patients are sustained MRD-negative and alive',
      () => countWhere(t, 'mrd_group', 'sustained_neg'),
      21,
    ],
    ['4 patients died while MRD-negative', () => countWhere(t, 'mrd_group', 'died_mrd_neg'), 4],
    ['29 patients lost MRD negativity', () => countWhere(t, 'mrd_group', 'lost_neg'), 29],
    ['2 patients stayed MRD-positive', () => countWhere(t, 'mrd_group', 'persistent_pos'), 2],
    [
      '41 patients were MRD-negative for 12 months or longer',
      () => countWhere(t, 'mrd_neg_ge12', 1),
      41,
    ],
    [
      '11 patients were MRD-negative for 36 months or longer',
      () => countWhere(t, 'mrd_neg_ge36', 1),
      11,
    ],
    [
      '3 of those 11 later lost MRD negativity',
      () => both('mrd_neg_ge36', 1, 'mrd_neg_end_status', 1),
      3,
    ],
    [
      'all 11 patients MRD-negative for 36 months or longer are sCR',
      () => both('mrd_neg_ge36', 1, 'best_response', 'sCR'),
      11,
    ],
    [
      '43 patients had CAR-T persistence of 6 months or longer',
      () => countWhere(t, 'car_persist_ge6', 1),
      43,
    ],
    [
      '22 patients had CAR-T persistence of 12 months or longer',
      () => countWhere(t, 'car_persist_ge12', 1),
      22,
    ],
    [
      '14 patients had CAR-T persistence of 24 months or longer',
      () => countWhere(t, 'car_persist_ge24', 1),
      14,
    ],
    [
      '4 patients had CAR-T persistence of 36 months or longer',
      () => countWhere(t, 'car_persist_ge36', 1),
      4,
    ],
    ['52 patients had CRS', () => nums('crs_grade').filter((g) => g >= 1).length, 52],
    ['4 patients had no CRS', () => countWhere(t, 'crs_grade', 0), 4],
    ['34 patients had grade 1 CRS', () => countWhere(t, 'crs_grade', 1), 34],
    ['14 patients had grade 2 CRS', () => countWhere(t, 'crs_grade', 2), 14],
    ['4 patients had grade 3 CRS', () => countWhere(t, 'crs_grade', 3), 4],
    ['9 patients were ADA-positive', () => countWhere(t, 'ada_post_pos', 1), 9],
  ] as const)('%s', (_, compute, expected) => {
    expect(compute()).toBe(expected);
  });

  it('at least 11 patients are sCR', () => {
    expect(countWhere(t, 'best_response', 'sCR')).toBeGreaterThanOrEqual(11);
  });
});

describe('the simulated cohort keeps the published ranges, medians and quartiles', () => {
  it.each([
    [
      'follow-up runs from 1.0 to 69.3 months',
      () => [
        oneDecimal(Math.min(...nums('os_months'))),
        oneDecimal(Math.max(...nums('os_months'))),
      ],
      [1.0, 69.3],
    ],
    [
      'Tmax runs from 7 to 22 days',
      () => [Math.min(...nums('tmax_days')), Math.max(...nums('tmax_days'))],
      [7, 22],
    ],
    [
      'CAR-T persistence runs from 0 to 66.0 months',
      () => [
        oneDecimal(Math.min(...nums('car_persist_months'))),
        oneDecimal(Math.max(...nums('car_persist_months'))),
      ],
      [0, 66.0],
    ],
    ['the median Tmax is 12 days', () => [quantileType6(nums('tmax_days'), 0.5)], [12]],
    [
      'the median CAR-T persistence is 9.0 months',
      () => [oneDecimal(quantileType6(nums('car_persist_months'), 0.5))],
      [9.0],
    ],
    [
      'the median time to first MRD negativity is 0.5 months',
      () => [oneDecimal(quantileType6(nums('mrd_first_neg_months'), 0.5))],
      [0.5],
    ],
    // R: quantile(x, c(.25, .5, .75), type = 6) — SPSS HAVERAGE, as the paper
    [
      'age quartiles (type 6) are 51 / 56 / 61',
      () => [0.25, 0.5, 0.75].map((p) => quantileType6(nums('age_years'), p)),
      [51, 56, 61],
    ],
    [
      'prior-line quartiles (type 6) are 4 / 5 / 6',
      () => [0.25, 0.5, 0.75].map((p) => quantileType6(nums('prior_lines'), p)),
      [4, 5, 6],
    ],
    [
      'BM plasma-cell quartiles (type 6) are 16.3 / 60 / 80',
      () => [0.25, 0.5, 0.75].map((p) => oneDecimal(quantileType6(nums('bm_pc_pct'), p))),
      [16.3, 60, 80],
    ],
  ] as const)('%s', (_, compute, expected) => {
    expect(compute()).toEqual(expected);
  });

  it('overall survival does not reach its median (kaplanMeier, as survfit)', () => {
    const os = Float64Array.from(nums('os_months'));
    const ev = Uint8Array.from(values(t, 'os_event') as number[]);
    expect(kaplanMeier(os, ev).median).toBeNull();
  });
});
