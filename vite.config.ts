// Vite build for the dashboard. Everything is served from our own origin: no CDN, no web fonts
// from the internet, so the production build works with the network unplugged.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspMeta } from './deploy/csp';

/** The strict CSP as a <meta> in the built page only: the dev server's HMR needs inline scripts. */
const cspMetaPlugin = {
  name: 'atlas-csp-meta',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`),
};

export default defineConfig({
  // Relative base so the static build works from any sub-path (partner CMS, file server).
  base: './',
  plugins: [react(), cspMetaPlugin],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
