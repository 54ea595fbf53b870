// Vite build for the dashboard. Everything is served from our own origin: no CDN, no web fonts
// from the internet, so the production build works with the network unplugged.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './deploy/csp';
import { moduleGraphPlugin } from './scripts/moduleGraph';

/** The strict CSP as a <meta> in the built page only: the dev server's HMR needs inline scripts. */
const cspMetaPlugin = {
  name: 'atlas-csp-meta',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`),
};

type ModuleInfoOf = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;
const entryReach = new Map<string, boolean>();

/** True when the entry reaches `id` by static imports only (walks importers up to the entry). */
function fromEntry(id: string, infoOf: ModuleInfoOf, seen = new Set<string>()): boolean {
  const known = entryReach.get(id);
  if (known !== undefined) return known;
  if (seen.has(id)) return false;
  seen.add(id);
  const info = infoOf(id);
  const reached = !!info && (info.isEntry || info.importers.some((i) => fromEntry(i, infoOf, seen)));
  if (seen.size === 1 || reached) entryReach.set(id, reached);
  return reached;
}

export default defineConfig({
  // Relative base so the static build works from any sub-path (partner CMS, file server).
  base: './',
  plugins: [
    react(),
    cspMetaPlugin,
    moduleGraphPlugin,
    // Offline (issue 7): a Workbox service worker precaches the app, fonts, map data and stories.
    // 'prompt' so an update waits for the user (never mid-presentation); registered from our own
    // module (src/app/startServiceWorker.ts), not an injected inline script, for a strict CSP.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Learning City Atlas · แผนที่เมืองแห่งการเรียนรู้',
        short_name: 'City Atlas',
        description: "Thailand's learning-city movement on a map: provinces, pilots, UNESCO learning cities and partners.",
        lang: 'th',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b22222',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // woff2 only: every browser that runs a service worker reads it, so the .woff copies stay out.
        // csv: the published open data (data/atlas-data/*.csv, ≈ 0.4 MB) downloads offline too.
        globPatterns: ['**/*.{js,css,html,svg,woff2,json,webmanifest,csv}'],
        // Deployment settings are read fresh (a changed allow-list must not wait for a new build).
        globIgnores: ['embed-config.json'],
        // The entry chunk (MapLibre + deck.gl) is over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Every module the entry imports statically goes in one chunk with it. Left to itself,
        // Rolldown splits the modules the entry shares with lazy chunks (compare, small multiples,
        // video) into dozens of small files, and each file gzips apart: 10 KB of the entry's
        // budget went to the split alone (README, Performance).
        advancedChunks: { groups: [{ name: (id, ctx) => (fromEntry(id, (m) => ctx.getModuleInfo(m)) ? 'app' : null) }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
