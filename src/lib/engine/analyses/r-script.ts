import type { AnalysisFrame } from '../../frame/analysis-frame';
import { rScriptForest } from '../../export/r-script-forest';
import { rScriptSurvival } from '../../export/r-script-survival';
import type { RScript, RScriptRequest } from '../types';
import type { AnalysisContext } from './analysis-context';
import { forestScriptInput } from './forest-script-input';
import { survivalScriptInput } from './survival-script-input';

/** More rows than this and the script reads its data from a CSV saved beside it. */
export const EMBED_LIMIT = 5000;

/**
 * A self-contained R script (survival package) that reproduces one view — survival curves and
 * hazard ratios, or a forest plot — on exactly the rows the screen used: the model inputs come
 * from the same frame functions as the view (survivalInputs, coxInputs). The data are embedded,
 * or for more than `embedLimit` rows written to a CSV returned beside the script.
 * @example rScriptAnalysis(frame, { kind: 'rScript', view: { kind: 'survival', endpoint: 'pfs', stratifier: null } }, context).fileName
 * // 'explorer-pfs-all-patients.R'
 */
export function rScriptAnalysis(
  frame: AnalysisFrame,
  request: RScriptRequest,
  context: AnalysisContext,
  options: { embedLimit?: number } = {},
): RScript {
  const view = request.view as RScriptRequest['view'] | undefined;
  const embedLimit = options.embedLimit ?? EMBED_LIMIT;
  if (view?.kind === 'survival' || view?.kind === 'hazards') {
    return rScriptSurvival(survivalScriptInput(frame, view, context, embedLimit));
  }
  if (view?.kind === 'forest') {
    return rScriptForest(forestScriptInput(frame, view, context, embedLimit));
  }
  const kind = (view as { kind?: unknown } | undefined)?.kind;
  throw new Error(
    `An R script reproduces a survival, hazard-ratio or forest view, not "${String(kind)}".`,
  );
}
