/**
 * Debug flags read once from the page address (for benchmarks and diagnosis; harmless when
 * absent): `?prefetch=0` turns off the idle prefetch of other stratifiers' analyses, so the
 * first toggle of each stratifier is measured as a user without prefetch would see it.
 * @example prefetchEnabled('https://x/?prefetch=0') // false
 */
export function prefetchEnabled(href: string | undefined = globalThis.location?.href): boolean {
  if (!href) return true;
  try {
    return new URL(href).searchParams.get('prefetch') !== '0';
  } catch {
    return true;
  }
}
