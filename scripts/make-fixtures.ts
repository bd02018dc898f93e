/**
 * Writes the small data-layer test files: tests/fixtures/good (a valid 6-patient cohort as Arrow
 * file, Arrow stream, CSV and long CSVs) and tests/fixtures/bad (files that must give a clean
 * error report). Run: npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MONTH_DAYS, PATIENT_COLUMNS } from '../src/lib/data/columns';
import {
  cohortRows,
  cohortSerial,
  toArrow,
  toCsv,
  toLongCsv,
} from '../tests/unit/data/fixture-cohort';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures');
const good = join(root, 'good');
const bad = join(root, 'bad');
mkdirSync(good, { recursive: true });
mkdirSync(bad, { recursive: true });

const rows = cohortRows();
const serial = cohortSerial();
const arrowFile = toArrow(rows, serial, 'file');

writeFileSync(join(good, 'cohort.arrow'), arrowFile);
writeFileSync(join(good, 'cohort-stream.arrows'), toArrow(rows, serial, 'stream'));
writeFileSync(join(good, 'cohort.csv'), toCsv(rows));
writeFileSync(join(good, 'cohort-excel.csv'), `\uFEFF${toCsv(rows, '\r\n')}`);
writeFileSync(join(good, 'mrd.csv'), toLongCsv(serial.mrd_assessments, ['day', 'result']));
writeFileSync(
  join(good, 'pk.csv'),
  toLongCsv(serial.pk_samples, ['day', 'copies_per_ug', 'below_lloq']),
);
writeFileSync(
  join(good, 'response.csv'),
  toLongCsv(serial.response_assessments, ['day', 'response', 'confirmed']),
);

// deterministic "random" bytes (LCG), so the file never changes between runs
let seed = 12345;
const garbage = Uint8Array.from({ length: 512 }, () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return (seed >>> 16) & 0xff;
});
writeFileSync(join(bad, 'garbage.bin'), garbage);
writeFileSync(join(bad, 'empty.csv'), new Uint8Array(0));
// a valid 1×1 PNG
const png =
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082';
writeFileSync(join(bad, 'image.png'), Buffer.from(png, 'hex'));
writeFileSync(
  join(bad, 'truncated.arrow'),
  arrowFile.subarray(0, Math.floor(arrowFile.length * 0.6)),
);
const stream = toArrow(rows, serial, 'stream');
writeFileSync(join(bad, 'truncated-stream.arrows'), stream.subarray(0, 100));

// one file with many problems at once (validation must list them all)
const broken = cohortRows().map((r) => ({ ...r }));
broken[1].pfs_months = -2; // negative time → error
broken[2].pfs_event = 2; // not 0/1 → error
broken[3].patient_id = 'P01'; // duplicate → error
broken[4].sex = 'male'; // not an allowed value → error
broken[5].age_years = 99; // looks like a missing-value code → warning
writeFileSync(join(bad, 'bad-values.csv'), toCsv(broken));
const noPfs = cohortRows().map(({ pfs_months: _p, os_event: _o, ...r }) => ({ ...r, site: 'A' }));
writeFileSync(join(bad, 'missing-columns.csv'), toCsv(noPfs));
// every months column in whole days instead (must be refused by the unit check)
const monthColumns = new Set(PATIENT_COLUMNS.filter((c) => c.unit === 'months').map((c) => c.name));
const inDays = cohortRows().map((r) =>
  Object.fromEntries(
    Object.entries(r).map(([k, v]) => [
      k,
      monthColumns.has(k) && typeof v === 'number' ? Math.round(v * DEFAULT_MONTH_DAYS) : v,
    ]),
  ),
);
writeFileSync(join(bad, 'times-in-days.csv'), toCsv(inDays));
console.log(`fixtures written to ${root}`);
