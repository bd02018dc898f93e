/**
 * A tiny hand-made cohort (6 patients) that satisfies the data contract, used by the data tests
 * and written to tests/fixtures/good by scripts/make-fixtures.ts. Summary columns agree with the
 * serial data under the default rules (loss = first positive or PD, censor at last negative test,
 * loss of CAR-T detection after 1 BLQ sample, Cmax over days 0–28).
 */
import * as A from 'apache-arrow';
import { PATIENT_COLUMNS, META_KEYS } from '../../../src/lib/data/columns';

export type Row = Record<string, unknown>;
const MD = 30.4375;
const m = (day: number) => day / MD;

const base: Row = {
  is_simulated: 1,
  trial_id: 'ChiCTR1800018137',
  infusion_year: 2019,
  fu_potential_months: 60,
  age_years: 55,
  sex: 'M',
  ecog: 1,
  prior_lines: 4,
  prior_asct: 0,
  pi_exposed: 1,
  imid_exposed: 1,
  mab_exposed: 0,
  pi_refractory: 1,
  imid_refractory: 1,
  mab_refractory: 0,
  n_pi_refractory: 1,
  n_imid_refractory: 2,
  prior_cart: 0,
  isotype: 'IgG',
  iss_stage: 'II',
  ds_stage: 'III',
  ldh_high: 0,
  emd: 0,
  pcl: 0,
  bm_pc_pct: 30,
  fish_evaluable: 1,
  del17p: 0,
  t_4_14: 0,
  t_14_16: 0,
  bridging: 0,
  dose_level: 3,
  crs_grade: 1,
  tocilizumab: 0,
  steroids: 0,
  ada_post_pos: 0,
  ada_first_pos_months: null,
  auc_0_28d: null,
  auc_0_last: null,
};

const patients: Row[] = [
  {
    patient_id: 'P01',
    best_response: 'sCR',
    t_first_response_months: 0.5,
    t_first_cr_months: 0.9,
    mrd_first_neg_months: m(14),
    mrd_neg_end_months: m(730),
    mrd_neg_end_status: 0,
    pfs_months: 40,
    pfs_event: 0,
    pfs_event_type: 'none',
    os_months: 40,
    os_event: 0,
    cmax_copies: 120000,
    tmax_days: 14,
    pk_last_sample_day: 365,
    car_persist_months: m(180),
    car_persist_event: 1,
  },
  {
    patient_id: 'P02',
    sex: 'F',
    best_response: 'CR',
    t_first_response_months: 0.9,
    t_first_cr_months: 2,
    mrd_first_neg_months: m(28),
    mrd_neg_end_months: m(365),
    mrd_neg_end_status: 1,
    pfs_months: 14,
    pfs_event: 1,
    pfs_event_type: 'progression',
    os_months: 30,
    os_event: 1,
    cmax_copies: 20000,
    tmax_days: 14,
    pk_last_sample_day: 90,
    car_persist_months: m(28),
    car_persist_event: 1,
    mab_exposed: 1,
    mab_refractory: 1,
    n_pi_refractory: 2,
    del17p: 1,
    bm_pc_pct: 60,
    crs_grade: 2,
  },
  {
    patient_id: 'P03',
    best_response: 'VGPR',
    t_first_response_months: 1,
    t_first_cr_months: null,
    mrd_first_neg_months: m(14),
    mrd_neg_end_months: 8,
    mrd_neg_end_status: 2,
    pfs_months: 8,
    pfs_event: 1,
    pfs_event_type: 'death',
    os_months: 8,
    os_event: 1,
    cmax_copies: 9000,
    tmax_days: 28,
    pk_last_sample_day: 28,
    car_persist_months: m(28),
    car_persist_event: 0,
    fish_evaluable: 0,
    del17p: null,
    t_4_14: null,
    t_14_16: null,
  },
  {
    patient_id: 'P04',
    best_response: 'PD',
    t_first_response_months: null,
    t_first_cr_months: null,
    mrd_first_neg_months: null,
    mrd_neg_end_months: null,
    mrd_neg_end_status: null,
    pfs_months: 1.5,
    pfs_event: 1,
    pfs_event_type: 'progression',
    os_months: 10,
    os_event: 1,
    cmax_copies: 1000,
    tmax_days: 7,
    pk_last_sample_day: 14,
    car_persist_months: m(7),
    car_persist_event: 1,
    emd: 1,
    age_years: null,
  },
  {
    patient_id: 'P05',
    best_response: 'PR',
    t_first_response_months: 1,
    t_first_cr_months: null,
    mrd_first_neg_months: null,
    mrd_neg_end_months: null,
    mrd_neg_end_status: null,
    pfs_months: 20,
    pfs_event: 1,
    pfs_event_type: 'progression',
    os_months: 25,
    os_event: 0,
    cmax_copies: null,
    tmax_days: null,
    pk_last_sample_day: null,
    car_persist_months: null,
    car_persist_event: null,
  },
  {
    patient_id: 'P06',
    best_response: 'CR',
    t_first_response_months: 0.5,
    t_first_cr_months: 0.5,
    mrd_first_neg_months: m(14),
    mrd_neg_end_months: m(1095),
    mrd_neg_end_status: 0,
    pfs_months: 50,
    pfs_event: 0,
    pfs_event_type: 'none',
    os_months: 50,
    os_event: 0,
    cmax_copies: 300000,
    tmax_days: 10,
    pk_last_sample_day: 1095,
    car_persist_months: m(1095),
    car_persist_event: 0,
    ada_post_pos: 1,
    ada_first_pos_months: 3,
  },
];

