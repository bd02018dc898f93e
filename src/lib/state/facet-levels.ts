import { stratifierByColumn } from '../engine/stratifiers';

/** The facets of a second stratifier: one per value of a binary or categorical column. */
export function facetLevels(info: {
  name: string;
  kind: string;
  levels?: string[];
}): { column: string; value: number | string; label: string }[] {
  if (info.kind === 'binary') {
    const labels = stratifierByColumn(info.name)?.levels ?? [
      `${info.name} = 0`,
      `${info.name} = 1`,
    ];
    return [0, 1].map((value) => ({ column: info.name, value, label: labels[value] }));
  }
  return (info.levels ?? []).map((value) => ({ column: info.name, value, label: value }));
}
