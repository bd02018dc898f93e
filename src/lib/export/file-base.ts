/**
 * A file name (without extension) from a title: lower case, words joined by hyphens, ≥ as "ge",
 * and "-simulated-data" at the end for a simulated dataset, so the file says so too.
 * @example fileBase('PFS by CAR-T persistence ≥ 6 months', true) // 'pfs-by-car-t-persistence-ge-6-months-simulated-data'
 */
export function fileBase(title: string, simulated: boolean): string {
  const slug = title
    .normalize('NFKD')
    .replace(/≥/g, 'ge')
    .replace(/≤/g, 'le')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 80);
  return `${slug || 'explorer'}${simulated ? '-simulated-data' : ''}`;
}