export const cohortRows = (): Row[] => patients.map((p) => ({ ...base, ...p }));

export type Serial = Record<string, Record<string, Row[]>>;

const neg = (day: number) => ({ day, result: 'neg' });
const pos = (day: number) => ({ day, result: 'pos' });
const pk = (day: number, copies: number) => ({
  day,
  copies_per_ug: copies,
  below_lloq: copies > 0 ? 0 : 1,
});

export const cohortSerial = (): Serial => ({
  mrd_assessments: {
    P01: [neg(14), neg(28), neg(90), neg(180), neg(365), neg(730)],
    P02: [pos(14), neg(28), neg(90), pos(365)],
    P03: [{ day: -5, result: 'pos' }, neg(14), neg(90)],
    P04: [pos(28)],
    P05: [],
    P06: [neg(14), { day: 28, result: 'ne' }, neg(365), neg(1095)],
  },
  pk_samples: {
    P01: [pk(7, 50000), pk(14, 120000), pk(28, 30000), pk(90, 500), pk(180, 100), pk(365, 0)],
    P02: [pk(7, 8000), pk(14, 20000), pk(28, 5000), pk(90, 0)],
    P03: [pk(7, 3000), pk(14, 5000), pk(28, 9000)],
    P04: [pk(7, 1000), pk(14, 0)],
    P05: [],
    P06: [pk(10, 300000), pk(28, 100000), pk(365, 2000), pk(1095, 50)],
  },
  response_assessments: {
    P01: [
      { day: 15, response: 'PR', confirmed: 1 },
      { day: 27, response: 'sCR', confirmed: 1 },
    ],
    P02: [
      { day: 27, response: 'PR', confirmed: 1 },
      { day: 61, response: 'CR', confirmed: 1 },
    ],
    P03: [{ day: 30, response: 'VGPR', confirmed: 1 }],
    P04: [{ day: 28, response: 'PD', confirmed: 1 }],
    P05: [{ day: 30, response: 'PR', confirmed: 0 }],
    P06: [{ day: 15, response: 'CR', confirmed: 1 }],
  },
});

const cell = (v: unknown) => (v === null || v === undefined ? 'NA' : String(v));

/** CSV text of patient rows (columns in contract order, then any extras). */
export function toCsv(rows: Row[], eol = '\n'): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [names.join(','), ...rows.map((r) => names.map((n) => cell(r[n])).join(','))];
  return lines.join(eol) + eol;
}

/** Long CSV of one serial column: patient_id plus the entry fields. */
export function toLongCsv(byPatient: Record<string, Row[]>, fields: string[]): string {
  const lines = [['patient_id', ...fields].join(',')];
  for (const [id, entries] of Object.entries(byPatient)) {
    for (const e of entries) lines.push([id, ...fields.map((f) => cell(e[f]))].join(','));
  }
  return lines.join('\n') + '\n';
}

const F = (name: string, type: A.DataType) => new A.Field(name, type, true);
const SERIAL_TYPES: Record<string, A.DataType> = {
  mrd_assessments: new A.List(
    F('item', new A.Struct([F('day', new A.Float64()), F('result', new A.Utf8())])),
  ),
  pk_samples: new A.List(
    F(
      'item',
      new A.Struct([
        F('day', new A.Float64()),
        F('copies_per_ug', new A.Float64()),
        F('below_lloq', new A.Bool()),
      ]),
    ),
  ),
  response_assessments: new A.List(
    F(
      'item',
      new A.Struct([
        F('day', new A.Float64()),
        F('response', new A.Utf8()),
        F('confirmed', new A.Int32()),
      ]),
    ),
  ),
};

function arrowType(name: string): A.DataType {
  const spec = PATIENT_COLUMNS.find((c) => c.name === name);
  if (spec?.type === 'integer') return new A.Int64();
  if (spec?.type === 'boolean') return name.endsWith('_event') ? new A.Int32() : new A.Bool();
  if (spec?.type === 'enum') return new A.Dictionary(new A.Utf8(), new A.Int32());
  if (spec?.type === 'string') return new A.Utf8();
  return new A.Float64();
}

/** Arrow IPC bytes: integers as Int64, booleans as Bool (events as Int32), enums dictionary-encoded. */
export function toArrow(
  rows: Row[],
  serial: Serial | null,
  format: 'file' | 'stream',
  metadata: Record<string, string> = {
    [META_KEYS.formatVersion]: '1',
    [META_KEYS.simulated]: 'true',
    [META_KEYS.label]: 'Fixture cohort',
    [META_KEYS.monthDays]: String(MD),
  },
): Uint8Array {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const vectors: Record<string, A.Vector> = {};
  for (const name of names) {
    const type = arrowType(name);
    const values = rows.map((r) => {
      const v = r[name];
      if (v === null || v === undefined) return null;
      if (type instanceof A.Int64) return BigInt(v as number);
      if (type instanceof A.Bool) return v === 1;
      return v;
    });
    vectors[name] = A.vectorFromArray(values, type);
  }
  for (const [col, byPatient] of Object.entries(serial ?? {})) {
    const lists = rows.map((r) => {
      const entries = byPatient[r.patient_id as string];
      if (!entries) return null;
      return col === 'pk_samples'
        ? entries.map((e) => ({ ...e, below_lloq: e.below_lloq === 1 }))
        : entries;
    });
    vectors[col] = A.vectorFromArray(lists, SERIAL_TYPES[col]);
  }
  const table = new A.Table(vectors);
  for (const [k, v] of Object.entries(metadata)) table.schema.metadata.set(k, v);
  return A.tableToIPC(table, format);
}
