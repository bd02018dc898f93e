/**
 * Writes the messy hospital-style exports (scripts/messy-exports/exports.ts) and the mapping a
 * user confirms for each to tests/fixtures/messy/. Run: npx tsx scripts/make-messy-exports.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mappingJson } from '../src/lib/data/mapping/column-mapping';
import { MESSY_EXPORTS, demoRows, messyCsv } from './messy-exports/exports';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'messy');
mkdirSync(dir, { recursive: true });
const rows = demoRows();
for (const e of MESSY_EXPORTS) {
  writeFileSync(join(dir, e.file), messyCsv(e, rows));
  writeFileSync(join(dir, e.file.replace(/\.csv$/, '.mapping.json')), mappingJson(e.mapping));
}
console.log(`${MESSY_EXPORTS.length} messy exports and their mappings written to ${dir}`);
