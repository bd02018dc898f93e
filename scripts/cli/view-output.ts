import type { ColumnMapping } from '../../src/lib/data/mapping/column-mapping';
import { createEngine } from '../../src/lib/engine/engine';
import type { AnalysisRequest } from '../../src/lib/engine/types';
import { CliError } from './parse-args';
import type { AnalyzeOutput } from './run-analysis';

/** What `--view` prints: the usual keys (empty or null unless asked for) and `view`. */
export type ViewOutput<T extends object> = T & { view: unknown };

/**
 * `--view JSON`: any request the explorer's engine answers (table1, response, kinetics, swimmer,
 * safety, correlations, forest, survival with landmark or "as published", rScript, …), run by
 * the same engine the worker runs, on the file loaded as the app loads it; `view` is its result
 * as the app receives it. Only a file in the explorer's data format has the registry's columns.
 * @example withView(bytes, 'demo.arrow', output, { kind: 'table1', stratifier: null }).view
 */
export function withView<T extends AnalyzeOutput>(
  bytes: Uint8Array,
  fileName: string,
  output: T,
  request: { kind: string } & Record<string, unknown>,
  mapping?: ColumnMapping,
): ViewOutput<T> {
  const engine = createEngine();
  const loaded = engine.load(bytes, fileName, undefined, mapping);
  if (!loaded.ok) {
    throw new CliError(
      `--view needs a file in the explorer's data format (docs/data-format.md): ${loaded.report.errors[0]?.message ?? 'it did not load'}`,
    );
  }
  try {
    return { ...output, view: engine.run(request as unknown as AnalysisRequest) };
  } catch (e) {
    throw new CliError(`--view ${request.kind}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
