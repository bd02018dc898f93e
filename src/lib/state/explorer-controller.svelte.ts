import type { ColumnInfo, ViewEngine } from '../engine/types';
import { CatalogController } from './catalog-controller.svelte';
import { ForestController } from './forest-controller.svelte';
import { forestPlan } from './forest-plan';
import { stratifierOptions } from './stratifier-options';
import { SurvivalController } from './survival-controller.svelte';
import { survivalPlan } from './survival-plan';
import { ViewState } from './view-state.svelte';

/**
 * The explorer's behaviour, out of its component: the view state, the dataset's columns, and one
 * controller per tab, wired so that any change of the view asks the engine again. Construct it
 * while a component initialises (its effects live as long as that component).
 */
export class ExplorerController {
  readonly view = new ViewState();
  readonly catalog: CatalogController;
  readonly survival: SurvivalController;
  readonly forest: ForestController;

  readonly options = $derived.by(() => stratifierOptions(this.catalog.columns));
  /** The active stratifier's column, when it is a column of the dataset. */
  readonly active = $derived.by((): ColumnInfo | undefined =>
    this.catalog.columns.find((c) => c.name === this.view.stratifier),
  );
  readonly numericColumns = $derived.by(() =>
    this.catalog.columns.filter((c) => c.kind === 'numeric' || c.kind === 'time'),
  );
  /** The survival tab's requests for the current choices (null until the columns are known). */
  readonly plan = $derived.by(() => {
    const columns = this.catalog.columns;
    if (columns.length === 0) return null;
    const v = this.view;
    return survivalPlan(
      {
        endpoint: v.endpoint,
        stratifier: v.stratifier,
        cut: v.cut,
        reference: v.reference,
        exclude: v.exclude,
        asPublished: v.asPublished,
        facet: v.facet,
      },
      columns,
    );
  });
  readonly landmarkNote = $derived.by(() => this.plan?.landmarkNote ?? null);
  readonly error = $derived.by(
    () => this.survival.error ?? this.forest.error ?? this.catalog.error,
  );

  constructor(engine: ViewEngine, generation: () => number) {
    this.catalog = new CatalogController(engine);
    this.survival = new SurvivalController(engine);
    this.forest = new ForestController(engine);
    const view = this.view;
    $effect(() => this.catalog.refresh(generation()));
    $effect(() => {
      const plan = this.plan;
      if (plan === null || view.tab !== 'curves') return;
      return this.survival.show(plan);
    });
    $effect(() => {
      const columns = this.catalog.columns;
      if (columns.length === 0 || view.tab !== 'forest') return;
      this.forest.show(
        forestPlan(
          {
            endpoint: view.endpoint,
            ties: view.ties,
            asPublished: view.asPublished,
            chosenFactors: view.chosenFactors,
          },
          columns,
        ),
      );
    });
  }
}
