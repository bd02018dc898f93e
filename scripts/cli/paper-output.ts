import { paperAnalysis } from '../../src/lib/engine/analyses/paper';
import type { PaperRow } from '../../src/lib/engine/types';
import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { CliError } from './parse-args';
import type { AnalyzeOutput } from './run-analysis';

/** What `--paper` prints: the usual keys (empty or null unless --time/--event ask) and `paper`. */
export type PaperOutput = AnalyzeOutput & { paper: PaperRow[] };

/** The keys of an analysis that was not asked for (--paper without --time and --event). */
export const NO_SURVIVAL: AnalyzeOutput = { km: [], logRank: null, cox: null, spearman: null };

/**
 * The "Paper vs this dataset" rows of a file, as the engine's `paper` analysis gives them (the
 * explorer's tab). Only a file in the explorer's data format has the paper's columns.
 * @example withPaper(frame, NO_SURVIVAL).paper.find((r) => r.id === 'S02')?.status
 */
export function withPaper(frame: AnalysisFrame, output: AnalyzeOutput): PaperOutput {
  if (!frame.spec('patient_id')) {
    throw new CliError("--paper needs a file in the explorer's data format (docs/data-format.md)");
  }
  return { ...output, paper: paperAnalysis(frame, { kind: 'paper' }) };
}
