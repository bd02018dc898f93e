import { describe, expect, it } from 'vitest';
import { dataUrlFromLocation } from '../../../src/lib/data-url';

describe('dataUrlFromLocation', () => {
  it('dataUrlFromLocation returns null without a data parameter', () => {
    expect(dataUrlFromLocation('https://site.test/app/')).toBeNull();
    expect(dataUrlFromLocation('https://site.test/app/?data=')).toBeNull();
  });

  it('dataUrlFromLocation resolves a relative same-origin address', () => {
    expect(dataUrlFromLocation('https://site.test/app/?data=data/my%20cohort.arrow')).toEqual({
      ok: true,
      url: 'https://site.test/app/data/my%20cohort.arrow',
      name: 'my cohort.arrow',
    });
  });

  it.each([
    'https://elsewhere.test/c.arrow',
    '//elsewhere.test/c.arrow',
    'http://site.test/c.arrow',
  ])('dataUrlFromLocation refuses the other-origin address %s', (data) => {
    const r = dataUrlFromLocation(`https://site.test/app/?data=${encodeURIComponent(data)}`);
    expect(r).toMatchObject({ ok: false });
    expect(r && !r.ok && r.message).toContain('must be on this site');
  });
});
