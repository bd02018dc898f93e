import type { DatasetSummary } from '../types';

/**
 * What an analysis may know beyond the frame: the loaded dataset's summary (its label, file name
 * and whether it is simulated), for outputs that describe their data, such as an R script.
 * @example rScriptAnalysis(frame, request, { dataset: engine.summary()! })
 */
export interface AnalysisContext {
  dataset: DatasetSummary;
}
