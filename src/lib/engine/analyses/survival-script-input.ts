import type { SurvivalScriptInput } from '../../export/r-script-survival';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import {
  survivalInputs,
  type ReferenceRule,
  type SurvivalInputs,
  type SurvivalSpec,
} from '../../frame/survival-inputs';
import type { HazardsRequest, SurvivalRequest } from '../types';
import type { AnalysisContext } from './analysis-context';
import { eventNote } from './event-note';
import { hazardsAnalysis } from './hazards';
import { scriptBaseName } from './script-base-name';
import { survivalAnalysis } from './survival';

const REFERENCE_RULE: Record<ReferenceRule, string> = {
  chosen: 'chosen in the explorer',
  'no-group': 'the "no" group of a yes/no column, as R\'s default for 0/1',
  largest: 'the largest group',
};

/**
 * What the R script of a survival (or hazards) view embeds, from the same survivalInputs as the
 * screen: its rows (for a landmark view the unshifted times of the patients before the
 * landmark's selection, which the script applies), groups in the explorer's order with readable
 * labels, the title and method names of the screen, and comments saying what the rows are.
 * @example survivalScriptInput(frame, { kind: 'survival', endpoint: 'os', stratifier: 'mrd_group' }, context, 5000).group?.levels[0].label
 */
export function survivalScriptInput(
  frame: AnalysisFrame,
  view: SurvivalRequest | HazardsRequest,
  context: AnalysisContext,
  embedLimit: number,
): SurvivalScriptInput {
  const spec: SurvivalSpec = view;
  const shown = survivalAnalysis(frame, { ...view, kind: 'survival' });
  if (shown.groups.length === 0) throw new Error('This view has no patients to analyse.');
  const inputs = survivalInputs(frame, spec);
  const landmark = spec.landmark ?? null;
  // The landmark's selection and shift are done in R, so the script embeds the rows before it.
  const rows = landmark === null ? inputs : survivalInputs(frame, { ...spec, landmark: undefined });
  const col = spec.stratifier;
  const methods = [...shown.methods];
  if (shown.groups.length > 1)
    methods.push(hazardsAnalysis(frame, { ...spec, kind: 'hazards' }).method);
  return {
    baseName: scriptBaseName([
      view.endpoint,
      ...(col ? ['by', col] : ['all-patients']),
      ...(spec.cut !== undefined ? ['cut', spec.cut] : []),
      ...(spec.asPublished && col && frame.hasAsPublished(col) ? ['as-published'] : []),
      ...(landmark !== null ? ['landmark', landmark] : []),
      ...(spec.subset ? [spec.subset.column, spec.subset.value] : []),
    ]),
    about: {
      datasetLabel: context.dataset.label,
      datasetFile: context.dataset.fileName,
      simulated: context.dataset.simulated,
      title: shown.title,
      methods,
    },
    notes: notes(frame, spec, inputs),
    time: rows.time,
    event: rows.event,
    group: col
      ? {
          values: Array.from(rows.group, (g) => rows.levels[g].value),
          levels: inputs.levels.map(({ value, label }) => ({ value, label })),
        }
      : null,
    landmark,
    confType: view.kind === 'survival' ? (view.confType ?? 'log') : 'log',
    times: shown.groups[0].at.map((a) => a.time),
    embedLimit,
  };
}

/** Comments on the rows and columns: which patients, what time, event and group hold. */
function notes(frame: AnalysisFrame, spec: SurvivalSpec, inputs: SurvivalInputs): string[] {
  const { timeColumn, eventColumn } = inputs.endpoint;
  const col = spec.stratifier;
  const out = [
    `Patients: the ${inputs.time.length} of ${frame.n} in the dataset that the view uses` +
      (spec.landmark !== undefined ? ' (after the landmark selection below)' : '') +
      `: those with a known time, event${col ? ' and group' : ''} (R's na.omit).`,
    `time: ${frame.label(timeColumn)} (column ${timeColumn}), months` +
      (spec.landmark !== undefined ? ' since infusion' : '') +
      '.',
    eventNote(frame, eventColumn),
  ];
  if (col) {
    let group = `group: ${frame.label(col)} (column ${col})`;
    if (spec.cut !== undefined) group += `, split at ${spec.cut}: 0 = below, 1 = at or above`;
    if (spec.asPublished && frame.hasAsPublished(col)) {
      group +=
        ', "as published": patients followed (censored) for less than the threshold are counted below it, as the paper\'s naive analysis did (the explorer\'s recommended view leaves them out). The values below already reflect this';
    }
    out.push(
      `${group}.`,
      `Reference group: ${inputs.levels[0].label} (${spec.cut !== undefined && inputs.referenceRule === 'no-group' ? 'below the cut-point' : REFERENCE_RULE[inputs.referenceRule]}); in R it is the first level of the factor.`,
    );
    const factor = frame.factor(col, { cut: spec.cut, asPublished: spec.asPublished });
    const left = (spec.exclude ?? []).map(
      (v) => factor.levels.find((l) => String(l.value) === String(v))?.label ?? String(v),
    );
    if (left.length > 0) {
      out.push(
        `Groups left out of the comparison: ${left.join('; ')}. Their patients are not in the data.`,
      );
    }
  }
  if (spec.subset) {
    const { column, value } = spec.subset;
    out.push(
      `Facet: only the patients with ${frame.label(column)} = ${frame.valueLabel(column, value)} (column ${column} = ${value}); the data contain only them.`,
    );
  }
  return out;
}
