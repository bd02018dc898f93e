import { untrack } from 'svelte';
import type {
  ColumnInfo,
  ForestRequest,
  RScript,
  SurvivalRequest,
  ViewEngine,
} from '../engine/types';
import { CatalogController } from './catalog-controller.svelte';
import { ForestController } from './forest-controller.svelte';
import { firstPlan } from './first-plan';
import { forestPlan } from './forest-plan';
import { missingStratifiers } from './missing-stratifiers';
import { stratifierOptions } from './stratifier-options';
import { SurvivalController } from './survival-controller.svelte';
import { TestLog } from './test-log.svelte';
import { survivalTestEntry } from './test-log-entry';
import { survivalPlan, type SurvivalPlan } from './survival-plan';
import { UrlSync, type UrlHost } from './url-sync.svelte';
import { viewColumns } from './view-columns';
import { ViewState } from './view-state.svelte';
import { setPrintSize } from './print-size.svelte';

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
  /** Every distinct test looked at since the dataset was loaded (multiplicity, pitfall P6). */
  readonly testLog = new TestLog();

  readonly options = $derived.by(() => stratifierOptions(this.catalog.columns));
  /** The paper's stratifiers the dataset lacks columns for (shown disabled, naming them). */
  readonly unavailable = $derived.by(() => missingStratifiers(this.catalog.columns));
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
    // Before the columns are known: a view of all patients can be shown already (first-plan.ts).
    if (columns.length === 0) return firstPlan(this.view.snapshot());
    // Checked against the dataset here too, so no request names a column it does not have.
    const v = viewColumns(this.view.snapshot(), columns).params;
    const plan = survivalPlan(v, columns);
    // The same requests for the same dataset are the same plan: a change the plan does not
    // read (a Figure option, a title) neither re-asks the engine nor blanks its Cox answers.
    const key = JSON.stringify(plan);
    const last = this.lastPlan;
    if (last && last.columns === columns && last.key === key) return last.plan;
    this.lastPlan = { columns, key, plan };
    return plan;
  });
  private lastPlan: { columns: readonly ColumnInfo[]; key: string; plan: SurvivalPlan } | null =
    null;
  readonly landmarkNote = $derived.by(() => this.plan?.landmarkNote ?? null);
  readonly error = $derived.by(
    () => this.survival.error ?? this.forest.error ?? this.catalog.error,
  );
  /** The URL parameters that could not be used, in plain words (null when there are none). */
  readonly urlNotice = $derived.by(() => {
    const ignored = this.url?.ignored ?? [];
    if (ignored.length === 0) return null;
    const each = ignored.map((p) => `${p.name}=${p.value} (${p.reason})`);
    return `Some of the link's settings were ignored: ${each.join('; ')}.`;
  });
  /** Keeps the view in the URL (null without a browser URL, e.g. in tests). */
  readonly url: UrlSync | null;

  /** The R script that reproduces a view on screen (the engine writes it from the same rows). */
  readonly rScript: (view: SurvivalRequest | ForestRequest) => Promise<RScript>;

  constructor(
    /** The engine, for views that run their own controllers (src/components/views). */
    readonly engine: ViewEngine,
    generation: () => number,
    host: UrlHost | null = null,
  ) {
    this.rScript = (view) => engine.run({ kind: 'rScript', view }, 'r-script');
    this.catalog = new CatalogController(engine);
    this.survival = new SurvivalController(engine);
    this.forest = new ForestController(engine);
    const view = this.view;
    const url = (this.url = host ? new UrlSync(view, host, (write) => setTimeout(write, 0)) : null);
    // The link's view before the first request, so no default view is asked for in between.
    url?.read();
    // Its curves, then the column list, are asked now, while the page is built: the worker
    // computes them meanwhile, in that order (the effect below shares the columns request).
    const first = untrack(() => this.plan);
    if (first && view.tab === 'curves') this.survival.prime(first);
    untrack(() => this.catalog.refresh(generation()));
    $effect(() => url?.write());
    // Every chart's "PNG … mm" export follows the Figure panel's width and dpi.
    $effect(() => setPrintSize(view.figure.widthMm, view.figure.dpi));
    $effect(() => url?.listen());
    $effect(() => this.catalog.refresh(generation()));
    // A new dataset starts a new test log; each survival view's log-rank test is logged once.
    $effect(() => {
      const g = generation();
      untrack(() => this.testLog.use(g));
    });
    $effect(() => {
      const main = this.survival.main;
      if (main) untrack(() => this.testLog.record(survivalTestEntry(main)));
    });
    $effect(() => {
      const columns = this.catalog.columns;
      if (columns.length === 0) return;
      untrack(() => {
        const checked = viewColumns(view.snapshot(), columns);
        // An endpoint the file cannot show moves to one it can, even when nothing is reported.
        if (checked.ignored.length === 0 && checked.params.endpoint === view.endpoint) return;
        if (url) url.correct(checked.params, checked.ignored);
        else view.apply(checked.params);
      });
    });
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
