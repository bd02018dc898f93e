/**
 * How alike two normalised headers are, 0–1: the Sørensen–Dice coefficient of their letter
 * pairs (bigrams), the measure string-similarity libraries use for "did you mean". Written here
 * rather than imported: it is ten lines, and the mapping step must not add weight to the page.
 * @example headerSimilarity('pfs month', 'pfs months') // 0.94
 */
export function headerSimilarity(a: string, b: string): number {
  if (a === b && a !== '') return 1;
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    const t = s.replace(/ /g, '');
    for (let i = 0; i < t.length - 1; i++) {
      const p = t.slice(i, i + 2);
      out.set(p, (out.get(p) ?? 0) + 1);
    }
    return out;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let total = 0;
  for (const n of pa.values()) total += n;
  for (const n of pb.values()) total += n;
  if (total === 0) return 0;
  let shared = 0;
  for (const [p, n] of pa) shared += Math.min(n, pb.get(p) ?? 0);
  return (2 * shared) / total;
}
