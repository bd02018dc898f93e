import { endpointById } from '../../data/endpoints';
import type { ForestScriptInput, ForestScriptModel } from '../../export/r-script-forest';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { coxInputs } from '../../frame/cox-inputs';
import type { ForestRequest } from '../types';
import type { AnalysisContext } from './analysis-context';
import { eventNote } from './event-note';
import { scriptBaseName } from './script-base-name';

/**
 * What the R script of a forest view embeds: per Cox model (one per factor, or one of all) the
 * complete cases and design columns that coxInputs builds for the forest — the "as published"
 * variant where the view uses it, treatment dummies for text factors — with comments saying what
 * each column holds. Factors the explorer could not fit are listed with the reason.
 * @example forestScriptInput(frame, { kind: 'forest', endpoint: 'pfs', factors: ['age_years'], mode: 'univariable' }, context, 5000).models[0].terms[0].name // 'age_years'
 */
export function forestScriptInput(
  frame: AnalysisFrame,
  view: ForestRequest,
  context: AnalysisContext,
  embedLimit: number,
): ForestScriptInput {
  const endpoint = endpointById(view.endpoint);
  const ties = view.ties ?? 'efron';
  const asPublished = view.asPublished ?? false;
  const factors = view.factors.filter((f) => frame.has(f));
  if (factors.length === 0) throw new Error('Choose at least one factor for the Cox model.');
  const sets = view.mode === 'univariable' ? factors.map((f) => [f]) : [factors];
  const models: ForestScriptModel[] = [];
  const skipped: { title: string; reason: string }[] = [];
  for (const names of sets) {
    const title = names.map((f) => frame.label(f)).join(', ');
    try {
      const inputs = coxInputs(frame, {
        time: endpoint.timeColumn,
        event: endpoint.eventColumn,
        covariates: names.map((name) => ({ name, asPublished })),
      });
      models.push({
        title,
        notes: inputs.terms.map((t, j) => termNote(frame, inputs.names[j], t, asPublished)),
        time: inputs.time,
        event: inputs.event,
        terms: inputs.names.map((name, j) => ({ name, values: inputs.x[j] })),
      });
    } catch (e) {
      if (view.mode === 'multivariable') throw e;
      skipped.push({ title, reason: (e as Error).message });
    }
  }
  const Ties = ties === 'efron' ? 'Efron' : 'Breslow';
  return {
    baseName: scriptBaseName([
      view.endpoint,
      'cox',
      view.mode,
      ties,
      ...(asPublished ? ['as-published'] : []),
    ]),
    about: {
      datasetLabel: context.dataset.label,
      datasetFile: context.dataset.fileName,
      simulated: context.dataset.simulated,
      title: `${endpoint.label}: ${view.mode} Cox ${view.mode === 'univariable' ? 'models, one per factor' : 'model of ' + factors.length + ' factors'}`,
      methods: [
        `Cox proportional hazards (R coxph), ${Ties} ties, Wald 95% CI and p`,
        view.mode === 'univariable'
          ? 'each model on its own complete cases'
          : 'complete cases across all factors; events per variable = events / coefficients',
        ...(asPublished
          ? [
              'threshold factors as published: patients followed less than the threshold counted below it',
            ]
          : []),
      ],
    },
    notes: [
      `time: ${frame.label(endpoint.timeColumn)} (column ${endpoint.timeColumn}), months.`,
      eventNote(frame, endpoint.eventColumn),
      `Each model's data frame holds its complete cases (R's na.omit) among the ${frame.n} patients of the dataset: the rows the explorer fitted.`,
    ],
    ties,
    models,
    skipped,
    embedLimit,
  };
}

/** What one design column holds, in words. */
function termNote(
  frame: AnalysisFrame,
  name: string,
  term: { column: string; level: string | null },
  asPublished: boolean,
): string {
  const { column, level } = term;
  if (level !== null) {
    // coxInputs codes a text column with its values sorted as factor() sorts them: the same order.
    const reference = frame.factor(column).levels[0]?.value;
    const zero = reference === undefined ? 'the reference' : frame.valueLabel(column, reference);
    return `${name}: 1 = ${frame.valueLabel(column, level)}, 0 = ${zero} (${frame.label(column)}, a treatment-coded factor; the reference is its first level).`;
  }
  const spec = frame.spec(column);
  const published = asPublished && frame.hasAsPublished(column) ? ', as published' : '';
  if (spec?.forest?.unit === 'yes vs no' || spec?.type === 'boolean') {
    return `${name}: ${frame.label(column)}${published}; 1 = ${frame.valueLabel(column, 1)}, 0 = ${frame.valueLabel(column, 0)}.`;
  }
  return `${name}: ${frame.label(column)}${spec?.unit ? ` (${spec.unit})` : ''}${published}; hazard ratio ${spec?.forest?.unit ?? 'per unit'}.`;
}
