import type { AnalysisFrame } from '../../frame/analysis-frame';
import { paperRows } from '../../paper/paper-rows';
import type { PaperRequest, PaperRow } from '../types';

/**
 * Every published number of the paper beside the same quantity on the loaded data (the "Paper vs
 * this dataset" tab, the CLI's --paper): one row per target of targets.md §1–§8.
 * @example paperAnalysis(frame, { kind: 'paper' }).find((r) => r.id === 'H01')?.status
 */
export function paperAnalysis(frame: AnalysisFrame, _request: PaperRequest): PaperRow[] {
  return paperRows(frame);
}
