// Real nginx serving the production build through examples/nginx.conf (only its `listen` and
// `root` replaced), for the e2e files that need the deployment as users get it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

export const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Starts nginx on a free port; resolves when it answers. `stop()` ends it. */
export async function startNginx(): Promise<{ base: string; stop: () => void }> {
  if (!NGINX) throw new Error('nginx not found: apt-get install nginx-light (.ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const site = readFileSync('examples/nginx.conf', 'utf8')
    .replace(/^\s*listen\s+\d+;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${DIST};`);
  expect(site).toContain(`root ${DIST};`);
  writeFileSync(join(dir, 'atlas.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; master_process off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
     events {}
     http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
            include ${dir}/atlas.conf; }`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const nginx: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  // nginx writes its pid file after it has bound the listening socket: wait for that file.
  await waitForFile(join(dir, 'nginx.pid'), 20_000);
  expect((await fetch(base)).ok).toBe(true);
  return { base, stop: () => nginx.kill('SIGTERM') };
}

/** Resolves when `path` exists (watching its folder), rejects after `timeoutMs`. */
function waitForFile(path: string, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const watcher = watch(dirname(path));
    const finish = (err?: Error) => {
      clearTimeout(timer);
      watcher.close();
      if (err) fail(err);
      else done();
    };
    const timer = setTimeout(() => finish(new Error(`${path} did not appear within ${timeoutMs} ms`)), timeoutMs);
    watcher.on('change', () => existsSync(path) && finish());
    if (existsSync(path)) finish();
  });
}
