import type { DataTable } from '../../src/lib/data/data-table';
import { deriveColumns } from '../../src/lib/data/derive';
import { quantileType6 } from './quantile-type6';

/** One hard target of calibration.md §1a checked on the stored table. */
export interface HardCheck {
  id: string;
  group: string;
  label: string;
  published: string;
  simulated: string;
  pass: boolean;
}

const r1 = (v: number): string => (Math.round(v * 10) / 10).toFixed(1);

/**
 * Every hard count of calibration.md §1a (and the exact §1b quartiles), recomputed from a
 * decoded patient table with the explorer's deriveColumns — the numbers a user of the
 * explorer would see. Published values are the paper's (with §2 resolutions).
 */
export function hardChecks(input: DataTable, monthDays: number): HardCheck[] {
  const t = deriveColumns(input, { monthDays });
  const col = (name: string): unknown[] => Array.from(t.array(name) as ArrayLike<unknown>);
  const nums = (name: string): number[] =>
    col(name).filter((v): v is number => typeof v === 'number');
  const count = (name: string, value: unknown): number =>
    col(name).filter((v) => v === value).length;
  const nullCount = (name: string): number =>
    col(name).filter((v) => v === null || v === undefined).length;
  const both = (a: string, av: unknown, b: string, bv: unknown): number => {
    const [x, y] = [col(a), col(b)];
    return x.filter((v, i) => v === av && y[i] === bv).length;
  };
  const out: HardCheck[] = [];
  const add = (
    id: string,
    group: string,
    label: string,
    published: number | string,
    simulated: number | string,
  ): void => {
    out.push({
      id,
      group,
      label,
      published: String(published),
      simulated: String(simulated),
      pass: String(published) === String(simulated),
    });
  };
  const quart = (name: string, digits: number): string =>
    [0.25, 0.5, 0.75]
      .map((p) => String(Number(quantileType6(nums(name), p).toFixed(digits))))
      .join(' / ');
  const median = (xs: number[]): number => quantileType6(xs, 0.5);
  const range = (xs: number[]): string => `${r1(Math.min(...xs))}–${r1(Math.max(...xs))}`;

  add('C02', 'Baseline', 'Male', 28, count('sex', 'M'));
  add('C05', 'Baseline', 'Prior ASCT', 16, count('prior_asct', 1));
  add('C04', 'Baseline', 'Anti-myeloma antibody exposed', 10, count('mab_exposed', 1));
  add('C06', 'Baseline', 'ECOG 1', 53, count('ecog', 1));
  add('C08', 'Baseline', 'Isotype IgG', 28, count('isotype', 'IgG'));
  add('C09', 'Baseline', 'Isotype IgA', 8, count('isotype', 'IgA'));
  add('C10', 'Baseline', 'Light chain only', 17, count('isotype', 'light_chain'));
  add('C10b', 'Baseline', 'Other isotype (IgD, assumed)', 3, count('isotype', 'IgD'));
  add('C11', 'Baseline', 'ISS III (of 54 staged)', 4, count('iss_stage', 'III'));
  add('C11b', 'Baseline', 'ISS missing', 2, nullCount('iss_stage'));
  add('C12', 'Baseline', 'Durie–Salmon III', 46, count('ds_stage', 'III'));
  add('C13', 'Baseline', 'EMD and/or PCL', 10, count('emd_or_pcl', 1));
  add('C15', 'Baseline', 'FISH evaluable', 55, count('fish_evaluable', 1));
  add('C16', 'Baseline', 'High-risk CA (of 55)', 21, count('high_risk_ca', 1));
  add('C17', 'Baseline', 'Bridging therapy', 18, count('bridging', 1));
  add('C19', 'Baseline', 'Dose 1 × 10⁶/kg', 48, count('dose_level', 1));
  add('C20', 'Baseline', 'Dose 3 × 10⁶/kg', 6, count('dose_level', 3));
  add('C21', 'Baseline', 'Dose 6 × 10⁶/kg', 2, count('dose_level', 6));
  add(
    'C03',
    'Baseline',
    'PI and/or IMiD exposed',
    56,
    col('pi_exposed').filter((v, i) => v === 1 || col('imid_exposed')[i] === 1).length,
  );
  add('C01', 'Baseline', 'Age quartiles (type 6)', '51 / 56 / 61', quart('age_years', 1));
  add('C07', 'Baseline', 'Prior lines quartiles (type 6)', '4 / 5 / 6', quart('prior_lines', 1));
  add(
    'C14',
    'Baseline',
    'BM plasma cells quartiles (type 6), %',
    '16.3 / 60 / 80',
    quart('bm_pc_pct', 1),
  );
  add('R01', 'Response', 'PR or better', 54, count('responder', 1));
  add('R02', 'Response', 'CR or sCR', 45, count('cr_or_better', 1));
  add('R02b', 'Response', 'Below PR', 2, count('responder', 0));
  const dur = col('mrd_neg_duration_months');
  const scr36 = col('best_response').filter(
    (v, i) => v === 'sCR' && typeof dur[i] === 'number' && (dur[i] as number) >= 36,
  ).length;
  add('R10', 'Response', 'sCR among MRD-negative ≥ 36 months (11 of 11)', 11, scr36);
  add('R02c', 'Response', 'sCR at least 11', 'true', String(count('best_response', 'sCR') >= 11));
  add('R09', 'Disposition', 'Progression', 29, count('pfs_event_type', 'progression'));
  add('R08b', 'Disposition', 'Death without progression', 4, count('pfs_event_type', 'death'));
  add('R08', 'Disposition', 'Alive and progression-free', 23, both('pfs_event', 0, 'os_event', 0));
  add('S02n', 'Disposition', 'PFS events', 33, count('pfs_event', 1));
  add('M01', 'MRD', 'Ever MRD-negative', 54, count('mrd_ever_neg', 1));
  add('M04', 'MRD', 'Sustained negative and alive', 21, count('mrd_group', 'sustained_neg'));
  add('M05', 'MRD', 'Died while MRD-negative', 4, count('mrd_group', 'died_mrd_neg'));
  add('M06', 'MRD', 'Lost MRD negativity', 29, count('mrd_group', 'lost_neg'));
  add('M07', 'MRD', 'Persistent MRD-positive', 2, count('mrd_group', 'persistent_pos'));
  add('M08', 'MRD', 'MRD-negative ≥ 12 months (41, see conflicts)', 41, count('mrd_neg_ge12', 1));
  add('M09', 'MRD', 'MRD-negative ≥ 36 months', 11, count('mrd_neg_ge36', 1));
  add(
    'M09b',
    'MRD',
    'MRD-negative ≥ 36 months who later lost negativity',
    3,
    both('mrd_neg_ge36', 1, 'mrd_neg_end_status', 1),
  );
  add(
    'M02',
    'MRD',
    'Median time to first MRD negativity, months',
    '0.5',
    r1(median(nums('mrd_first_neg_months'))),
  );
  add('P04', 'CAR-T persistence', 'Persistence ≥ 6 months', 43, count('car_persist_ge6', 1));
  add('P05', 'CAR-T persistence', 'Persistence ≥ 12 months', 22, count('car_persist_ge12', 1));
  add('P06', 'CAR-T persistence', 'Persistence ≥ 24 months', 14, count('car_persist_ge24', 1));
  add('P07', 'CAR-T persistence', 'Persistence ≥ 36 months', 4, count('car_persist_ge36', 1));
  add(
    'P03',
    'CAR-T persistence',
    'Median persistence, months',
    '9.0',
    r1(median(nums('car_persist_months'))),
  );
  add(
    'P03r',
    'CAR-T persistence',
    'Persistence range, months',
    '0.0–66.0',
    range(nums('car_persist_months')),
  );
  add('P01', 'CAR-T persistence', 'Median Tmax, days', 12, median(nums('tmax_days')));
  add(
    'P01r',
    'CAR-T persistence',
    'Tmax range, days',
    '7–22',
    `${Math.min(...nums('tmax_days'))}–${Math.max(...nums('tmax_days'))}`,
  );
  add('A01', 'Safety', 'Any CRS', 52, nums('crs_grade').filter((g) => g >= 1).length);
  for (const g of [0, 1, 2, 3])
    add(`A0${g}g`, 'Safety', `CRS grade ${g}`, [4, 34, 14, 4][g], count('crs_grade', g));
  add('A07', 'Safety', 'ADA-positive', 9, count('ada_post_pos', 1));
  add('C22r', 'Follow-up', 'Follow-up range, months', '1.0–69.3', range(nums('os_months')));
  add('N', 'Cohort', 'Patients', 56, t.numRows());
  add('SIM', 'Cohort', 'Rows flagged is_simulated = 1', 56, count('is_simulated', 1));
  return out;
}
