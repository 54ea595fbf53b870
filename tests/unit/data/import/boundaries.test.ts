import { describe, expect, it } from 'vitest';
import { provinceBoundaries, replaceBoundaries } from '../../../../src/data/import/boundaries';
import type { ProvinceFeature } from '../../../../src/data/types';
import { index } from './importContext';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]],
});

describe('province boundary sets', () => {
  it('matches OCHA-style ADM1_PCODE keys and reports what it cannot use', () => {
    const fc = [
      { type: 'Feature', properties: { ADM1_PCODE: 'TH56', ADM1_EN: 'Phayao', ADM1_TH: 'พะเยา' }, geometry: square(99, 19) },
      { type: 'Feature', properties: { ADM1_PCODE: 'TH50', ADM1_EN: 'Chiang Mai', ADM1_TH: 'เชียงใหม่' }, geometry: square(98, 18) },
      { type: 'Feature', properties: { ADM1_PCODE: 'TH50', ADM1_EN: 'Chiang Mai', ADM1_TH: 'เชียงใหม่' }, geometry: square(98, 18) },
      { type: 'Feature', properties: { ADM1_PCODE: 'TH99', ADM1_EN: 'Nowhere', ADM1_TH: 'ไม่มี' }, geometry: square(0, 0) },
      { type: 'Feature', properties: { ADM1_PCODE: 'TH57', ADM1_EN: 'Chiang Rai', ADM1_TH: 'เชียงราย' }, geometry: { type: 'Point', coordinates: [1, 2] } },
    ];
    const b = provinceBoundaries(fc, index, 'tha_admbnda_adm1.geojson');
    expect(b.keyProperty).toBe('ADM1_PCODE');
    expect(b.features.map((f) => f.id)).toEqual(['TH-56', 'TH-50']);
    expect(b.report.importedRows + b.report.rejected.length).toBe(5);
    expect(b.report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'duplicate'],
      [4, 'unknown-province'],
      [5, 'bad-coordinates'],
    ]);
    expect(b.missing).toHaveLength(75);
    const builtIn = ['TH-10', 'TH-56'].map((id) => ({ type: 'Feature', id, properties: {}, geometry: square(1, 1) }) as ProvinceFeature);
    const replaced = replaceBoundaries(builtIn, b.features);
    expect(replaced[0]).toBe(builtIn[0]);
    expect(replaced[1]).toBe(b.features[0]);
  });
});
