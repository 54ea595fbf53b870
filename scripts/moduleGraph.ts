// The build's module graph on disk: which modules went into which chunk, written by a small Vite
// plugin beside the output folder (not in it: nothing here is deployed or precached). The bundle
// e2e test reads it instead of building the app a second time in memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where a build into `outDir` records its chunks' modules: beside the output, never in it (not deployed). */
export function moduleGraphFile(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), '.vite', `${basename(out)}-modules.json`);
}

/** What the module-graph file holds: the chunks, and the other files (assets, e.g. built workers). */
export interface ModuleGraph {
  chunks: BuiltChunk[];
  assets: string[];
}

/** One chunk of the build as the module-graph file records it. */
export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks it imports statically. */
  imports: string[];
  moduleIds: string[];
  /** Bytes of the file written (ties the record to the files: a stale record does not match). */
  bytes: number;
}

/**
 * Writes which modules went into which chunk (moduleGraphFile), so the bundle test reads the
 * build `npm run build` wrote instead of building the app a second time.
 */
export const moduleGraphPlugin = {
  name: 'atlas-module-graph',
  apply: 'build' as const,
  writeBundle(options: { dir?: string }, bundle: Record<string, { type: string }>) {
    if (!options.dir) return;
    const chunks: BuiltChunk[] = [];
    const assets: string[] = [];
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') {
        assets.push((item as unknown as { fileName: string }).fileName);
        continue;
      }
      const c = item as unknown as { fileName: string; isEntry: boolean; facadeModuleId: string | null; imports: string[]; moduleIds: string[]; code: string };
      chunks.push({ fileName: c.fileName, isEntry: c.isEntry, facadeModuleId: c.facadeModuleId, imports: c.imports, moduleIds: c.moduleIds, bytes: Buffer.byteLength(c.code) });
    }
    const file = moduleGraphFile(options.dir);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ chunks, assets }, null, 1));
  },
};
