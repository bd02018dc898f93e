import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeDataUrl, fetchDataBytes } from '../../../src/lib/fetch-data';

const URL_ = 'https://site.test/app/data/c.arrow?v=1';
const ARROW = new Uint8Array([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0, 0]); // "ARROW1\0\0"

/** A Response as fetch resolves it; `type` only for the opaque redirect a manual fetch gives. */
function answer(body: string | Uint8Array, init: ResponseInit, type?: ResponseType): Response {
  const res = new Response(body as BodyInit, init);
  if (type) Object.defineProperty(res, 'type', { value: type });
  return res;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataBytes', () => {
  it('fetchDataBytes returns the bytes and asks the browser not to follow redirects nor leave the site', async () => {
    const fetch = vi.fn(async () => answer(ARROW, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDataBytes(URL_)).toEqual(ARROW);
    expect(fetch).toHaveBeenCalledWith(URL_, {
      redirect: 'manual',
      mode: 'same-origin',
      credentials: 'same-origin',
    });
  });

  it('fetchDataBytes accepts a CSV served as text/plain', async () => {
    vi.stubGlobal('fetch', async () =>
      answer('patient_id,pfs_months\nA,3\n', {
        status: 200,
        headers: { 'content-type': 'text/plain' },
      }),
    );
    expect((await fetchDataBytes(URL_)).length).toBe(26);
  });

  it.each([
    [
      'a 404',
      () => answer('Not found', { status: 404 }),
      'HTTP 404 (there is no file at this address)',
    ],
    [
      'a 500',
      () => answer('oops', { status: 500, statusText: 'Internal Server Error' }),
      'HTTP 500 Internal Server Error',
    ],
    ['a 403', () => answer('', { status: 403 }), 'HTTP 403'],
    [
      'a redirect (opaque, as redirect: manual gives it)',
      () => answer(null as unknown as string, { status: 200 }, 'opaqueredirect'),
      'redirected it to another address',
    ],
    [
      'a 302 seen as is',
      () => answer('', { status: 302, headers: { location: 'https://evil.test/' } }),
      'redirected',
    ],
    [
      'an HTML page by type',
      () => answer('x', { status: 200, headers: { 'content-type': 'text/html' } }),
      'web page (HTML)',
    ],
    [
      'an HTML page by content',
      () => answer('\uFEFF  <!DOCTYPE html><html>', { status: 200 }),
      'web page (HTML)',
    ],
    [
      'a folder listing',
      () => answer('<html><body><h1>Index of /data</h1>', { status: 200 }),
      'folder listing',
    ],
    [
      'JSON by type',
      () => answer('x', { status: 200, headers: { 'content-type': 'application/json' } }),
      'sent JSON',
    ],
    ['JSON by content', () => answer('{"patients": []}', { status: 200 }), 'sent JSON'],
    ['an empty body', () => answer('', { status: 200 }), 'the file is empty (0 bytes)'],
  ])('fetchDataBytes refuses %s, naming the address', async (_, respond, why) => {
    vi.stubGlobal('fetch', async () => respond());
    const error = await fetchDataBytes(URL_).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('“/app/data/c.arrow?v=1” was not loaded');
    expect((error as Error).message).toContain(why);
  });

  it('fetchDataBytes says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchDataBytes(URL_)).rejects.toThrow('could not be reached');
  });

  it('fetchDataBytes decodes the offline file’s data: cohort without fetching', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const url = `data:application/octet-stream;base64,${Buffer.from(ARROW).toString('base64')}`;
    expect(await fetchDataBytes(url)).toEqual(ARROW);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('decodeDataUrl', () => {
  it.each([
    ['data:;base64,QUJD', 'ABC'],
    ['data:text/csv,a%2Cb%0A1', 'a,b\n1'],
    ['data:,', ''],
  ])('decodeDataUrl reads %s', (url, text) => {
    expect(new TextDecoder().decode(decodeDataUrl(url))).toBe(text);
  });
});
