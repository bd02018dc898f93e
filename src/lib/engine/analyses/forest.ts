import { endpointById } from '../../data/endpoints';
import { termSmallestGroup } from '../term-smallest-group';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { coxInputs, type CoxInputs } from '../../frame/cox-inputs';
import { coxph, type CoxFit } from '../../stats/cox';
import { forestPh, type ForestPh } from '../forest-ph';
import { modelGroups, modelRows } from '../model-rows';
import { rescaledHr } from '../rescaled-hr';
import { withAdjustedP } from './forest-adjust';
import type { ForestRequest, ForestResult, ForestRow, Ties } from '../types';

/**
 * Cox hazard ratios for a forest plot: one univariable model per factor, or one multivariable
 * model with all of them (complete cases), with events per variable (EPV). Every row — univariable
 * or multivariable — follows the same rule: ordinary Cox, or Firth-penalised Cox when a group has
 * no events (or only events) or the fit has no finite answer (modelRows), else withheld.
 * @example forestAnalysis(frame, { kind: 'forest', endpoint: 'pfs', factors: ['age_years'], mode: 'univariable' }).rows[0].unit // 'per year'
 */
export function forestAnalysis(frame: AnalysisFrame, request: ForestRequest): ForestResult {
  const endpoint = endpointById(request.endpoint);
  const ties: Ties = request.ties ?? 'efron';
  const asPublished = request.asPublished ?? false;
  const factors = request.factors.filter((f) => frame.has(f));
  const fitOf = (names: string[]) => {
    const inputs = coxInputs(frame, {
      time: endpoint.timeColumn,
      event: endpoint.eventColumn,
      covariates: names.map((name) => ({ name, asPublished })),
    });
    return { inputs, fit: coxph({ ...inputs, ties }) };
  };
  const base = { request, ties, asPublished, endpointLabel: endpoint.label, nTotal: frame.n };
  if (request.mode === 'univariable') {
    const rows = factors.flatMap((f) => {
      try {
        const { inputs, fit } = fitOf([f]);
        return rowsOf(frame, inputs, fit, ties, forestPh(inputs, fit, ties));
      } catch (e) {
        return [
          {
            ...describe(frame, f, null),
            ...noFit(e),
            rescaled: null,
            n: 0,
            events: 0,
            ph: null,
            phPlot: null,
          },
        ];
      }
    });
    return { ...base, mode: 'univariable', rows: withAdjustedP(rows), model: null };
  }
  const { inputs, fit } = fitOf(factors);
  const ph = forestPh(inputs, fit, ties);
  const df = fit.terms.length;
  return {
    ...base,
    mode: 'multivariable',
    rows: rowsOf(frame, inputs, fit, ties, ph),
    model: {
      n: fit.n,
      events: fit.events,
      epv: df > 0 ? fit.events / df : null,
      lrTest: fit.lrTest,
      concordance: fit.concordance,
      converged: fit.converged,
      warnings: fit.warnings,
      ph: ph.global,
    },
  };
}

/**
 * Rows of one model: ordinary Cox, or Firth-penalised when a group has no events (modelRows); each
 * with its second scale and, for an ordinary hazard ratio, its cox.zph test.
 */
function rowsOf(
  frame: AnalysisFrame,
  inputs: CoxInputs,
  fit: CoxFit,
  ties: Ties,
  ph: ForestPh,
): ForestRow[] {
  const groups = modelGroups(inputs, (c, level) =>
    level === null ? frame.label(c) : frame.valueLabel(c, level),
  );
  const shown = modelRows(inputs, fit, ties, groups);
  return fit.terms.map((_, j) => {
    const { column, level } = inputs.terms[j];
    const hazard = shown[j];
    const role = level === null ? frame.spec(column)?.forest : undefined;
    // No ordinary hazard ratio shown (withheld, or Firth's), no test of its proportionality.
    const zph =
      hazard.hr === null || hazard.method === 'firth' ? undefined : ph.byColumn.get(column);
    return {
      ...describe(frame, column, level),
      ...hazard,
      rescaled: rescaledHr(role, hazard),
      n: fit.n,
      events: fit.events,
      smallestGroup: termSmallestGroup(inputs, j),
      ph: zph?.test ?? null,
      phPlot: zph?.plot ?? null,
    };
  });
}

/** A row's label, unit and post-baseline flag, from the registry. */
function describe(frame: AnalysisFrame, column: string, level: string | null) {
  const spec = frame.spec(column);
  const label = frame.label(column);
  return {
    factor: column,
    label: level === null ? label : `${label}: ${frame.valueLabel(column, level)}`,
    unit: level === null ? (spec?.forest?.unit ?? 'per unit') : 'vs the first level',
    postBaseline: spec?.postBaseline ?? false,
  };
}

function noFit(e: unknown) {
  return {
    hr: null,
    lower: null,
    upper: null,
    p: null,
    warning: `no model: ${(e as Error).message}`,
  };
}
