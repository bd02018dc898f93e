import type { ForestRow } from '../../src/lib/engine/types';
import { spearman } from '../../src/lib/stats/spearman';
import type { AppView } from './app-view';
import { hrTarget, pSideTarget, valueTarget, type SoftTarget } from './soft-target-kinds';

/** The explorer's univariable Cox row for the duration of MRD negativity (Breslow ties, as SPSS). */
const mrdDurationCox = (app: AppView, endpoint: 'pfs' | 'os'): ForestRow =>
  app.engine.run({
    kind: 'forest',
    endpoint,
    factors: ['mrd_neg_duration_months'],
    mode: 'univariable',
    ties: 'breslow',
  }).rows[0];

/** The explorer's PFS curves by MRD group without the patients who died while MRD-negative. */
const printedMrdGroups = (app: AppView) =>
  app.engine.run({
    kind: 'survival',
    endpoint: 'pfs',
    stratifier: 'mrd_group',
    exclude: ['died_mrd_neg'],
  });

/** Persistence and MRD-negative duration (NaN = missing), as the explorer's frame reads them. */
const persistenceAndMrd = (app: AppView) =>
  spearman(app.frame.numeric('car_persist_months'), app.frame.numeric('mrd_neg_duration_months'));

const count = (xs: ArrayLike<unknown>, keep: (x: unknown) => boolean): number =>
  Array.from(xs).filter(keep).length;

/** Adds what was computed on whom to a target's note; the report only, never the loop. */
function explained<In>(t: SoftTarget<In>, detail: (x: In) => string): SoftTarget<In> {
  return {
    ...t,
    inLoop: false,
    evaluate: (x) => {
      const r = t.evaluate(x);
      const d = detail(x);
      return { ...r, note: r.note ? `${r.note}; ${d}` : d };
    },
  };
}

const coxNote = (endpoint: 'pfs' | 'os') => (app: AppView) => {
  const row = mrdDurationCox(app, endpoint);
  const never = count(app.frame.numeric('mrd_ever_neg'), (v) => v === 0);
  return `n = ${row.n}, ${row.events} events; ${never} never MRD-negative left out`;
};

/**
 * H07, H08, P11 and S15 computed by the explorer on the stored file, for the calibration report.
 * They replace the loop's targets of the same ids (same published values, tolerances and
 * weights), so the report shows what a reader of the explorer gets. The annealing keeps its own
 * versions as its objective (soft-targets-mrd-cox.ts), which count never-negative patients as 0
 * months and put the 4 who died while MRD-negative with the sustained negative group; changing
 * them would change the shipped cohort.
 */
export const APP_TARGETS: readonly SoftTarget<AppView>[] = [
  explained(
    hrTarget(
      'H07',
      'Cox PFS: MRD-negative duration, per month (low weight; never-negative patients left out, as the explorer does)',
      0.914,
      0.875,
      0.947,
      0.0009,
      (app: AppView) => mrdDurationCox(app, 'pfs'),
      0.25,
    ),
    coxNote('pfs'),
  ),
  explained(
    hrTarget(
      'H08',
      'Cox OS: MRD-negative duration, per month (low weight; never-negative patients left out, as the explorer does)',
      0.914,
      0.878,
      0.952,
      0.0009,
      (app: AppView) => mrdDurationCox(app, 'os'),
      0.25,
    ),
    coxNote('os'),
  ),
  explained(
    valueTarget(
      'P11',
      'Spearman: persistence vs MRD-negative duration (never-negative patients left out, as the explorer does)',
      0.708,
      0.07,
      (app: AppView) => persistenceAndMrd(app).rho,
    ),
    (app) => `n = ${persistenceAndMrd(app).n} complete pairs`,
  ),
  explained(
    pSideTarget(
      'S15',
      'PFS by MRD group, the 3 printed groups of Fig. 5A (log-rank; those who died MRD-negative left out)',
      'p < 0.001',
      true,
      (app: AppView) => printedMrdGroups(app).logRank?.p ?? null,
      0.001,
    ),
    (app) => {
      const groups = printedMrdGroups(app).groups.map((g) => `${g.label} ${g.n}`);
      const died = count(app.frame.raw('mrd_group'), (v) => v === 'died_mrd_neg');
      return `${groups.join(', ')}; ${died} who died MRD-negative left out`;
    },
  ),
];
