import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { foldLegalCommentsPlugin } from './scripts/fold-legal-comments.ts';

// Relative base so the same build works hosted under any path or in an iframe. Opened from
// file:// the browser refuses its module scripts and worker: index.html then says so instead of
// showing a blank page. The built page carries a strict Content-Security-Policy (docs/security.md).
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), foldLegalCommentsPlugin()],
  // Each bundled licence notice once, not once per file (about half of the worker's size).
  worker: { format: 'es', plugins: () => [foldLegalCommentsPlugin()] },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
