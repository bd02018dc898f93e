import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { toCsv } from '../../../src/lib/export/csv';
import { paperCsvRows } from '../../../src/lib/export/paper-csv';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const rows = engine.run({ kind: 'paper' });

describe('paperCsvRows', () => {
  it('writes every target with every column, the dataset named and marked simulated', () => {
    const csv = paperCsvRows(rows, { label: 'Demo', simulated: true });
    expect(csv).toHaveLength(rows.length + 1);
    for (const line of csv) expect(line).toHaveLength(csv[0].length);
    expect(csv.slice(1).every((l) => l[0] === 'Demo (SIMULATED)')).toBe(true);
    const h03 = csv.find((l) => l[1] === 'H03')!;
    const col = (name: string) => h03[csv[0].indexOf(name)];
    expect(col('paper')).toBe('HR 2.063 (1.027–4.415), p = 0.042');
    expect(col('status')).toBe('close');
    expect(String(col('compared'))).toContain('hazard ratio: paper 2.063, data 2.108');
    expect(String(col('paper_inconsistencies'))).toContain('4.145');
    expect(col('view')).toBe('?tab=forest&ties=breslow');
  });

  it('a real dataset is not marked simulated, and the text stays formula-safe', () => {
    const csv = paperCsvRows(rows.slice(0, 1), { label: '=HYPERLINK("x")', simulated: false });
    expect(csv[1][0]).toBe('=HYPERLINK("x")');
    expect(toCsv(csv).split('\r\n')[1].startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});
