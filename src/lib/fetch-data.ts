/**
 * Fetches a data file by address (the demo cohort, or a ?data= address already checked by
 * data-url.ts) and refuses, with a sentence naming the address and what went wrong, anything
 * that is not a data file: a network error, a redirect, a non-2xx answer, a web page (an error
 * page, a folder listing, a single-page-app fallback), JSON, or an empty body.
 *
 * Redirects are not followed (`redirect: 'manual'`): the browser then never sends a request to
 * where the redirect points, so no request can leave the site, and a redirect is told apart from
 * a network error by name (with `redirect: 'error'` both are the same TypeError). `mode:
 * 'same-origin'` makes the browser itself refuse any other-origin address as a second guard.
 */
export async function fetchDataBytes(url: string): Promise<Uint8Array> {
  // The offline file's built-in cohort is a data: address inside the page: decoded here, not
  // fetched, so the offline file's Content-Security-Policy needs no `connect-src data:`.
  if (url.startsWith('data:')) return decodeDataUrl(url);
  const where = addressOf(url);
  const fail = (why: string) => new Error(`The data address “${where}” was not loaded: ${why}`);
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'manual', mode: 'same-origin', credentials: 'same-origin' });
  } catch {
    throw fail('the server could not be reached (no connection, or it did not answer).');
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    throw fail(
      'the server redirected it to another address. Redirects are not followed, so nothing was loaded from elsewhere; use the file’s final address.',
    );
  }
  if (!res.ok) {
    const text = res.statusText ? ` ${res.statusText}` : '';
    const hint = res.status === 404 ? ' (there is no file at this address)' : '';
    throw fail(`the server answered HTTP ${res.status}${text}${hint}.`);
  }
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length === 0) throw fail('the file is empty (0 bytes).');
  const start = firstText(bytes);
  if (type.includes('html') || /^<(!doctype|html|head|body|!--|\?xml)/i.test(start)) {
    throw fail(
      'the server sent a web page (HTML), not a data file — perhaps an error page, a folder listing or a mistyped address. Use the address of an Arrow or CSV file.',
    );
  }
  if (type.includes('json') || /^[{[]/.test(start)) {
    throw fail('the server sent JSON, not a data file. Use the address of an Arrow or CSV file.');
  }
  return bytes;
}

/** The address as a path on this site, for messages. */
function addressOf(url: string): string {
  try {
    const u = new URL(url, globalThis.location?.href);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/** The first characters of the body as text, after a byte-order mark and white space. */
function firstText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
}

/** The bytes of a base64 or percent-encoded data: address. */
export function decodeDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (comma < 0) throw new Error('The built-in data could not be read (malformed data: address).');
  const body = url.slice(comma + 1);
  if (!url.slice(0, comma).endsWith(';base64')) {
    return new TextEncoder().encode(decodeURIComponent(body));
  }
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
