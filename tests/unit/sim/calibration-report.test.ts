import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../../scripts/sim/generate';
import { buildReport } from '../../../scripts/sim/report';
import { SHIPPED } from '../../../scripts/sim/shipped';
import { REPORT_PATH, loadDemoCohort } from './demo-cohort-file';

const committed = JSON.parse(readFileSync(REPORT_PATH, 'utf8'));
const { bytes } = loadDemoCohort();

describe('calibration-report.json describes the committed cohort', () => {
  it('the report hashes the committed .arrow byte for byte', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(committed.file.sha256);
  });

  it('recomputing the report from the committed .arrow gives the committed report', () => {
    expect(JSON.parse(JSON.stringify(buildReport(bytes, committed.file.path)))).toEqual(committed);
  });

  it('the report was made with the shipped seed and iteration counts', () => {
    expect(committed.generator.seed).toBe(SHIPPED.seed);
    expect(committed.generator.iterations).toEqual(SHIPPED.iterations);
  });

  it('every hard target in the report is met', () => {
    expect(committed.hard.filter((h: { pass: boolean }) => !h.pass)).toEqual([]);
  });

  it('every soft miss in the report is documented', () => {
    const missed = committed.soft
      .filter((s: { pass: boolean }) => !s.pass)
      .map((s: { id: string }) => s.id);
    expect(committed.misses.map((m: { id: string }) => m.id)).toEqual(missed);
  });
});

describe('generateCohort', () => {
  it('generateCohort is deterministic: the same options give the same bytes', () => {
    const options = { seed: 5, iterations: { feasibility: 300, calibration: 3, pk: 2 } };
    const a = generateCohort(options).bytes;
    const b = generateCohort(options).bytes;
    expect(createHash('sha256').update(a).digest('hex')).toBe(
      createHash('sha256').update(b).digest('hex'),
    );
  }, 60000);
});
