import { describe, expect, it } from 'vitest';
import { dataUrlFromLocation } from '../../../src/lib/data-url';

const PAGE = 'https://site.test/app/';
/** The page opened with ?data= set to `data` (encoded as a link would carry it). */
const at = (data: string) => dataUrlFromLocation(`${PAGE}?data=${encodeURIComponent(data)}`);

describe('dataUrlFromLocation', () => {
  it('dataUrlFromLocation returns null without a data parameter', () => {
    expect(dataUrlFromLocation(PAGE)).toBeNull();
    expect(dataUrlFromLocation(`${PAGE}?data=`)).toBeNull();
  });

  it.each([
    ['data/my%20cohort.arrow', 'https://site.test/app/data/my%20cohort.arrow', 'my cohort.arrow'],
    ['/shared/c.csv', 'https://site.test/shared/c.csv', 'c.csv'],
    ['../c.arrow', 'https://site.test/c.arrow', 'c.arrow'],
    ['https://site.test/x/c.arrow', 'https://site.test/x/c.arrow', 'c.arrow'],
    ['c.arrow?v=2#top', 'https://site.test/app/c.arrow?v=2#top', 'c.arrow'],
    ['/files/', 'https://site.test/files/', 'data'],
  ])('dataUrlFromLocation accepts the same-origin path %s', (data, url, name) => {
    expect(at(data)).toEqual({ ok: true, url, name });
  });

  it('dataUrlFromLocation reads a percent-encoded path as the page address carries it', () => {
    expect(dataUrlFromLocation(`${PAGE}?data=data/my%2520cohort.arrow`)).toMatchObject({
      ok: true,
      name: 'my cohort.arrow',
    });
  });

  it.each([
    // [address, words the refusal must contain]
    ['https://elsewhere.test/c.arrow', 'must be on this site'],
    ['//elsewhere.test/c.arrow', 'must be on this site'],
    ['http://site.test/c.arrow', 'must be on this site'],
    ['https://site.test:8443/c.arrow', 'must be on this site'],
    ['\\\\elsewhere.test/c.arrow', 'must be on this site'],
    ['/\\elsewhere.test/c.arrow', 'must be on this site'],
    ['blob:https://site.test/1b2c-3d4e', '“blob:” addresses are not accepted'],
    ['data:text/csv,patient_id%0AA', '“data:” addresses are not accepted'],
    ['javascript:alert(1)', '“javascript:” addresses are not accepted'],
    [' JavaScript:alert(1)', '“javascript:” addresses are not accepted'],
    ['file:///etc/passwd', '“file:” addresses are not accepted'],
    ['ftp://site.test/c.arrow', '“ftp:” addresses are not accepted'],
    ['filesystem:https://site.test/temporary/c.arrow', '“filesystem:” addresses are not accepted'],
    ['https://user:secret@site.test/c.arrow', 'user name or password'],
    ['/x%ZZ.arrow', 'malformed %-escape'],
    ['/x%E0%A4%A.arrow', 'malformed %-escape'],
    [`/${'a'.repeat(2050)}.arrow`, 'longer than 2048 characters'],
  ])('dataUrlFromLocation refuses %s, naming it and why', (data, why) => {
    const r = at(data);
    expect(r).toMatchObject({ ok: false });
    const message = r && !r.ok ? r.message : '';
    expect(message).toContain(why);
    expect(message).toContain(`“${data.slice(0, 40)}`);
  });

  it('dataUrlFromLocation refuses every address on a page opened from a folder (file://)', () => {
    const r = dataUrlFromLocation('file:///home/me/cart-outcomes-explorer.html?data=c.arrow');
    expect(r).toMatchObject({ ok: false });
    expect(r && !r.ok && r.message).toContain('not opened from a web server');
  });

  it('dataUrlFromLocation refuses ?data=/x%ZZ.arrow as typed in the address bar without throwing', () => {
    expect(() => dataUrlFromLocation(`${PAGE}?data=/x%ZZ.arrow`)).not.toThrow();
    expect(dataUrlFromLocation(`${PAGE}?data=/x%ZZ.arrow`)).toMatchObject({ ok: false });
  });
});
