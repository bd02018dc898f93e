import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import hosted from './vite.config.ts';
import { offlineContentSecurityPolicy } from './scripts/content-security-policy.ts';

// `npm run build:offline`: the whole explorer as ONE html file that runs when opened from a folder
// (file://) with no server and no network. The hosted build's config, plus: the worker and the
// demo cohort inlined (by swapping the two modules that decide how they load), every script and
// style inlined in the page (vite-plugin-singlefile), no public/ files and no source maps.

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The two decisions the offline build makes differently; each hosted module has an inline twin. */
const SWAPS = new Map([
  [path('src/lib/start-worker.ts'), path('src/lib/start-worker-inline.ts')],
  [path('src/lib/demo-source.ts'), path('src/lib/demo-source-inline.ts')],
]);

/** Resolves every import of a hosted module in SWAPS to its inline twin. */
function swapModules(): Plugin {
  return {
    name: 'offline:swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(start-worker|demo-source)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && SWAPS.get(resolved.id)) ?? null;
    },
  };
}

/** index.html's not-started message tells users to serve the page; the offline file needs no server. */
function offlineNotStartedMessage(): Plugin {
  const paragraph = /(<p class="not-started"[^>]*>)[\s\S]*?(<\/p>)/;
  return {
    name: 'offline:not-started-message',
    transformIndexHtml(html) {
      if (!paragraph.test(html)) throw new Error('index.html has no <p class="not-started">');
      return html.replace(
        paragraph,
        '$1The CAR-T Outcomes Explorer is starting… If this message stays, your browser could not ' +
          'run it: it needs JavaScript and an up-to-date browser.$2',
      );
    },
  };
}

export default mergeConfig(
  hosted,
  defineConfig({
    plugins: [
      swapModules(),
      offlineNotStartedMessage(),
      viteSingleFile({ outputFileName: 'cart-outcomes-explorer.html' }),
      // After the inlining: the policy allows the inline script and style by their hashes.
      offlineContentSecurityPolicy(),
    ],
    // The cohort is imported with ?inline, which Vite only applies to files it treats as assets.
    assetsInclude: ['**/*.arrow'],
    // public/ holds the hosted build's cohort and calibration report: the offline file carries
    // the cohort inside and needs neither.
    publicDir: false,
    // A classic worker, not a module one: Chromium refuses a module worker from a blob: URL made
    // by a page opened from file:// (an opaque origin), and starts a classic one.
    worker: { format: 'iife' },
    build: {
      outDir: 'dist-offline',
      emptyOutDir: true,
      sourcemap: false,
      // No other module to preload: leave out the polyfill that would fetch them.
      modulePreload: { polyfill: false },
    },
  }),
);
