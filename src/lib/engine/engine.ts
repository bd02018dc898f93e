import { loadDataset, type Dataset } from '../data/load-dataset';
import { columnCatalog } from '../data/column-catalog';
import { forestModels } from './forest';
import { FOREST_FACTORS } from './forest-factors';
import { endpointById } from './endpoints';
import { groupCodes } from './group-codes';
import { stratifierByColumn } from './stratifiers';
import { survivalNumbers } from './survival-view';
import type {
  ColumnInfo,
  DatasetSummary,
  ForestRequest,
  ForestResult,
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

  function requireDataset(): Dataset {
    if (!dataset) throw new Error('No dataset is loaded.');
    return dataset;
  }

  return {
    load(bytes: Uint8Array, fileName: string): LoadOutcome {
      const result = loadDataset(bytes, fileName);
      if (result.ok) dataset = result.dataset;
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
      const endpoint = endpointById(request.endpoint);
      const names = new Set(d.table.columnNames());
      for (const col of [endpoint.timeColumn, endpoint.eventColumn]) {
        if (!names.has(col)) throw new Error(`This dataset has no column "${col}".`);
      }
      const confType = request.confType ?? 'log';
      const times = request.times ?? DEFAULT_TIMES;
      const spec = request.stratifier ? stratifierByColumn(request.stratifier) : undefined;
      let codes: Int32Array;
      let labels: string[];
      if (request.stratifier) {
        if (!names.has(request.stratifier)) {
          throw new Error(`This dataset has no column "${request.stratifier}".`);
        }
        const g = groupCodes(d.table.array(request.stratifier), request.cut);
        codes = g.codes;
        labels = g.values.map((v) =>
          spec?.levels && request.cut === undefined && (v === 0 || v === 1)
            ? spec.levels[v]
            : request.cut === undefined
              ? `${request.stratifier}=${v}`
              : String(v),
        );
      } else {
        codes = new Int32Array(d.n);
        labels = ['All patients'];
      }
      if (request.subset) {
        const { column, value } = request.subset;
        if (!names.has(column)) throw new Error(`This dataset has no column "${column}".`);
        const facet = d.table.array(column) as ArrayLike<unknown>;
        for (let i = 0; i < codes.length; i++) {
          const v = facet[i];
          if (v !== value && !(typeof v === 'bigint' && Number(v) === value)) codes[i] = -1;
        }
      }
      const numbers = survivalNumbers(
        {
          time: d.table.array(endpoint.timeColumn),
          event: d.table.array(endpoint.eventColumn),
          codes,
          labels,
          eventValue: endpoint.eventValue,
        },
        confType,
        times,
      );
      const methods = [
        `Kaplan–Meier, 95% CI (${confType} transform)`,
        'Median with 95% CI (Brookmeyer–Crowley, as R survfit)',
      ];
      if (numbers.logRank) methods.push('log-rank test', 'Cox proportional hazards, Efron ties');
      return {
        request,
        endpointLabel: endpoint.label,
        stratifierLabel: request.stratifier ? (spec?.label ?? request.stratifier) : null,
        nTotal: d.n,
        ...numbers,
        methods,
      };
    },
  };
}
