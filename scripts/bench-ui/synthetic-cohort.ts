/**
 * A large synthetic cohort in the data contract, for the UI benchmark only: every patient
 * column filled with valid random values (exponential PFS/OS, ~30 % censored). Marked simulated.
 */
import {
  Table,
  makeVector,
  vectorFromArray,
  Utf8,
  Float64,
  tableToIPC,
  Schema,
  Field,
} from 'apache-arrow';
import {
  FORMAT_VERSION,
  META_KEYS,
  PATIENT_COLUMNS,
  type ColumnSpec,
} from '../../src/lib/data/columns';
import { createRng } from '../sim/prng';

export function syntheticCohortArrow(n: number, seed = 1): Uint8Array {
  const rng = createRng(seed);
  const rand = () => rng.uniform();
  // Times are whole days expressed in months, as real registry data are (≤ ~2,200 distinct times).
  const day = (months: number) => Math.max(1, Math.round(months * 30.4375)) / 30.4375;
  const exp = (rate: number) => day(-Math.log(1 - rand()) / rate);
  const fu = Float64Array.from({ length: n }, () => day(12 + rand() * 60));
  const pfsTrue = Float64Array.from({ length: n }, () => exp(1 / 30));
  const pfs = Float64Array.from(pfsTrue, (t, i) => Math.min(t, fu[i]));
  const pfsEvent = Float64Array.from(pfsTrue, (t, i) => (t <= fu[i] ? 1 : 0));
  const os = Float64Array.from(pfs, (t, i) => Math.max(t, Math.min(t + exp(1 / 40), fu[i])));
  const osEvent = Float64Array.from(os, (t, i) => (t < fu[i] ? 1 : 0));
  const special: Record<string, ArrayLike<number> | string[]> = {
    patient_id: Array.from({ length: n }, (_, i) => `SYN-${i + 1}`),
    fu_potential_months: fu,
    pfs_months: pfs,
    pfs_event: pfsEvent,
    pfs_event_type: Array.from(pfsEvent, (e) => (e ? 'progression' : 'none')),
    os_months: os,
    os_event: osEvent,
    is_simulated: new Float64Array(n).fill(1),
    fish_evaluable: new Float64Array(n).fill(1),
    best_response: Array.from({ length: n }, () => (rand() < 0.8 ? 'CR' : 'PR')),
    // Infused 2010–2019, so infusion year + follow-up (≤ 6 years) stays before today.
    infusion_year: Float64Array.from({ length: n }, () => 2010 + Math.floor(rand() * 10)),
    dose_level: Float64Array.from({ length: n }, () => [1, 3, 6][Math.floor(rand() * 3)]),
  };
  const column = (spec: ColumnSpec) => {
    const given = special[spec.name];
    if (given)
      return Array.isArray(given)
        ? vectorFromArray(given, new Utf8())
        : makeVector(Float64Array.from(given as ArrayLike<number>));
    if (spec.type === 'enum' || spec.type === 'string') {
      const levels = spec.levels ?? ['a', 'b'];
      return vectorFromArray(
        Array.from({ length: n }, () => levels[Math.floor(rand() * levels.length)]),
        new Utf8(),
      );
    }
    const lo = spec.min ?? 0;
    const hi = spec.max ?? lo + 24;
    const values = Float64Array.from({ length: n }, () =>
      spec.type === 'boolean'
        ? rand() < 0.4
          ? 1
          : 0
        : spec.type === 'integer'
          ? Math.floor(lo + rand() * (hi - lo + 1))
          : lo + rand() * (hi - lo),
    );
    return makeVector(values);
  };
  const vectors = Object.fromEntries(PATIENT_COLUMNS.map((c) => [c.name, column(c)]));
  const fields = PATIENT_COLUMNS.map((c) => new Field(c.name, vectors[c.name].type, true));
  const metadata = new Map([
    [META_KEYS.formatVersion, FORMAT_VERSION],
    [META_KEYS.simulated, 'true'],
    [META_KEYS.label, `Synthetic benchmark cohort (n = ${n}) — simulated`],
    [META_KEYS.monthDays, '30.4375'],
  ]);
  const table = new Table(new Schema(fields, metadata), vectors);
  void Float64;
  return tableToIPC(table, 'file');
}
