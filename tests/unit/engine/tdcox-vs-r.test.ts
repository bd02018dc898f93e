import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import type { TdCovariateId } from '../../../src/lib/data/time-dependent-covariates';
import { runAnalysis } from '../../../src/lib/engine/analyses';
import { createEngine } from '../../../src/lib/engine/engine';
import type { TdHazardRatio, TimeDependentRequest } from '../../../src/lib/engine/types';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { countingProcess } from '../../../src/lib/frame/counting-process';
import { coxph } from '../../../src/lib/stats/cox';
import { simonMakuch } from '../../../src/lib/stats/simon-makuch';
import fixture from '../../reference/tdcox.json';

/** Relative tolerance of every comparison with tests/reference/tdcox.json. */
const TOL = 1e-8;
type Num = number | null;

function close(actual: Num, expected: Num, label: string): void {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  const tol = Math.max(TOL * Math.abs(expected), 1e-14);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}
function allClose(actual: readonly Num[], expected: readonly Num[], label: string): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  actual.forEach((a, i) => close(a, expected[i], `${label}[${i}]`));
}

interface RCox {
  coef?: Num;
  se?: Num;
  hr?: Num;
  lower?: Num;
  upper?: Num;
  p?: Num;
  n?: number;
  nevent?: number;
  infinite?: boolean;
}
interface RCurve {
  stratum: string;
  time: number[];
  n_risk: number[];
  n_event: number[];
  surv: number[];
  std_err: Num[];
  lower: Num[];
  upper: Num[];
}
interface RCase {
  endpoint: 'pfs' | 'os';
  covariate: TdCovariateId;
  months: number | null;
  n_patients: number;
  n_rows: number;
  rows: { id: string[]; tstart: number[]; tstop: number[]; ev: number[]; z: number[] };
  cox: RCox;
  simon_makuch: RCurve[];
  landmarks: (RCox & {
    landmark: number;
    n: number;
    n_excluded: number;
    nevent: number;
    n_held: number;
    events_held: number;
  })[];
  naive: RCox & { column: string };
}
const CASES = fixture.demo as unknown as RCase[];

/** The demo cohort as the app loads it from CSV files: the patient table + the serial tables. */
function csvFrame() {
  const read = (f: string) => new Uint8Array(readFileSync(`tests/fixtures/${f}`));
  const res = loadDataset(read('demo-cohort.csv'), 'demo-cohort.csv', {
    mrd: read('demo-mrd.csv'),
    pk: read('demo-pk.csv'),
    response: read('demo-response.csv'),
  });
  if (!res.ok) throw new Error('demo CSV failed to load');
  const d = res.dataset;
  const summary = {
    label: 'demo',
    fileName: 'demo-cohort.csv',
    simulated: true,
    n: d.table.numRows(),
    monthDays: d.meta.monthDays,
    formatVersion: null,
  };
  return {
    frame: new AnalysisFrame(d.table),
    context: { dataset: summary },
    monthDays: d.meta.monthDays,
  };
}
const { frame, context, monthDays } = csvFrame();

/** Same HR as R's row: every number at TOL, or both flagged as a monotone likelihood. */
function sameHr(ours: TdHazardRatio, r: RCox, label: string, patients = r.n): void {
  if (r.hr === undefined) {
    expect(ours.hr, `${label}: R fitted no model`).toBeNull();
    return;
  }
  expect(ours.infinite, `${label} monotone likelihood`).toBe(r.infinite);
  expect(ours.nUsed, `${label} n`).toBe(patients);
  expect(ours.events, `${label} events`).toBe(r.nevent);
  if (r.infinite) {
    expect(Math.sign(Math.log(ours.hr!)), `${label} direction`).toBe(Math.sign(Math.log(r.hr!)));
    return;
  }
  close(ours.hr, r.hr ?? null, `${label} HR`);
  close(ours.lower, r.lower ?? null, `${label} lower`);
  close(ours.upper, r.upper ?? null, `${label} upper`);
  close(ours.p, r.p ?? null, `${label} p`);
}

const name = (c: RCase) => `${c.endpoint} × ${c.covariate}${c.months ? ` ${c.months}` : ''}`;

