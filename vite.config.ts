import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

// Relative base so the same build works hosted under any path or in an iframe. Opened from
// file:// the browser refuses its module scripts and worker: index.html then says so instead of
// showing a blank page. The built page carries a strict Content-Security-Policy (docs/security.md).
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
