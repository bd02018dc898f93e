import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built page carries in a <meta> tag (docs/security.md says why
 * each directive). Nothing is allowed unless named: scripts, styles, images, connections and the
 * worker come from the page's own site only; blob: images are the PNG export's SVG drawn on a
 * canvas, and the one data: image is index.html's empty icon (`data:,`, which spares a request
 * for /favicon.ico); an image cannot run code, and a data: one reaches no network. No 'unsafe-inline', no 'unsafe-eval': Svelte sets element styles through the CSSOM
 * (`element.style`), which a policy does not govern, and the build has no inline script.
 */
export const HOSTED_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The offline file's policy: it has no other file to load, so scripts and styles are allowed
 * only by the SHA-256 of the exact inline text, and the worker only from a blob: address (Vite's
 * inlined worker; its data: fallback stays refused). No connections at all: the built-in cohort
 * is decoded in the page (src/lib/fetch-data.ts), not fetched.
 */
export function offlinePolicy(
  scripts: readonly string[],
  styles: readonly string[],
): Record<string, readonly string[]> {
  return {
    'default-src': ["'none'"],
    'script-src': scripts.map(sha256),
    'style-src': styles.map(sha256),
    'img-src': ['blob:', 'data:'],
    'worker-src': ['blob:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** The policy as the header or meta tag writes it. */
export function policyText(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** A CSP hash source for an inline script's or style's exact text. */
export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

/** The meta tag that carries a policy. */
function metaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/**
 * Puts HOSTED_POLICY in the built page's <head>, right after <meta charset> and before any
 * script or style (a meta policy governs only what comes after it). Not in `vite dev`, which
 * injects inline code of its own.
 */
export function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8">');
      return html.replace(charset, (m) => `${m}\n    ${metaTag(policyText(HOSTED_POLICY))}`);
    },
  };
}

/**
 * For the offline file, after vite-plugin-singlefile has inlined every script and style: replaces
 * the hosted policy with offlinePolicy() over the hashes of the final inline texts. Fails the
 * build if the page has no policy or if an inline event handler or style attribute would need
 * 'unsafe-inline'.
 */
export function offlineContentSecurityPolicy(): Plugin {
  return {
    name: 'offline:content-security-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          if (!META.test(html)) throw new Error(`${file.fileName} has no Content-Security-Policy`);
          // As the HTML parser reads them: a script ends at the first </script>.
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
          const rest = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
          const styles = [...rest.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
          if (
            /<[a-z][^>]*\s(on[a-z]+|style)=/i.test(rest.replace(/<style\b[\s\S]*?<\/style>/g, ''))
          ) {
            throw new Error(`${file.fileName} has an inline handler or style attribute`);
          }
          const policy = policyText(
            offlinePolicy(
              scripts.map((m) => m[1]),
              styles.map((m) => m[1]),
            ),
          );
          file.source = html.replace(META, metaTag(policy));
        }
      },
    },
  };
}
