import type { ColumnSource } from './column-cache';
import { completeCases, type CompleteCases } from './complete-cases';
import { endpointById, type EndpointSpec } from './endpoints';
import { stratifierByColumn } from './stratifiers';
import type { SurvivalRequest } from './types';

/** More groups than this is not a stratifier but a continuous variable: ask for a cut-point. */
export const MAX_GROUPS = 12;

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
  d: ColumnSource,
  request: SurvivalRequest,
): { endpoint: EndpointSpec; cases: CompleteCases } {
  const endpoint = endpointById(request.endpoint);
  let time = d.numeric(endpoint.timeColumn);
  if (request.landmark !== undefined) {
    // Landmark: drop patients with an event or censoring at or before L; count time from L.
    const L = request.landmark;
    time = time.map((t) => (t > L ? t - L : NaN));
  }
  const event = d.numeric(endpoint.eventColumn);
  let codes: Int32Array = new Int32Array(d.n);
  let labels = ['All patients'];
  if (request.stratifier) {
    const g = d.groups(request.stratifier, request.cut, request.asPublished);
    if (g.values.length > MAX_GROUPS) {
      throw new Error(
        `"${request.stratifier}" has ${g.values.length} different values — too many groups to compare; split it at a cut-point instead.`,
      );
    }
    codes = g.codes;
    labels = g.values.map((v) => groupLabel(request, v));
  }
  if (request.subset) {
    codes = codes.slice();
    const { column: name, value } = request.subset;
    const facet = d.raw(name);
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
