import type { ExplorerController } from '../../lib/state/explorer-controller.svelte';
import type { ExportDataset } from '../../lib/state/export-actions';

/** What every view of the explorer is given: the shared state and engine, and the dataset. */
export interface ViewProps {
  explorer: ExplorerController;
  dataset: ExportDataset;
}
