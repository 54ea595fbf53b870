// Real nginx serving the production build through examples/nginx.conf (only its `listen` and
// `root` replaced), for the e2e files that need the deployment as users get it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
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
  // `nginx -t` leaves an empty pid file behind: gone, so only the server's own write counts.
  const pidFile = join(dir, 'nginx.pid');
  rmSync(pidFile, { force: true });
  const nginx: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  // nginx writes its pid into the file after it has bound the listening socket: wait for our
  // process's pid in it (not merely for the file).
  const exited = new Promise<never>((_, fail) =>
    nginx.once('exit', (code) => fail(new Error(`nginx exited (${code}) before serving: ${readFileSync(join(dir, 'error.log'), 'utf8')}`))),
  );
  await Promise.race([waitForFile(pidFile, (text) => text.trim() === String(nginx.pid), 20_000), exited]);
  expect((await fetch(base)).ok).toBe(true);
  return { base, stop: () => nginx.kill('SIGTERM') };
}

/** Resolves when `path` exists with text that `ready` accepts (watching its folder), rejects after `timeoutMs`. */
function waitForFile(path: string, ready: (text: string) => boolean, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const watcher = watch(dirname(path));
    const finish = (err?: Error) => {
      clearTimeout(timer);
      watcher.close();
      if (err) fail(err);
      else done();
    };
    const timer = setTimeout(() => finish(new Error(`${path} did not get its content within ${timeoutMs} ms`)), timeoutMs);
    const look = () => {
      if (existsSync(path) && ready(readFileSync(path, 'utf8'))) finish();
    };
    watcher.on('change', look);
    look();
  });
}
