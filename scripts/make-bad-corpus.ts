/**
 * Writes the bad-data corpus to tests/fixtures/bad/ (the cases are in scripts/bad-corpus/cases.ts;
 * the files made by scripts/make-fixtures.ts are left to it). Files over 50 MB are never written
 * here: the tests make them at run time. Run: npx tsx scripts/make-bad-corpus.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_CASES } from './bad-corpus/cases';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'bad');
mkdirSync(dir, { recursive: true });
let written = 0;
let bytes = 0;
for (const c of BAD_CASES) {
  if (!c.make) continue;
  const data = c.make();
  writeFileSync(join(dir, c.file), data);
  written++;
  bytes += data.length;
}
console.log(
  `${written} corpus files (${(bytes / 1024).toFixed(0)} KB) written to ${dir}; ${BAD_CASES.length} cases in all`,
);
