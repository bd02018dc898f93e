import type { Dataset } from '../data/load-dataset';
import { completeCases, type CompleteCases } from './complete-cases';
import { endpointById, type EndpointSpec } from './endpoints';
import { groupCodes } from './group-codes';
import { stratifierByColumn } from './stratifiers';
import type { SurvivalRequest } from './types';

function column(d: Dataset, name: string): ArrayLike<unknown> {
  if (!d.table.columnNames().includes(name)) {
    throw new Error(`This dataset has no column "${name}".`);
  }
  return d.table.array(name) as ArrayLike<unknown>;
}

function groupLabel(request: SurvivalRequest, value: string | number): string {
  const levels = request.stratifier ? stratifierByColumn(request.stratifier)?.levels : undefined;
  if (request.cut !== undefined) return String(value);
  if (levels && (value === 0 || value === 1)) return levels[value];
  return `${request.stratifier}=${value}`;
}

/**
 * The complete-case rows of a survival view: the endpoint's time and event, the stratifier's
 * groups (or one group of all patients) and, for a facet, only the rows in that facet.
 */
export function requestCases(
  d: Dataset,
  request: SurvivalRequest,
): { endpoint: EndpointSpec; cases: CompleteCases } {
  const endpoint = endpointById(request.endpoint);
  const time = column(d, endpoint.timeColumn);
  const event = column(d, endpoint.eventColumn);
  let codes: Int32Array = new Int32Array(d.n);
  let labels = ['All patients'];
  if (request.stratifier) {
    const g = groupCodes(column(d, request.stratifier), request.cut);
    codes = g.codes;
    labels = g.values.map((v) => groupLabel(request, v));
  }
  if (request.subset) {
    const { column: name, value } = request.subset;
    const facet = column(d, name);
    for (let i = 0; i < codes.length; i++) {
      const v = facet[i];
      if (v !== value && !(typeof v === 'bigint' && Number(v) === value)) codes[i] = -1;
    }
  }
  return {
    endpoint,
    cases: completeCases({ time, event, codes, labels, eventValue: endpoint.eventValue }),
  };
}
