import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { createEngine } from '../../../src/lib/engine/engine';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { spearman } from '../../../src/lib/stats/spearman';
import { APP_TARGETS } from '../../../scripts/sim/app-targets';
import { generateCohort } from '../../../scripts/sim/generate';
import { buildReport } from '../../../scripts/sim/report';
import { SHIPPED } from '../../../scripts/sim/shipped';
import { LOOP_SOFT_TARGETS } from '../../../scripts/sim/soft-targets';
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

interface Row {
  id: string;
  published: string;
  tolerance: string;
  weight: number;
  simulated: string;
  note?: string;
}

/** The committed report's soft row with this id. */
const softRow = (id: string): Row => committed.soft.find((s: Row) => s.id === id);

/** How the report prints a number: 3 decimals, or 3 significant digits below 0.1. */
const printed = (v: number): string => (Math.abs(v) < 0.1 ? v.toPrecision(3) : v.toFixed(3));

describe('calibration-report.json agrees with the explorer on the committed cohort', () => {
  const engine = createEngine();
  engine.load(bytes, 'demo-cohort.arrow');
  const forest = (endpoint: 'pfs' | 'os') =>
    engine.run({
      kind: 'forest',
      endpoint,
      factors: ['mrd_neg_duration_months'],
      mode: 'univariable',
      ties: 'breslow',
    }).rows[0];

  it.each([
    ['H07', 'pfs'],
    ['H08', 'os'],
  ] as const)(
    "the report gives %s as the explorer's univariable Cox of %s on MRD-negative duration",
    (id, endpoint) => {
      const row = forest(endpoint);
      expect(row.hr).not.toBeNull();
      expect(softRow(id).simulated).toBe(printed(row.hr as number));
      expect(softRow(id).note).toContain(`n = ${row.n}, ${row.events} events`);
    },
  );

  it("the report gives P11 as Spearman on the explorer's frame, never-negative patients left out", () => {
    const res = loadDataset(bytes, 'demo-cohort.arrow');
    if (!res.ok) throw new Error('the explorer refuses the committed cohort');
    const frame = new AnalysisFrame(res.dataset.table);
    const r = spearman(
      frame.numeric('car_persist_months'),
      frame.numeric('mrd_neg_duration_months'),
    );
    expect(r.n).toBe(54);
    expect(softRow('P11').simulated).toBe(printed(r.rho as number));
  });

  it("the report gives S15 as the explorer's log-rank over the 3 printed MRD groups", () => {
    const result = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'mrd_group',
      exclude: ['died_mrd_neg'],
    });
    expect(result.groups.map((g) => g.value).sort()).toEqual([
      'lost_neg',
      'persistent_pos',
      'sustained_neg',
    ]);
    expect(result.logRank?.p).toBeLessThan(0.001);
    expect(softRow('S15').simulated).toBe(printed(result.logRank?.p as number));
  });

  it('each explorer-computed target replaces a loop target of the same id, published value, tolerance and weight', () => {
    for (const t of APP_TARGETS) {
      const loop = LOOP_SOFT_TARGETS.find((l) => l.id === t.id);
      expect(loop, t.id).toBeDefined();
      expect([t.published, t.tolerance, t.weight]).toEqual([
        loop?.published,
        loop?.tolerance,
        loop?.weight,
      ]);
    }
  });

  it('every soft target appears once in the report', () => {
    const ids = committed.soft.map((s: Row) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
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
