import type { AnalysisFrame } from '../../frame/analysis-frame';
import { table1Inputs, type Table1Variable } from '../../frame/table1-inputs';
import { quantiles } from '../../stats/quantile';
import { categoricalTest, numericTest } from '../table1-tests';
import type { Table1Cell, Table1Request, Table1Result, Table1Row } from '../types';

/** The method names shown beside Table 1. */
export const TABLE1_METHODS = [
  "numbers: median [IQR], quartiles by R's default definition (quantile type 7)",
  'categories: n/N (%), N = patients with a value',
  "groups compared by Fisher's exact test (fisher.test; Pearson's χ², chisq.test, when the table is too large to enumerate) for categories, the Mann–Whitney test (wilcox.test, exact = FALSE, correct = TRUE) for numbers in 2 groups and the Kruskal–Wallis test (kruskal.test) in more",
  'one p per row, not corrected for multiple comparisons: descriptive',
];

/**
 * Table 1: each baseline characteristic of the registry overall and in each group of the
 * stratifier (reference first), with missing counts and one test per row comparing the groups
 * on the patients with a value and a known group.
 * @example table1Analysis(frame, { kind: 'table1', stratifier: 'triple_refractory' }).rows[0].label // 'Age'
 */
export function table1Analysis(frame: AnalysisFrame, request: Table1Request): Table1Result {
  const spec = {
    stratifier: request.stratifier,
    cut: request.cut,
    asPublished:
      request.asPublished && request.stratifier !== null
        ? frame.hasAsPublished(request.stratifier)
        : false,
    reference: request.reference,
  };
  const inputs = table1Inputs(frame, spec);
  const k = inputs.groups.length;
  const rows = inputs.variables.map((v) => rowOf(v, inputs.group, k));
  const stratifierLabel = request.stratifier
    ? request.cut !== undefined
      ? `${frame.label(request.stratifier)} split at ${request.cut}`
      : frame.label(request.stratifier)
    : null;
  return {
    request,
    title: stratifierLabel
      ? `Baseline characteristics by ${stratifierLabel}${spec.asPublished ? ' (as published)' : ''}`
      : 'Baseline characteristics, all patients',
    stratifierLabel,
    postBaseline: request.stratifier
      ? (frame.spec(request.stratifier)?.postBaseline ?? false)
      : false,
    nTotal: inputs.n,
    nGrouped: inputs.groups.reduce((s, g) => s + g.n, 0),
    groups: inputs.groups,
    referenceRule: inputs.referenceRule,
    rows,
    methods: TABLE1_METHODS,
  };
}

function rowOf(v: Table1Variable, group: Int32Array | null, k: number): Table1Row {
  const all = () => true;
  const inGroup = (g: number) => (i: number) => group![i] === g;
  const cells = Array.from({ length: k }, (_, g) => cellOf(v, inGroup(g)));
  const base = {
    column: v.column,
    label: v.label,
    unit: v.unit,
    section: v.section,
    kind: v.kind,
    levels: v.levels,
    overall: cellOf(v, all),
    groups: cells,
  };
  if (k === 0) return { ...base, test: null, noTest: null };
  if (k < 2) return { ...base, test: null, noTest: 'only one group' };
  const tested =
    v.kind === 'numeric'
      ? numericTest(
          Array.from({ length: k }, (_, g) => v.values!.filter((_, i) => group![i] === g)),
        )
      : categoricalTest(v.levels.map((_, l) => cells.map((c) => c.counts[l])));
  return { ...base, ...tested };
}

function cellOf(v: Table1Variable, keep: (i: number) => boolean): Table1Cell {
  if (v.kind === 'numeric') {
    const x = v.values!.filter((_, i) => keep(i));
    const present = x.filter((t) => !Number.isNaN(t));
    const [q1, median, q3] = quantiles(present, [0.25, 0.5, 0.75]);
    return { n: present.length, missing: x.length - present.length, median, q1, q3, counts: [] };
  }
  const counts = new Array<number>(v.levels.length).fill(0);
  let missing = 0;
  v.codes!.forEach((c, i) => {
    if (!keep(i)) return;
    if (c < 0) missing++;
    else counts[c]++;
  });
  const n = counts.reduce((s, c) => s + c, 0);
  return { n, missing, median: null, q1: null, q3: null, counts };
}
