/**
 * Resolves the ?data= parameter. Only http(s) paths on this site are accepted: patient data must
 * never be fetched from (or reveal anything to) another site. Every refusal is a sentence that
 * names the address and the reason; the app then shows it with the demo cohort. The rules and
 * why are in docs/security.md.
 */
export type DataUrl = { ok: true; url: string; name: string } | { ok: false; message: string };

/** Schemes a data address may use; the page's own scheme must also be one of them. */
const WEB = new Set(['http:', 'https:']);
/** A scheme written at the start of the address, e.g. `blob:` or `javascript:`. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
/** Longest address accepted: a path, not a payload. */
const MAX_LENGTH = 2048;

export function dataUrlFromLocation(href: string): DataUrl | null {
  const here = new URL(href);
  const raw = here.searchParams.get('data');
  if (raw === null || raw === '') return null;
  const refuse = (why: string): DataUrl => ({
    ok: false,
    message: `The data address “${shown(raw)}” was not loaded: ${why}`,
  });
  if (raw.length > MAX_LENGTH) {
    return refuse(`it is longer than ${MAX_LENGTH} characters.`);
  }
  // `new URL('blob:https://site/x').origin` is the site's own origin: the scheme is checked by
  // name, before and after resolving, so blob:, data:, javascript:, file: … are never fetched.
  const scheme = SCHEME.exec(raw)?.[1].toLowerCase();
  if (scheme !== undefined && !WEB.has(`${scheme}:`)) {
    return refuse(`“${scheme}:” addresses are not accepted; only a file on this site is.`);
  }
  if (!WEB.has(here.protocol)) {
    return refuse(
      'this page was not opened from a web server, so it cannot load data by address; use “Load your data” instead.',
    );
  }
  let target: URL;
  try {
    target = new URL(raw, here);
  } catch {
    return refuse('it is not a valid address.');
  }
  if (!WEB.has(target.protocol)) {
    return refuse(`“${target.protocol}” addresses are not accepted; only a file on this site is.`);
  }
  if (target.origin !== here.origin) {
    return refuse(`the data address must be on this site (${here.origin}), and it is not.`);
  }
  if (target.username !== '' || target.password !== '') {
    return refuse('it contains a user name or password.');
  }
  const last = target.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    return refuse(
      'it contains a malformed %-escape (a “%” must be followed by two hexadecimal digits, e.g. %20 for a space).',
    );
  }
  return { ok: true, url: target.href, name: name || 'data' };
}

/** The address as typed, cut short if long, for a message. */
function shown(raw: string): string {
  return raw.length > 120 ? `${raw.slice(0, 117)}…` : raw;
}
