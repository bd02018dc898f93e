import type { Plugin } from 'vite';

/** A block comment carrying a licence (`@license`), as bundled packages start their files. */
const LEGAL = /\/\*\*?[ \t]*\r?\n?[ \t]*\*?[ \t]*@license\b[\s\S]*?\*\//g;

/**
 * Keeps each distinct licence comment once per chunk and drops its repeats. The @stdlib packages
 * start every one of their ~430 bundled files with the same Apache-2.0 header (a few dozen
 * variants by year), which made up nearly half of the worker bundle; the notices themselves are
 * all kept, once each.
 * @example foldLegalComments('/** @license MIT *\/a;/** @license MIT *\/b;') // '/** @license MIT *\/a;b;'
 */
export function foldLegalComments(code: string): string {
  const seen = new Set<string>();
  return code.replace(LEGAL, (comment) => {
    // A repeat leaves its line breaks, so the lines below keep their numbers (source maps).
    if (seen.has(comment)) return comment.replace(/[^\n]/g, '');
    seen.add(comment);
    return comment;
  });
}

/** The Vite plugin: foldLegalComments on every JavaScript chunk it renders. */
export function foldLegalCommentsPlugin(): Plugin {
  return {
    name: 'fold-legal-comments',
    renderChunk(code) {
      const folded = foldLegalComments(code);
      return folded === code ? null : { code: folded, map: null };
    },
  };
}
