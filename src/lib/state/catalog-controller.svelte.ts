import { Superseded } from '../engine/superseded';
import type { ColumnInfo, ViewEngine } from '../engine/types';

/** The loaded dataset's columns, asked again whenever a dataset is (re)loaded. */
export class CatalogController {
  columns = $state.raw<ColumnInfo[]>([]);
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  /** Ask for the columns of the dataset loaded now (`generation` changes with each load). */
  refresh(generation: number): void {
    this.engine.run({ kind: 'columns' }, `columns`).then(
      (c) => {
        this.columns = c;
        this.error = null;
      },
      (e: unknown) => {
        if (!(e instanceof Superseded)) this.error = (e as Error).message;
      },
    );
    void generation;
  }
}
