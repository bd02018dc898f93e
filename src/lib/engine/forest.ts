import { coxph, type CoxFit } from '../stats/cox';
import { keepRows, modelMatrix, type ModelColumn } from '../stats/model-matrix';
import { isEstimable } from './estimable';
import type { ForestRequest, ForestResult, ForestRow } from './types';
import { toNumber } from './to-number';

function modelColumn(name: string, values: ArrayLike<unknown>): ModelColumn {
  const out: (number | string | null)[] = Array.from({ length: values.length }, (_, i) => {
    const v = values[i];
    if (typeof v === 'string') return v === '' ? null : v;
    const x = toNumber(v);
    return Number.isFinite(x) ? x : null;
  });
  return { name, values: out };
}

export interface ForestColumns {
  time: ArrayLike<unknown>;
  event: ArrayLike<unknown>;
  eventValue?: number;
  column: (name: string) => ArrayLike<unknown>;
}

/** Fits one Cox model of `factors` (complete cases only) and returns its fit and n used. */
function fit(cols: ForestColumns, factors: string[], ties: 'efron' | 'breslow'): CoxFit {
  const time = Float64Array.from(
    Array.from({ length: cols.time.length }, (_, i) => toNumber(cols.time[i])),
  );
  const raw = Array.from({ length: cols.event.length }, (_, i) => toNumber(cols.event[i]));
  const event = Uint8Array.from(raw, (e) =>
    cols.eventValue === undefined ? (e === 1 ? 1 : 0) : e === cols.eventValue ? 1 : 0,
  );
  const eventKnown = raw.map((e) => (Number.isFinite(e) ? 1 : NaN));
  const mm = modelMatrix([
    modelColumn('__time', time),
    modelColumn('__event', eventKnown),
    ...factors.map((f) => modelColumn(f, cols.column(f))),
  ]);
  return coxph({
    time: keepRows(time, mm.keep),
    event: keepRows(event, mm.keep),
    x: mm.x.slice(2),
    names: mm.names.slice(2),
    ties,
  });
}

/**
 * One forest row per Cox term. A term without a standard error (monotone likelihood: R's
 * "coefficient may be infinite") or without a coefficient (not estimable) gets no hazard ratio
 * at all — its finite-looking estimate is an artefact of where the iterations stopped.
 */
function termRow(
  fitted: CoxFit,
  t: CoxFit['terms'][number],
  factor: string,
  label: string,
): ForestRow {
  const estimable = fitted.converged && isEstimable(t);
  return {
    factor,
    label,
    hr: estimable ? t.hr : null,
    lower: estimable ? t.lower : null,
    upper: estimable ? t.upper : null,
    p: estimable ? t.p : null,
    n: fitted.n,
    events: fitted.events,
    warning: !estimable
      ? !fitted.converged
        ? 'the Cox model did not converge (often a group without events): no hazard ratio'
        : t.coef === null
          ? 'hazard ratio not estimable (no variation or collinear)'
          : 'coefficient may be infinite (monotone likelihood): no hazard ratio'
      : fitted.warnings.find((w) => !w.includes('infinite')),
  };
}

function rowsOf(fitted: CoxFit, factor: string, label: string): ForestRow[] {
  return fitted.terms.map((t) =>
    termRow(
      fitted,
      t,
      factor,
      fitted.terms.length > 1 ? `${label}: ${t.name.slice(factor.length)}` : label,
    ),
  );
}

/**
 * Cox hazard ratios for a forest plot: one univariable model per factor, or one multivariable
 * model with all of them (complete cases), with events per variable (EPV).
 */
export function forestModels(
  cols: ForestColumns,
  request: ForestRequest,
  labelOf: (column: string) => string,
): Omit<ForestResult, 'endpointLabel' | 'nTotal'> {
  const ties = request.ties ?? 'efron';
  if (request.mode === 'univariable') {
    const rows = request.factors.flatMap((f) => rowsOf(fit(cols, [f], ties), f, labelOf(f)));
    return { mode: 'univariable', ties, rows, model: null };
  }
  const fitted = fit(cols, request.factors, ties);
  const rows = fitted.terms.map((t) => {
    const factor = request.factors.find((f) => t.name.startsWith(f)) ?? t.name;
    const label =
      t.name === factor ? labelOf(factor) : `${labelOf(factor)}: ${t.name.slice(factor.length)}`;
    return {
      factor,
      label,
      hr: t.hr,
      lower: t.lower,
      upper: t.upper,
      p: t.p,
      n: fitted.n,
      events: fitted.events,
      warning: t.hr === null ? 'hazard ratio not estimable' : undefined,
    };
  });
  const df = fitted.terms.length;
  return {
    mode: 'multivariable',
    ties,
    rows,
    model: {
      n: fitted.n,
      events: fitted.events,
      epv: df > 0 ? fitted.events / df : null,
      lrTest: fitted.lrTest,
      concordance: fitted.concordance,
      warnings: fitted.warnings,
    },
  };
}
