/**
 * A file name from the parts of a view: letters, digits, '.', '_' and '-' only.
 * @example scriptBaseName(['pfs', 'by', 'car_persist_ge6', 'landmark', 6]) // 'explorer-pfs-by-car_persist_ge6-landmark-6'
 */
export function scriptBaseName(parts: readonly (string | number)[]): string {
  const slug = parts
    .map((p) =>
      String(p)
        .replace(/[^A-Za-z0-9_.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('-');
  return `explorer-${slug}`;
}
