// Vitest global setup for the e2e suite: serve the built app once for all test files and hand
// its URL to them as `inject('baseUrl')`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../support/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served build, with a trailing slash. */
    baseUrl: string;
  }
}

/** Serves `ATLAS_DIST` (default `dist`) and returns the teardown that stops the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // ATLAS_DIST lets the harness be checked against another build (e.g. a placeholder in /tmp).
  const dir = resolve(process.env.ATLAS_DIST ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`e2e: ${join(dir, 'index.html')} is missing: run npm run build first`);
  }
  const server = await serveDist(dir);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
