// The deployer's path of README → "Add or update an indicator", run for real: a CSV dropped in,
// its entries pasted into geo/datapackage.json, the geo build run. SYNTHETIC fixtures
// (tests/fixtures/deployer/): the good one must appear in indicators.json with its values and
// source, the 22 shipped indicators untouched; the bad one must fail naming file, line and field.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeployerFixture, type DeployerRun } from '../../fixtures/deployer/deployer';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';

const shipped = JSON.parse(readFileSync(new URL('../../../public/data/indicators.json', import.meta.url), 'utf8')) as IndicatorsFile;

describe('adding an indicator by data', () => {
  let good: DeployerRun;
  beforeAll(() => {
    good = runDeployerFixture('good');
  }, 130_000);
  afterAll(() => rmSync(good.dir, { recursive: true, force: true }));

  it('builds, with the new indicator last and the shipped ones unchanged', () => {
    expect(good.run.status, good.run.stderr).toBe(0);
    const built = JSON.parse(good.read('indicators.json')) as IndicatorsFile;
    expect(built.indicators.map((i) => i.id)).toEqual([...shipped.indicators.map((i) => i.id), 'synthetic-learning-centres']);
    expect(built.indicators.slice(0, 22)).toEqual(shipped.indicators);
    expect(good.run.stdout).toMatch(/^ {2}synthetic-learning-centres: 142 missing \(/m);
  });

  it('carries the CSV values (absent = null, never 0) and the descriptor metadata', () => {
    const built = JSON.parse(good.read('indicators.json')) as IndicatorsFile;
    const ind = built.indicators.find((i) => i.id === 'synthetic-learning-centres');
    const at = (iso: string, year: number) => ind?.values[String(year)]?.[built.provinces.indexOf(iso as never)];
    expect(ind?.years).toEqual([2023, 2024]);
    expect(at('TH-56', 2023)).toBe(9.8);
    expect(at('TH-56', 2024)).toBe(12.4);
    expect(at('TH-90', 2024)).toBeNull();
    expect(at('TH-11', 2023)).toBeNull();
    expect(ind?.label.en).toBe('Community learning centres (SYNTHETIC test data)');
    expect(ind?.source).toEqual({
      organisation: { th: 'ชุดทดสอบของโครงการ', en: 'Atlas test fixture' },
      title: 'Synthetic learning centres table (not real data)',
      url: 'https://example.org/synthetic-learning-centres',
      year: '2023–2024',
      licence: 'CC0 1.0 (synthetic)',
      note: { th: 'ข้อมูลสังเคราะห์ ไม่ใช่ข้อมูลจริง', en: 'Synthetic: not real data.' },
    });
  });
});

describe('a broken indicator', () => {
  let bad: DeployerRun;
  beforeAll(() => {
    bad = runDeployerFixture('bad');
  }, 130_000);
  afterAll(() => rmSync(bad.dir, { recursive: true, force: true }));

  it('fails the build with the wrong province, the duplicate year and the missing licence, each with file, line and field', () => {
    expect(bad.run.status).toBe(1);
    const lines = readFileSync(bad.descriptor, 'utf8').split('\n');
    const sourceLine = lines.findIndex((l) => l.includes('"title": "Broken synthetic table"')) + 1;
    const messages = bad.run.stderr.split('\n').filter((l) => l.startsWith('  - '));
    const geo = `${bad.dir}/geo`;
    expect(messages).toEqual([
      `  - ${geo}/datapackage.json line ${sourceLine} field indicators[22].source.licence ("bad-learning-centres"): is required`,
      `  - ${geo}/indicators/bad_learning_centres.csv line 3 field iso_3166_2: "TH-99" is not a province code of geo/provinces.csv`,
      `  - ${geo}/indicators/bad_learning_centres.csv line 5 field year: TH-56 2023 already on line 4`,
    ]);
  });
});
