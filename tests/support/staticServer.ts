// A minimal static file server for e2e tests that need what `vite preview` cannot give: chosen
// response headers (the production CSP), several origins at once (a host page on one port, the
// atlas on another) and per-server file overrides (embed-config.json with an allow-list).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticOptions {
  /** Headers added to every response (e.g. Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Path (from the root, e.g. `/embed-config.json`) → body served instead of the file. */
  overrides?: Record<string, string>;
}

export interface RunningServer {
  /** Origin with a trailing slash. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, opts: StaticOptions = {}): Promise<RunningServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const headers = { ...opts.headers };
      const override = opts.overrides?.[path];
      if (override !== undefined) {
        res.writeHead(200, { ...headers, 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
        res.end(override);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, headers).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
