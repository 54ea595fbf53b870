// Fuzzing every reader (issue #14, item 8): random tables written as CSV, TSV, .xlsx (zipped with
// fflate here), JSON and GeoJSON, and random bytes. A reader never throws; every data row it read
// is imported or in the report with its line and reason: imported + reported = rows read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFile, type ReadResult } from '../../../../src/data/import/readFile';
import { guessMapping } from '../../../../src/data/import/mapping';
import { buildIndicators } from '../../../../src/data/import/buildIndicators';
import { buildPoints } from '../../../../src/data/import/points';
import { buildLocator } from '../../../../src/data/import/pointInProvince';
import type { ProvinceCode } from '../../../../src/data/types';
import { makeXlsx } from '../../../fixtures/import/xlsx';
import { codes, index, makeContext, provinces } from './importContext';

const topo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../public/data/provinces.topo.json', import.meta.url)), 'utf8')) as Topology;
const features = (feature(topo, topo.objects.provinces as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
const featureCodes = features.map((f) => f.id as ProvinceCode);
const locator = buildLocator(features);
const population = codes.map((c) => provinces.find((p) => p.iso === c)?.population2024 ?? null);

// Cells users' files hold: province names and codes, totals, numbers in every dress, junk.
const cell = fc.oneof(
  fc.constantFrom(...provinces.slice(0, 10).map((p) => p.nameTh), 'Bangkok', 'TH-50', '56', 'รวม', 'Total', 'ภาคเหนือ', 'เชียงใม่'),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom('', '-', 'n/a', '1,234', '(12)', '๑๒๓', '12%', '=1+1', '"', 'a"b', '\n', 'x,y', '\t'),
  fc.string({ maxLength: 8 }),
);
const header = fc.uniqueArray(fc.constantFrom('จังหวัด', 'province', 'value', 'ค่า', 'year', '2562', 'ครู', 'students'), { minLength: 1, maxLength: 5 });
const tableArb = fc.record({ header, rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }) });

const quote = (s: string, d: string) => (/["\n\r]/.test(s) || s.includes(d) ? `"${s.replace(/"/g, '""')}"` : s);
const delimited = (t: { header: string[]; rows: string[][] }, d: string) => [t.header, ...t.rows].map((r) => r.map((c) => quote(c, d)).join(d)).join('\n');
const enc = (s: string) => new TextEncoder().encode(s);

/** Reads, then accounts for every row: imported + reported = rows read. */
function accountFor(r: ReadResult): void {
  if (!r.ok || !('table' in r)) return;
  const mapping = guessMapping(r.table, index, 2024);
  const ctx = makeContext();
  const report =
    mapping.shape === 'points' && r.points
      ? buildPoints(r.table, mapping, ctx, { locator, featureCodes, population, populationYear: 2024 }, r.format).report
      : buildIndicators(r.table, { ...mapping, shape: mapping.shape === 'points' ? 'wide' : mapping.shape, province: Math.max(0, mapping.province) }, index, ctx, r.format).report;
  expect(report.totalRows).toBe(r.table.rows.length);
  expect(report.importedRows + report.rejected.length).toBe(report.totalRows);
  const lines = new Set(r.table.rows.map((x) => x.line));
  for (const x of report.rejected) {
    expect(lines.has(x.line)).toBe(true);
    expect(x.reason).toBeTruthy();
  }
}

const RUNS = { numRuns: 150 };

describe('fuzzing the readers: never throw, every row accounted for', () => {
  it('CSV and TSV', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, fc.constantFrom(',', '\t', ';'), async (t, d) => {
        accountFor(await readFile(enc(delimited(t, d)), d === '\t' ? 'f.tsv' : 'f.csv'));
      }),
      RUNS,
    );
  });

  it('.xlsx made with fflate', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (t) => {
        const r = await readFile(makeXlsx([t.header, ...t.rows.map((row) => row.map((c) => (/^-?\d{1,6}$/.test(c) ? Number(c) : c)))]), 'f.xlsx');
        accountFor(r);
      }),
      { numRuns: 60 },
    );
  });

  it('JSON rows (arrays and objects)', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, fc.boolean(), async (t, objects) => {
        const value = objects ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i] ?? null]))) : [t.header, ...t.rows];
        accountFor(await readFile(enc(JSON.stringify(value)), 'f.json'));
      }),
      RUNS,
    );
  });

  it('GeoJSON points, with broken geometries among them', async () => {
    const geometry = fc.oneof(
      fc.tuple(fc.double({ min: 97, max: 106, noNaN: true }), fc.double({ min: 5, max: 21, noNaN: true })).map((c) => ({ type: 'Point', coordinates: c })),
      fc.constantFrom(null, { type: 'Point' }, { type: 'Point', coordinates: ['x', 1] }, { type: 'MultiPoint', coordinates: [[100, 15], [200, 95]] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: cell, value: cell, geometry }), { minLength: 1, maxLength: 20 }), async (fs) => {
        const gj = { type: 'FeatureCollection', features: fs.map((f) => ({ type: 'Feature', properties: { name: f.name, value: f.value }, geometry: f.geometry })) };
        accountFor(await readFile(enc(JSON.stringify(gj)), 'f.geojson'));
      }),
      RUNS,
    );
  });

  it('random bytes, plain or behind a zip signature, never make a reader throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, zip) => {
        const input = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        accountFor(await readFile(input, zip ? 'f.xlsx' : 'f.csv'));
      }),
      { numRuns: 300 },
    );
  });
});
