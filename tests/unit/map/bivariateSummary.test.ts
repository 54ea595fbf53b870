import { describe, expect, it } from 'vitest';
import { bivariateSummary } from '../../../src/map/bivariateSummary';
import { bivariateView } from '../../../src/state/bivariateView';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';
import { readShipped } from '../../fixtures/shippedData';

const shipped = readShipped<IndicatorsFile>('indicators.json');

describe('bivariate summary (shipped data)', () => {
  it('says the pair, years and the corner counts in English', () => {
    const v = bivariateView(shipped, ['gpp-per-capita', 'hai'], null)!;
    const s = bivariateSummary(v, 'en');
    expect(s).toContain(`${v.x.indicator.label.en} (2020) and ${v.y.indicator.label.en} (2021)`);
    expect(s).toContain('9 classes by thirds (tertiles) of the 77 provinces with both values');
    expect(s).toContain('10 high in both, 10 low in both');
    expect(s).toContain('8 high in');
    expect(s).toContain('7 low in');
    expect(s).not.toContain('no data');
  });

  it('in Thai, with Buddhist-Era years', () => {
    const v = bivariateView(shipped, ['gpp-per-capita', 'hai'], null)!;
    const s = bivariateSummary(v, 'th');
    expect(s).toContain('2563');
    expect(s).toContain('2564');
    expect(s).toContain('สูงทั้งสองค่า 10 จังหวัด');
  });

  it('counts the provinces missing either value', () => {
    // Students per teacher (2018) lacks 4 provinces.
    const v = bivariateView(shipped, ['students-per-teacher', 'hai'], 2018)!;
    expect(v.missing).toHaveLength(4);
    expect(bivariateSummary(v, 'en')).toContain('4 provinces have no data for one or both.');
  });
});
