import { DEFAULT_MONTH_DAYS, PATIENT_COLUMNS } from '../data/columns';
import { mappingJson, type ColumnMapping } from '../data/mapping/column-mapping';
import type { EventCode } from '../data/mapping/event-codes';
import type { MappingPreview, MappingPreviewResult } from '../data/mapping/mapping-preview';
import {
  TYPICAL_MONTHS,
  isEventColumn,
  isTimeColumn,
  mappingFrom,
} from '../data/mapping/propose-mapping';
import { guessTimeUnit, type TimeUnit } from '../data/mapping/time-unit';
import { mappingGap, mappingTargets, previewTable } from './mapping-plan';

const SPEC = new Map(PATIENT_COLUMNS.map((c) => [c.name, c]));

/**
 * The mapping step's behaviour: opens on a chosen file with the engine's proposal preselected,
 * keeps the user's edits (column, unit, meaning of each event value), and gives the mapping they
 * confirm, its live preview and its JSON. Nothing is applied until the user loads with it.
 */
export class MappingController {
  preview = $state.raw<MappingPreview | null>(null);
  /** The chosen files (the data file, perhaps with serial tables): loaded with the mapping. */
  files = $state.raw<File[]>([]);
  chosen = $state<Record<string, string | null>>({});
  units = $state<Record<string, TimeUnit>>({});
  unitReasons = $state<Record<string, string>>({});
  codes = $state<Record<string, EventCode[]>>({});
  error = $state<string | null>(null);
  busy = $state(false);
  /** Whether the step is on screen (hidden while its mapping loads, kept for a second try). */
  shown = $state(false);

  readonly targets = $derived(this.preview ? mappingTargets(this.preview.proposal) : null);
  readonly mapping: ColumnMapping = $derived(mappingFrom(this.chosen, this.units, this.codes));
  readonly table = $derived(this.preview ? previewTable(this.preview.sample, this.mapping) : null);
  /** Why "Load with this mapping" is not yet possible, in plain words (null: it is). */
  readonly gap = $derived.by(() => {
    const unknown = Object.entries(this.codes).find(
      ([t, list]) => this.chosen[t] && list.some((c) => c.means === null),
    );
    if (unknown) return `Say for each value of ${unknown[0]} whether it is an event or censored.`;
    return mappingGap(this.mapping);
  });
  readonly json = $derived(mappingJson(this.mapping));

  /** Reads the files' data table with the engine and opens the step on its proposal. */
  async open(
    files: File[],
    propose: (file: File) => Promise<MappingPreviewResult>,
    main: number,
  ): Promise<void> {
    const same =
      this.preview !== null &&
      files.length === this.files.length &&
      files.every((f, i) => f === this.files[i]);
    this.files = files;
    this.shown = true;
    if (same) return;
    this.busy = true;
    this.error = null;
    try {
      const r = await propose(files[main]);
      if (!r.ok) {
        this.error = r.message;
        this.preview = null;
        return;
      }
      this.start(r.preview);
    } catch (e) {
      this.error = (e as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private start(p: MappingPreview): void {
    this.chosen = Object.fromEntries(p.proposal.columns.map((c) => [c.column, c.candidate]));
    this.units = Object.fromEntries(Object.entries(p.proposal.units).map(([k, g]) => [k, g.unit]));
    this.unitReasons = Object.fromEntries(
      Object.entries(p.proposal.units).map(([k, g]) => [k, g.reason]),
    );
    this.codes = structuredClone(p.proposal.codes);
    this.preview = p;
  }

  /** The reason the proposal gave for a contract column's candidate, if it is still chosen. */
  reason(target: string): string | null {
    const s = this.preview?.proposal.columns.find((c) => c.column === target);
    return s && s.candidate !== null && s.candidate === this.chosen[target] ? s.reason : null;
  }

  /** The user picks a file column (or none) for a contract column; its unit or codes follow. */
  choose(target: string, source: string | null): void {
    this.chosen[target] = source;
    const spec = SPEC.get(target);
    const p = this.preview;
    if (!spec || !p) return;
    delete this.units[target];
    delete this.unitReasons[target];
    delete this.codes[target];
    if (source === null) return;
    const profile = p.profiles.find((x) => x.name === source);
    if (isTimeColumn(spec) && profile) {
      const g = guessTimeUnit(profile, TYPICAL_MONTHS[target] ?? 24, DEFAULT_MONTH_DAYS);
      this.units[target] = g.unit;
      this.unitReasons[target] = g.reason;
    } else if (isEventColumn(spec)) {
      this.codes[target] = structuredClone(p.values[source] ?? []);
    }
  }

  setUnit(target: string, unit: TimeUnit): void {
    this.units[target] = unit;
    this.unitReasons[target] = 'chosen by you';
  }

  setMeaning(target: string, value: string, means: 0 | 1 | null): void {
    const code = this.codes[target]?.find((c) => c.value === value);
    if (code) code.means = means;
  }

  hide(): void {
    this.shown = false;
  }

  close(): void {
    this.shown = false;
    this.preview = null;
    this.files = [];
    this.error = null;
  }
}
