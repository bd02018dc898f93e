import type { AnalysisFrame } from '../../frame/analysis-frame';
import type { AnalysisKind, AnalysisRequest, AnalysisResults, ResultOf } from '../types';
import type { AnalysisContext } from './analysis-context';
import { columnsAnalysis } from './columns';
import { forestAnalysis } from './forest';
import { hazardsAnalysis } from './hazards';
import { paperAnalysis } from './paper';
import { kineticsAnalysis } from './kinetics';
import { rScriptAnalysis } from './r-script';
import { safetyAnalysis } from './safety';
import { responseAnalysis } from './response';
import { survivalAnalysis } from './survival';
import { swimmerAnalysis } from './swimmer';
import { table1Analysis } from './table1';
import { correlationsAnalysis } from './correlations';
import { cumincAnalysis } from './cuminc';
import { timeDependentAnalysis } from './time-dependent';

type Analysis<K extends AnalysisKind> = (
  frame: AnalysisFrame,
  request: Extract<AnalysisRequest, { kind: K }>,
  context: AnalysisContext,
) => AnalysisResults[K];

/** Every analysis the engine runs, by request kind: the single message handler's table. */
const ANALYSES: { [K in AnalysisKind]: Analysis<K> } = {
  survival: survivalAnalysis,
  hazards: hazardsAnalysis,
  forest: forestAnalysis,
  columns: (frame) => columnsAnalysis(frame),
  rScript: (frame, request, context) => rScriptAnalysis(frame, request, context),
  swimmer: swimmerAnalysis,
  paper: paperAnalysis,
  kinetics: kineticsAnalysis,
  safety: (frame) => safetyAnalysis(frame),
  table1: table1Analysis,
  correlations: (frame) => correlationsAnalysis(frame),
  response: responseAnalysis,
  cuminc: cumincAnalysis,
  timeDependent: timeDependentAnalysis,
};

/**
 * Runs one analysis request on a frame: the engine's single entry point for the worker, the CLI
 * and the tests alike. `context` describes the loaded dataset, for analyses that say what data
 * they ran on.
 * @example runAnalysis(frame, { kind: 'survival', endpoint: 'os', stratifier: null }, context).nUsed
 */
export function runAnalysis<R extends AnalysisRequest>(
  frame: AnalysisFrame,
  request: R,
  context: AnalysisContext,
): ResultOf<R> {
  // A request from the worker boundary is not type-checked at run time: refuse unknown kinds.
  const analysis = ANALYSES[request.kind] as unknown as
    ((f: AnalysisFrame, r: R, c: AnalysisContext) => ResultOf<R>) | undefined;
  if (!analysis) throw new Error(`Unknown analysis "${String(request.kind)}".`);
  return analysis(frame, request, context);
}
