/**
 * Writes tests/fixtures/paper-target-ids.json: the id of every target in the tables of
 * targets.md §1–§8 (the paper's published numbers), by section, so the unit tests can check that
 * the "Paper vs this dataset" table lists each exactly once without reading the spec at test time.
 * §9 (literature values) has no table and no ids. Run:
 *   npx tsx scripts/paper/target-ids.ts [path/to/targets.md]   (default /work/shared/spec/targets.md)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sections of targets.md and the ids in the first column of their tables. */
function targetIds(markdown: string): { section: number; title: string; ids: string[] }[] {
  const out: { section: number; title: string; ids: string[] }[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+)\. (.+)$/.exec(line);
    if (heading) {
      out.push({ section: Number(heading[1]), title: heading[2].trim(), ids: [] });
      continue;
    }
    const row = /^\| ([A-Z]\d{2}) \|/.exec(line);
    if (row && out.length) out.at(-1)!.ids.push(row[1]);
  }
  return out.filter((s) => s.section >= 1 && s.section <= 8);
}

const source = process.argv[2] ?? '/work/shared/spec/targets.md';
const sections = targetIds(readFileSync(source, 'utf8'));
const file = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'paper-target-ids.json');
writeFileSync(
  file,
  JSON.stringify({ source: 'targets.md §1–§8, first column of each table', sections }, null, 2) +
    '\n',
);
console.log(`wrote ${file}: ${sections.reduce((n, s) => n + s.ids.length, 0)} ids`);