// tests/reference/r/tdcox.R builds the split data with survival::tmerge(event(), tdc()) from the
// four demo CSV files, fits coxph(Surv(tstart, tstop, ev) ~ z) (Efron), survfit(Surv(tstart,
// tstop, ev) ~ z), coxph on each landmark subset and the naive coxph(Surv(time, status) ~ g).
describe('the time-dependent analysis of the demo cohort equals R (1e-8 relative)', () => {
  it.each(CASES.map((c) => [name(c), c] as const))(
    '%s: the split (start, stop] rows equal tmerge’s',
    (_, c) => {
      const cp = countingProcess(
        frame,
        { endpoint: c.endpoint, covariate: c.covariate, months: c.months ?? undefined },
        monthDays,
      );
      expect(cp.patients.length).toBe(c.n_patients);
      expect(cp.start.length).toBe(c.n_rows);
      expect(Array.from(cp.patient, (k) => cp.patients[k].id)).toEqual(c.rows.id);
      allClose(Array.from(cp.start), c.rows.tstart, 'tstart');
      allClose(Array.from(cp.stop), c.rows.tstop, 'tstop');
      expect(Array.from(cp.event)).toEqual(c.rows.ev);
      expect(Array.from(cp.z)).toEqual(c.rows.z);
    },
  );

  it.each(CASES.map((c) => [name(c), c] as const))(
    '%s: time-dependent, landmark and naive HRs and the Simon–Makuch curves',
    (_, c) => {
      const request: TimeDependentRequest = {
        kind: 'timeDependent',
        endpoint: c.endpoint,
        covariate: c.covariate,
        ...(c.months ? { months: c.months } : {}),
      };
      const res = runAnalysis(frame, request, context);
      expect([res.nPatients, res.nIntervals, res.events]).toEqual([
        c.n_patients,
        c.n_rows,
        c.cox.nevent,
      ]);
      // coxph's n on split data counts rows (intervals); ours counts patients.
      expect(c.cox.n).toBe(c.n_rows);
      sameHr(res.timeDependent, c.cox, 'time-dependent', c.n_patients);
      expect(res.landmarks.map((l) => l.landmark)).toEqual(c.landmarks.map((l) => l.landmark));
      res.landmarks.forEach((l, k) => {
        const r = c.landmarks[k];
        expect([l.nUsed, l.nExcluded, l.events, l.nHeld, l.eventsHeld]).toEqual([
          r.n,
          r.n_excluded,
          r.nevent,
          r.n_held,
          r.events_held,
        ]);
        sameHr(l, r, `landmark ${r.landmark}`);
      });
      expect(res.naive?.column).toBe(c.naive.column);
      sameHr(res.naive!, c.naive, 'naive');
      // summary(survfit) lists only the curves with an event.
      const withEvents = res.curves.filter((k) => k.events > 0);
      expect(withEvents.map((k) => `z=${k.value}`)).toEqual(c.simon_makuch.map((s) => s.stratum));
      withEvents.forEach((curve, k) => {
        const r = c.simon_makuch[k];
        const at = curve.steps.filter((s) => s.nEvent > 0);
        allClose(
          at.map((s) => s.time),
          r.time,
          'time',
        );
        expect(at.map((s) => [s.nRisk, s.nEvent])).toEqual(
          r.time.map((_, i) => [r.n_risk[i], r.n_event[i]]),
        );
        allClose(
          at.map((s) => s.surv),
          r.surv,
          'surv',
        );
        allClose(
          at.map((s) => s.stdErr),
          r.std_err,
          'std err',
        );
        allClose(
          at.map((s) => s.lower),
          r.lower,
          'lower',
        );
        allClose(
          at.map((s) => s.upper),
          r.upper,
          'upper',
        );
      });
    },
  );
});

function heartData() {
  const lines = readFileSync('tests/fixtures/r-heart.csv', 'utf8').trim().split('\n');
  const head = lines[0].split(',').map((h) => h.replace(/"/g, ''));
  const cols = head.map((_, j) =>
    Float64Array.from(lines.slice(1), (l) => Number(l.split(',')[j])),
  );
  return Object.fromEntries(head.map((h, j) => [h, cols[j]]));
}

// survival's heart data: coxph(Surv(start, stop, event) ~ transplant + age + surgery) and
// survfit(Surv(start, stop, event) ~ transplant) — the classic Simon–Makuch example.
describe('counting-process Cox and Simon–Makuch on R’s heart data equal R (1e-8 relative)', () => {
  const h = heartData();
  const r = fixture.heart;
  it('coxph(Surv(start, stop, event) ~ transplant + age + surgery): coefficients, SE, CI, p, log-likelihood', () => {
    const fit = coxph({
      time: h.stop,
      entry: h.start,
      event: Uint8Array.from(h.event),
      x: [h.transplant, h.age, h.surgery],
      names: ['transplant', 'age', 'surgery'],
    });
    expect([fit.n, fit.events]).toEqual([r.n, r.nevent]);
    allClose(
      fit.terms.map((t) => t.coef),
      r.coef,
      'coef',
    );
    allClose(
      fit.terms.map((t) => t.se),
      r.se,
      'se',
    );
    allClose(
      fit.terms.map((t) => t.lower),
      r.lower,
      'lower',
    );
    allClose(
      fit.terms.map((t) => t.upper),
      r.upper,
      'upper',
    );
    allClose(
      fit.terms.map((t) => t.p),
      r.p,
      'p',
    );
    allClose(fit.logLik, r.loglik, 'loglik');
  });

  it('survfit(Surv(start, stop, event) ~ transplant): risk sets, survival, SE and CI at event times', () => {
    const curves = simonMakuch(h.start, h.stop, Uint8Array.from(h.event), h.transplant);
    expect(curves.map((c) => `transplant=${c.value}`)).toEqual(
      r.simon_makuch.map((s) => s.stratum),
    );
    curves.forEach((c, k) => {
      const rc = r.simon_makuch[k] as RCurve;
      const at = c.fit.steps.filter((s) => s.nEvent > 0);
      allClose(
        at.map((s) => s.time),
        rc.time,
        'time',
      );
      expect(at.map((s) => s.nRisk)).toEqual(rc.n_risk);
      allClose(
        at.map((s) => s.surv),
        rc.surv,
        'surv',
      );
      allClose(
        at.map((s) => s.stdErr),
        rc.std_err,
        'std err',
      );
      allClose(
        at.map((s) => s.lower),
        rc.lower,
        'lower',
      );
    });
  });
});

describe('the app’s Arrow demo cohort', () => {
  it('gives the time-dependent analysis the CSV files give (the serial tables are the same)', () => {
    const engine = createEngine();
    engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
    for (const c of CASES.slice(0, 7)) {
      const request: TimeDependentRequest = {
        kind: 'timeDependent',
        endpoint: c.endpoint,
        covariate: c.covariate,
        ...(c.months ? { months: c.months } : {}),
      };
      const arrow = engine.run(request);
      const csv = runAnalysis(frame, request, context);
      expect(arrow.nIntervals, name(c)).toBe(csv.nIntervals);
      close(arrow.timeDependent.hr, csv.timeDependent.hr, name(c));
    }
  });
});
