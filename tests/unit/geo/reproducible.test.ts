// Runs the real geo build into a temp dir and checks it reproduces the committed public/data byte for byte.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUTS = ['basemap.topo.json', 'indicators.json', 'places.json', 'provinces.json', 'provinces.topo.json'];

describe('npm run geo', () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-geo-'));
  let run: SpawnSyncReturns<string> | undefined;
  beforeAll(() => {
    run = spawnSync('npx', ['tsx', 'geo/build.ts', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  }, 130_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0 and prints the area table', () => {
    expect(run?.status, run?.stderr).toBe(0);
    expect(run?.stdout).toMatch(/median \|difference\|: \d+\.\d+ % over 77 provinces/);
    expect(run?.stdout).toMatch(/^ {2}students-per-teacher: 4 missing \(TH-74, TH-75, TH-76, TH-77\)$/m);
  });

  it('writes exactly the five output files and the published open data folder', () => {
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS, 'atlas-data'].sort());
    expect(readdirSync(join(out, 'atlas-data')).sort()).toEqual(readdirSync(join(ROOT, 'public', 'data', 'atlas-data')).sort());
  });

  const published = readdirSync(join(ROOT, 'public', 'data', 'atlas-data')).map((f) => `atlas-data/${f}`);
  it.each([...OUTPUTS, ...published])('%s matches the committed public/data copy byte for byte', (name) => {
    const built = readFileSync(join(out, name));
    const committed = readFileSync(join(ROOT, 'public', 'data', name));
    // Buffer.equals, not toEqual on strings: a 150 KB diff would drown the report.
    expect(built.equals(committed), `${name} differs: run npm run geo and commit public/data`).toBe(true);
  });
});
