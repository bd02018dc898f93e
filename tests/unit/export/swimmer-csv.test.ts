import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { toCsv } from '../../../src/lib/export/csv';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';
import { swimmerCaption, swimmerCsvRows } from '../../../src/lib/export/swimmer-csv';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'swimmer', sort: 'negativity' });
const label = engine.summary()!.label;

describe('swimmer exports', () => {
  it('swimmerCsvRows writes one line per bar segment, in the order drawn, naming the dataset', () => {
    const rows = swimmerCsvRows(result, label);
    const [header, ...lines] = rows;
    expect(header.slice(0, 8)).toEqual([
      'dataset',
      'view',
      'row',
      'patient_id',
      'mrd_group',
      'segment_start_months',
      'segment_end_months',
      'mrd_status',
    ]);
    expect(lines).toHaveLength(result.rows.reduce((n, r) => n + r.segments.length, 0));
    expect(new Set(lines.map((l) => l[3])).size).toBe(56);
    expect(lines[0].slice(2, 5)).toEqual([1, result.rows[0].patientId, result.groups[0].label]);
    expect(lines.every((l) => String(l[0]).includes('Simulated'))).toBe(true);
    expect(new Set(lines.map((l) => l[7]))).toEqual(
      new Set(['MRD-negative', 'MRD-positive', 'not assessed']),
    );
    // Each patient's segments cover 0 to the end of follow-up.
    const first = lines.filter((l) => l[3] === result.rows[0].patientId);
    expect(first[0][5]).toBe(0);
    expect(first.at(-1)![6]).toBe(result.rows[0].followUp);
    expect(toCsv(rows).split('\r\n')).toHaveLength(lines.length + 2);
  });

  it('swimmerCaption names n shown, the order, the method and the simulated dataset', () => {
    const caption = swimmerCaption(result, label);
    expect(caption[0]).toBe(
      'n shown 56 of 56. Rows within each MRD group sorted by duration of MRD negativity, longest first.',
    );
    expect(caption[1]).toContain('the earlier result holds');
    expect(caption[2]).toContain('Simulated');
    const svg = standaloneSvg(
      '<svg width="400" height="300" viewBox="0 0 400 300"></svg>',
      caption,
    );
    expect(svg).toContain('n shown 56 of 56.');
  });
});
