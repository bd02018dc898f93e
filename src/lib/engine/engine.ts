import { loadDataset, type Dataset } from '../data/load-dataset';
import type { LongCsv } from '../data/join-long-tables';
import { columnCatalog } from '../data/column-catalog';
import { forestModels } from './forest';
import { FOREST_FACTORS } from './forest-factors';
import { endpointById } from './endpoints';
import { requestCases } from './request-cases';
import { hasNaiveVariant } from './naive-threshold';
import { columnCache, type ColumnSource } from './column-cache';
import { stratifierByColumn } from './stratifiers';
import { groupHazardRatios, survivalCurves } from './survival-view';
import type {
  ColumnInfo,
  DatasetSummary,
  ForestRequest,
  ForestResult,
  HazardRatios,
  EngineApi,
  LoadOutcome,
  SurvivalRequest,
  SurvivalResult,
} from './types';

const DEFAULT_TIMES = [12, 24, 36];

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
 * The in-thread engine: owns one dataset, answers typed requests. The worker exposes exactly
 * this object; tests and the CLI call it directly.
 */
export function createEngine(): EngineApi {
  let dataset: Dataset | null = null;
  let columns: ColumnSource | null = null;

  function requireDataset(): Dataset {
    if (!dataset) throw new Error('No dataset is loaded.');
    return dataset;
  }

  function requireColumns(): ColumnSource {
    if (!columns) throw new Error('No dataset is loaded.');
    return columns;
  }

  return {
    load(bytes: Uint8Array, fileName: string, serial?: LongCsv): LoadOutcome {
      const result = loadDataset(bytes, fileName, serial);
      if (result.ok) {
        dataset = result.dataset;
        columns = columnCache(dataset.table);
      }
      return { ok: result.ok, report: result.report, current: dataset ? summarise(dataset) : null };
    },

    summary(): DatasetSummary | null {
      return dataset ? summarise(dataset) : null;
    },

    columns(): ColumnInfo[] {
      return dataset ? columnCatalog(dataset) : [];
    },

    forest(request: ForestRequest): ForestResult {
      const d = requireDataset();
      const endpoint = endpointById(request.endpoint);
      const names = new Set(d.table.columnNames());
      const factors = request.factors.filter((f) => names.has(f));
      const labelOf = (c: string) =>
        FOREST_FACTORS.find((f) => f.column === c)?.label ?? stratifierByColumn(c)?.label ?? c;
      const models = forestModels(
        {
          time: d.table.array(endpoint.timeColumn),
          event: d.table.array(endpoint.eventColumn),
          eventValue: endpoint.eventValue,
          column: (name) => d.table.array(name),
        },
        { ...request, factors },
        labelOf,
      );
      return { ...models, endpointLabel: endpoint.label, nTotal: d.n };
    },

    survival(request: SurvivalRequest): SurvivalResult {
      const d = requireDataset();
      const { endpoint, cases } = requestCases(requireColumns(), request);
      const confType = request.confType ?? 'log';
      const curves = survivalCurves(cases, confType, request.times ?? DEFAULT_TIMES);
      const methods = [
        `Kaplan–Meier with 95% CI (${confType} transform)`,
        'median 95% CI by the Brookmeyer–Crowley method (as R survfit)',
      ];
      if (curves.logRank)
        methods.push('log-rank test', 'hazard ratios from Cox models, Efron ties');
      if (request.landmark !== undefined) {
        methods.push(
          `landmark analysis at ${request.landmark} months: patients event-free and followed at ${request.landmark} months, time counted from then`,
        );
      }
      if (request.asPublished && hasNaiveVariant(request.stratifier)) {
        methods.push(
          'patients followed less than the threshold counted as below it (as published)',
        );
      }
      return {
        request,
        endpointLabel: endpoint.label,
        stratifierLabel: request.stratifier
          ? (stratifierByColumn(request.stratifier)?.label ?? request.stratifier)
          : null,
        nUsed: cases.time.length,
        nTotal: d.n,
        ...curves,
        methods,
      };
    },

    hazardRatios(request: SurvivalRequest): HazardRatios {
      return groupHazardRatios(requestCases(requireColumns(), request).cases);
    },
  };
}
