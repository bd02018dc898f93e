import { describe, expect, it } from 'vitest';
import { UrlSync, type UrlHost } from '../../../src/lib/state/url-sync.svelte';
import { ViewState } from '../../../src/lib/state/view-state.svelte';

function fakeHost(search: string) {
  const entries: { how: 'push' | 'replace'; url: string }[] = [];
  const listeners: (() => void)[] = [];
  const host: UrlHost = {
    location: { pathname: '/explorer/', search, hash: '' },
    history: {
      pushState: (_d, _u, url) => {
        entries.push({ how: 'push', url });
        host.location.search = url.slice(url.indexOf('?') >= 0 ? url.indexOf('?') : url.length);
      },
      replaceState: (_d, _u, url) => {
        entries.push({ how: 'replace', url });
        host.location.search = url.slice(url.indexOf('?') >= 0 ? url.indexOf('?') : url.length);
      },
    },
    addEventListener: (_t, l) => void listeners.push(l),
    removeEventListener: (_t, l) => void listeners.splice(listeners.indexOf(l), 1),
  };
  return { host, entries, listeners };
}

describe('UrlSync', () => {
  it('UrlSync opens the view the URL describes and reports what it ignored', () => {
    const { host } = fakeHost('?endpoint=os&by=triple_refractory&colour=red');
    const view = new ViewState();
    const sync = new UrlSync(view, host);
    sync.read();
    expect([view.endpoint, view.stratifier]).toEqual(['os', 'triple_refractory']);
    expect(sync.ignored.map((i) => i.name)).toEqual(['colour']);
  });

  it('UrlSync leaves the history entry to its scheduler: nothing is written until it runs', () => {
    const { host, entries } = fakeHost('?endpoint=os');
    const view = new ViewState();
    const pending: (() => void)[] = [];
    const sync = new UrlSync(view, host, (write) => void pending.push(write));
    sync.read();
    sync.write(); // the URL read is already canonical: nothing to write
    view.stratify('prior_asct');
    sync.write();
    expect(entries).toEqual([]);
    pending.forEach((write) => write());
    expect(entries).toEqual([{ how: 'push', url: '/explorer/?endpoint=os&by=prior_asct' }]);
  });

  it('UrlSync writes a change as a new history entry, and a view read from the URL in place', () => {
    const { host, entries } = fakeHost('?endpoint=os&colour=red');
    const view = new ViewState();
    const sync = new UrlSync(view, host);
    sync.read();
    sync.write(); // after reading: canonical form, replaced
    view.stratify('prior_asct');
    sync.write();
    sync.write(); // nothing changed: no entry
    expect(entries).toEqual([
      { how: 'replace', url: '/explorer/?endpoint=os' },
      { how: 'push', url: '/explorer/?endpoint=os&by=prior_asct' },
    ]);
  });

  it.each([
    ['//', '/?endpoint=os'],
    ['///explorer/', '/explorer/?endpoint=os'],
    ['/explorer/', '/explorer/?endpoint=os'],
  ])('UrlSync on a page at %s writes %s, an address of the same site', (path, expected) => {
    const { host, entries } = fakeHost('?endpoint=os&colour=red');
    host.location.pathname = path;
    const sync = new UrlSync(new ViewState(), host);
    sync.read();
    sync.write();
    expect(entries[0].url).toBe(expected);
    // The browser's rule: an address starting with // names another host.
    expect(new URL(entries[0].url, 'https://site.example/x').host).toBe('site.example');
  });

  it('UrlSync follows back and forward', () => {
    const { host, listeners } = fakeHost('?endpoint=os');
    const view = new ViewState();
    const sync = new UrlSync(view, host);
    const stop = sync.listen();
    host.location.search = '?endpoint=dor&by=cr_or_better';
    listeners.forEach((l) => l());
    expect([view.endpoint, view.stratifier]).toEqual(['dor', 'cr_or_better']);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
