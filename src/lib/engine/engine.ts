import { loadDataset, type Dataset } from '../data/load-dataset';
import type { LongCsv } from '../data/join-long-tables';
import type { ColumnMapping } from '../data/mapping/column-mapping';
import { mappingPreview } from '../data/mapping/mapping-preview';
import { AnalysisFrame } from '../frame/analysis-frame';
import { runAnalysis } from './analyses';
import type {
  AnalysisRequest,
  ColumnInfo,
  DatasetSummary,
  EngineApi,
  LoadOutcome,
  ResultOf,
} from './types';

function summarise(d: Dataset): DatasetSummary {
  return {
    label: d.meta.label,
    fileName: d.meta.fileName,
    simulated: d.meta.simulated,
    n: d.n,
    monthDays: d.meta.monthDays,
    formatVersion: d.meta.formatVersion,
  };
}

/**
 * The in-thread engine: owns one dataset and its analysis frame, answers typed requests. The
 * worker exposes exactly this object; tests and the CLI call the same code.
 * @example const e = createEngine(); e.load(bytes, 'cohort.arrow'); e.run({ kind: 'columns' })
 */
export function createEngine(): EngineApi {
  let dataset: Dataset | null = null;
  let frame: AnalysisFrame | null = null;
  /** The loaded dataset's column list: every view asks for it first. */
  let columns: ColumnInfo[] | null = null;
  return {
    load(
      bytes: Uint8Array,
      fileName: string,
      serial?: LongCsv,
      mapping?: ColumnMapping,
    ): LoadOutcome {
      const result = loadDataset(bytes, fileName, serial, mapping ? { mapping } : {});
      if (result.ok) {
        dataset = result.dataset;
        frame = new AnalysisFrame(dataset.table);
        columns = null;
      }
      return { ok: result.ok, report: result.report, current: dataset ? summarise(dataset) : null };
    },

    proposeMapping: mappingPreview,

    summary(): DatasetSummary | null {
      return dataset ? summarise(dataset) : null;
    },

    run<R extends AnalysisRequest>(request: R): ResultOf<R> {
      if (!frame || !dataset) throw new Error('No dataset is loaded.');
      if (request.kind === 'columns') {
        columns ??= runAnalysis(frame, { kind: 'columns' }, { dataset: summarise(dataset) });
        return columns as ResultOf<R>;
      }
      return runAnalysis(frame, request, { dataset: summarise(dataset) });
    },
  };
}
