import {
  parseViewParams,
  serialiseViewParams,
  type IgnoredParam,
  type ViewParams,
} from './view-params';
import type { ViewState } from './view-state.svelte';

/** What the URL sync needs of the browser (a fake in tests). */
export interface UrlHost {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * Keeps the view in the URL query: reads it when the explorer opens and on back/forward, writes
 * every change as a new history entry (so back and forward step through views). Parameters that
 * cannot be used are reported, never fatal. The explorer's controller calls read() once, then
 * write() in an effect and listen() for back/forward.
 */
export class UrlSync {
  /** Parameters of the last URL read that had to be ignored. */
  ignored = $state.raw<IgnoredParam[]>([]);
  /** Set while the view is being set from the URL: the next write replaces instead of pushing. */
  private fromUrl = false;

  /**
   * @param later when the history entry is written (default: at once). The explorer passes a
   *   zero-delay timer: the address is updated right after the redraw, not before it (a history
   *   write costs a few ms, which a toggle would otherwise wait for).
   */
  constructor(
    private readonly view: ViewState,
    private readonly host: UrlHost,
    private readonly later: (write: () => void) => void = (write) => write(),
  ) {}

  /** Set the view from the URL now. */
  read(): void {
    const { params, ignored } = parseViewParams(this.host.location.search);
    this.fromUrl = true;
    this.view.apply(params);
    this.ignored = ignored;
  }

  /** Write the view into the URL, unless the URL says so already. */
  write(): void {
    const { location, history } = this.host;
    const search = serialiseViewParams(this.view.snapshot(), location.search);
    const replace = this.fromUrl;
    this.fromUrl = false;
    if (search === location.search) return;
    // A page path starting with // (the site opened at "//?by=…") would read as another host's address
    // ("//?by=…" is protocol-relative) and the browser refuses it: one leading slash is kept.
    this.later(() => {
      if (search === location.search) return;
      const url = `${location.pathname.replace(/^\/{2,}/, '/')}${search}${location.hash}`;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    });
  }

  /** Set the view to a corrected version of itself (e.g. a column the dataset lacks dropped). */
  correct(params: ViewParams, ignored: IgnoredParam[]): void {
    this.fromUrl = true;
    this.view.apply(params);
    this.ignored = [...this.ignored, ...ignored];
  }

  /** Follow back/forward until the returned cleanup is called. */
  listen(): () => void {
    const onPop = () => this.read();
    this.host.addEventListener('popstate', onPop);
    return () => this.host.removeEventListener('popstate', onPop);
  }
}
