// Vite build of the benchmark reference page into bench/dist/reference/, with the app's own
// provinces file copied to data/ so both pages draw the very same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
/** ATLAS_PROVINCES_TOPO overrides the source, to try the bench before `npm run geo` has run. */
const provincesFile = process.env.ATLAS_PROVINCES_TOPO ?? resolve(repo, 'public/data/provinces.topo.json');

/** Emits only the provinces file: the app's public/ holds fonts and stories the reference must not ship. */
function copyProvinces(): Plugin {
  return {
    name: 'copy-provinces',
    apply: 'build',
    generateBundle() {
      if (!existsSync(provincesFile)) throw new Error(`${provincesFile} is missing: run npm run geo first`);
      this.emitFile({ type: 'asset', fileName: 'data/provinces.topo.json', source: readFileSync(provincesFile) });
    },
  };
}

export default defineConfig({
  root: here,
  // Same base and target as the app's vite.config.ts, so the bundles are comparable.
  base: './',
  publicDir: false,
  plugins: [copyProvinces()],
  build: {
    outDir: resolve(repo, 'bench/dist/reference'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
