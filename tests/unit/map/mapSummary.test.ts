import { describe, expect, it } from 'vitest';
import { mapSummary } from '../../../src/map/mapSummary';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { defaultDoc } from '../../../src/state/doc';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

// Synthetic, test-only figures.
const provinces = makeChartProvinces();
const values = CHART_CODES.map((_, i) => (i === 3 ? null : i / 10));
const file = makeIndicatorsFile(CHART_CODES, [makeIndicator('idx', { 2020: values })]);
const view = indicatorViewOf(file, { ...defaultDoc('en'), indicator: 'idx' });
const byCode = (c: string) => provinces.find((p) => p.iso === c);

describe('map summary for screen readers', () => {
  it('names the indicator, year, extremes and the count without data', () => {
    const s = mapSummary(view, byCode, null, 'en');
    expect(s).toContain('Test indicator idx, 2020');
    expect(s).toContain('Highest: Yala (1.100)');
    expect(s).toContain('lowest: Bangkok (0.000)');
    expect(s).toContain('One province has no data.');
  });
  it('lists highlighted provinces, in Thai too', () => {
    expect(mapSummary(view, byCode, ['TH-51', 'TH-56'], 'en')).toContain('2 provinces highlighted: Lamphun, Phayao.');
    expect(mapSummary(view, byCode, ['TH-51'], 'th')).toContain('เน้น 1 จังหวัด: ลำพูน');
  });
  it('is empty without an indicator', () => {
    expect(mapSummary(null, byCode, null, 'en')).toBe('');
  });
});
