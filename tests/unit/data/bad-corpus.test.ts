import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { MAX_FILE_BYTES } from '../../../src/lib/data/limits';
import { BAD_CASES } from '../../../scripts/bad-corpus/cases';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
const read = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
/** A fixed "today", so the follow-up check gives the same answer every year. */
const now = new Date('2026-06-01T00:00:00Z');

describe('the bad-data corpus (tests/fixtures/bad, scripts/make-bad-corpus.ts)', () => {
  it('has at least 60 cases, every file listed once, under 2 MB in all', () => {
    const files = BAD_CASES.map((c) => c.file);
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(new Set(files).size).toBe(files.length);
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
    const total = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(BAD_CASES.filter((c) => c.make).map((c) => [c.file, c] as const))(
    '%s is what the generator writes',
    (file, c) => {
      expect(read(file)).toEqual(c.make!());
    },
    30_000, // the 505-column Arrow file takes a few seconds on a busy machine
  );

  it.each(BAD_CASES.map((c) => [c.file, c.outcome, c] as const))(
    '%s is %s with a message naming the problem and where',
    (file, outcome, c) => {
      const res = loadDataset(read(file), file, undefined, { now });
      const said = (issues: { message: string }[]) => issues.map((i) => i.message).join('\n');
      if (outcome === 'refused') {
        expect(res.ok, said(res.report.warnings)).toBe(false);
        expect(said(res.report.errors)).toMatch(new RegExp(c.message!.source, 'm'));
      } else {
        expect(res.ok, said(res.report.errors)).toBe(true);
        if (outcome === 'warning') {
          expect(said(res.report.warnings)).toMatch(new RegExp(c.message!.source, 'm'));
        }
      }
    },
  );

  it.each(BAD_CASES.filter((c) => c.outcome !== 'refused').map((c) => [c.file] as const))(
    '%s loads with one value type per column, so 1 and "1" can never be two groups',
    (file) => {
      const res = loadDataset(read(file), file, undefined, { now });
      if (!res.ok) throw new Error(res.report.errors[0].message);
      const { table } = res.dataset;
      for (const name of table.columnNames()) {
        const types = new Set<string>();
        for (const v of Array.from(table.array(name))) {
          if (typeof v === 'number' || typeof v === 'string') types.add(typeof v);
        }
        expect([name, types.size <= 1]).toEqual([name, true]);
      }
    },
  );

  it('refuses a file over the size limit before reading it, naming the limit and its size', () => {
    // Made at test time (never committed): one byte over the limit.
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const res = loadDataset(big, 'huge.csv');
    expect(res.ok).toBe(false);
    expect(res.report.errors[0].message).toMatch(
      /^“huge\.csv” is 209,715,201 bytes, larger than the 200 MB the explorer reads/,
    );
  });
});
