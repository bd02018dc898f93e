/**
 * Resolves the ?data= parameter. Only same-origin addresses are accepted: patient data must
 * never be fetched from (or reveal anything to) another site.
 */
export function dataUrlFromLocation(
  href: string,
): { ok: true; url: string; name: string } | { ok: false; message: string } | null {
  const here = new URL(href);
  const raw = here.searchParams.get('data');
  if (raw === null || raw === '') return null;
  let target: URL;
  try {
    target = new URL(raw, here);
  } catch {
    return { ok: false, message: `The data address "${raw}" is not a valid address.` };
  }
  if (target.origin !== here.origin) {
    return {
      ok: false,
      message: `The data address must be on this site (${here.origin}); "${raw}" is not, so it was not loaded.`,
    };
  }
  const name = decodeURIComponent(target.pathname.split('/').pop() || 'data');
  return { ok: true, url: target.href, name };
}
