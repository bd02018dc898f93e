import type { ColumnInfo, ResponseRequest } from '../engine/types';
import { stratifierOptions } from './stratifier-options';

/** The parts of the view state the response tab depends on. */
export interface ResponseChoices {
  stratifier: string | null;
  cut: number | null;
  asPublished: boolean;
}

/** What the response tab asks for: its request, and the other stratifiers' to prefetch. */
export interface ResponsePlan {
  request: ResponseRequest;
  prefetch: ResponseRequest[];
}

/**
 * Turns the shared "Compare groups" choices into the response tab's request. Pure, so the
 * controller only has to send it.
 * @example responsePlan({ stratifier: 'triple_refractory', cut: null, asPublished: false }, columns).request
 * // { kind: 'response', stratifier: 'triple_refractory' }
 */
export function responsePlan(c: ResponseChoices, columns: readonly ColumnInfo[]): ResponsePlan {
  const info = columns.find((col) => col.name === c.stratifier);
  const request: ResponseRequest = {
    kind: 'response',
    stratifier: c.stratifier,
    ...(c.cut !== null ? { cut: c.cut } : {}),
    ...(c.asPublished && info?.stratifier?.asPublished ? { asPublished: true } : {}),
  };
  const prefetch = stratifierOptions(columns)
    .filter((o) => o.column !== c.stratifier)
    .map((o): ResponseRequest => ({ kind: 'response', stratifier: o.column }));
  return { request, prefetch };
}
