import { paperAnalysis } from '../../src/lib/engine/analyses/paper';
import type { PaperRow } from '../../src/lib/engine/types';
import type { AnalysisFrame } from '../../src/lib/frame/analysis-frame';
import { CliError } from './parse-args';
import type { AnalyzeOutput } from './run-analysis';

/** What `--paper` prints: the usual keys (empty or null unless asked for) and `paper`. */
export type PaperOutput = AnalyzeOutput & { paper: PaperRow[] };

/**
 * The "Paper vs this dataset" rows of a file, as the engine's `paper` analysis gives them (the
 * explorer's tab). Only a file in the explorer's data format has the paper's columns.
 * @example withPaper(frame, runAnalysis(frame, args)).paper.find((r) => r.id === 'S02')?.status
 */
export function withPaper(frame: AnalysisFrame, output: AnalyzeOutput): PaperOutput {
  if (!frame.spec('patient_id')) {
    throw new CliError("--paper needs a file in the explorer's data format (docs/data-format.md)");
  }
  return { ...output, paper: paperAnalysis(frame, { kind: 'paper' }) };
}
