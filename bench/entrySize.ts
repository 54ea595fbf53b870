// Bench: bytes a built page ships, read from its dist folder: entry JS (what index.html loads
// before anything runs), the MapLibre worker, lazily loaded JS, and the map data.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (zlib level 9) byte counts of a set of files. */
export interface Bytes {
  files: string[];
  raw: number;
  gzip: number;
}

export interface EntrySize {
  /** Scripts in index.html plus their static imports (modulepreload links and `import` statements). */
  entry: Bytes;
  /** The MapLibre worker chunk (loaded by the map, not by the page). */
  worker: Bytes;
  /** Every other .js file: dynamic imports, fetched later or never. */
  lazy: Bytes;
  /** Every file under data/. */
  data: Bytes;
}

const WORKER_NAME = /maplibre-gl-worker[^/]*\.js$/;

function measure(root: string, files: string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(root, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? listFiles(root, path) : [path];
  });
}

/** Local (relative or root-relative) URL → path inside `root`, or null for other origins. */
function toDistPath(root: string, fromFile: string, url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0] ?? url;
  const abs = clean.startsWith('/') ? join(root, clean) : resolve(root, dirname(fromFile), clean);
  return relative(root, abs);
}

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag);
  return match?.[1] ?? null;
}

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of the built HTML. */
export function htmlEntryUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src !== null) urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href');
    if (attr(tag, 'rel')?.toLowerCase() === 'modulepreload' && href !== null) urls.push(href);
  }
  return urls;
}

/**
 * Static import specifiers of minified ESM output. Vite lists them as modulepreload links; we
 * follow them as well so the entry figure stays right if a config ever turns preloading off.
 * `import(` (dynamic) is excluded by requiring `from` or a string right after `import`.
 */
export function staticImports(code: string): string[] {
  const specs: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    if (match[1] !== undefined) specs.push(match[1]);
  }
  return specs;
}

/** Sizes of a built page in `distDir` (must contain index.html). */
export function entrySize(distDir: string): EntrySize {
  const root = resolve(distDir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const entry = new Set<string>();
  const queue = htmlEntryUrls(html)
    .map((url) => toDistPath(root, 'index.html', url))
    .filter((p): p is string => p !== null);
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || entry.has(file) || !file.endsWith('.js')) continue;
    if (!existsSync(join(root, file))) throw new Error(`entrySize: ${file} is referenced but missing`);
    entry.add(file);
    for (const spec of staticImports(readFileSync(join(root, file), 'utf8'))) {
      const path = toDistPath(root, file, spec);
      if (path !== null) queue.push(path);
    }
  }
  const allJs = listFiles(root, '.').filter((f) => f.endsWith('.js'));
  const worker = allJs.filter((f) => WORKER_NAME.test(f));
  const lazy = allJs.filter((f) => !entry.has(f) && !worker.includes(f));
  return {
    entry: measure(root, [...entry].sort()),
    worker: measure(root, worker),
    lazy: measure(root, lazy),
    data: measure(root, listFiles(root, 'data')),
  };
}
