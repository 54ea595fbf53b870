// Serves a built static folder on 127.0.0.1 for e2e tests and benchmarks, using Vite's own
// preview server so tests see the same server `npm run preview` runs.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { productionHeaders } from '../../deploy/csp.ts';

export interface StaticServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41235/`. */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * true (default): every response carries the production headers nginx sends (CSP included), so
   * workers, whose policy comes from their own response and not from the page's <meta>, are
   * tested as deployed. false: bare `vite preview` (the bench's bare reference page).
   */
  production?: boolean;
}

/** Serves `dir` (absolute or relative to the cwd) on an ephemeral loopback port. */
export async function serveDist(dir: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const outDir = resolve(dir);
  if (!existsSync(outDir)) throw new Error(`serveDist: ${outDir} does not exist`);
  const server = await preview({
    root: outDir,
    // configFile: false keeps the project's vite.config (plugins, fixed port 4173) out of it.
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: true,
      open: false,
      ...(opts.production === false ? {} : { headers: productionHeaders() }),
    },
  });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`serveDist: unexpected server address ${String(address)}`);
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
