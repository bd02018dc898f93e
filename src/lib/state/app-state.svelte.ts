import type { ValidationReport } from '../data/issues';
import type { DatasetSummary } from '../engine/types';

/** The explorer's state; components read it, actions in App.svelte change it. */
export class AppState {
  dataset = $state<DatasetSummary | null>(null);
  /** Report of the most recent load attempt (errors and warnings). */
  report = $state.raw<ValidationReport | null>(null);
  /** Name of the file whose load failed, while its report is shown. */
  failedFile = $state<string | null>(null);
  loading = $state(false);
  /** The file (or files) being loaded, for the progress line. */
  loadingName = $state<string | null>(null);
  /** A plain-language message for anything that went wrong outside validation. */
  notice = $state<string | null>(null);
}
