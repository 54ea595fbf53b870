// The comparison modes: URL keys <-> one mode (issue 17).
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/state/urlCodec';
import { defaultDoc } from '../../../src/state/doc';
import { defaultCompareYear, effectiveMode, mapModeOf, MAP_MODES, modeFields } from '../../../src/state/mapMode';

const fallback = defaultDoc('en');
const read = (q: string) => decode(new URLSearchParams(q), fallback);

describe('map modes', () => {
  it('reads each mode from its URL keys', () => {
    expect(mapModeOf(read(''))).toBe('single');
    expect(mapModeOf(read('compare=2015'))).toBe('compare');
    expect(read('compare=2015')).toMatchObject({ compare: 2015, change: null });
    expect(mapModeOf(read('compare=2015&change=1'))).toBe('change');
    expect(read('compare=2015&change=1').change).toBe('diff');
    expect(read('compare=2015&change=pct').change).toBe('pct');
    expect(mapModeOf(read('bivariate=1&scatter=hai,population'))).toBe('bivariate');
    expect(mapModeOf(read('multiples=1'))).toBe('multiples');
  });

  it('falls back on malformed values and keeps one mode when a link asks for several', () => {
    expect(read('compare=15').compare).toBeNull();
    expect(read('compare=abcd').compare).toBeNull();
    expect(read('compare=3000').compare).toBeNull();
    expect(read('change=1')).toMatchObject({ compare: null, change: null });
    expect(read('compare=2015&change=yes').change).toBeNull();
    expect(read('bivariate=true').bivariate).toBe(false);
    expect(read('compare=2015&change=1&bivariate=1&multiples=1')).toMatchObject({ compare: null, change: null, bivariate: false, multiples: true });
    expect(read('compare=2015&bivariate=1')).toMatchObject({ compare: null, bivariate: true });
  });

  it('writes only the keys of the mode shown, defaults omitted', () => {
    const url = (mode: (typeof MAP_MODES)[number], change: 'diff' | 'pct' = 'diff') =>
      encode({ ...fallback, ...modeFields(mode, 2015, change) }, fallback).toString();
    expect(url('single')).toBe('lang=en');
    expect(url('compare')).toBe('lang=en&compare=2015');
    expect(url('change')).toBe('lang=en&compare=2015&change=1');
    expect(url('change', 'pct')).toBe('lang=en&compare=2015&change=pct');
    expect(url('bivariate')).toBe('lang=en&bivariate=1');
    expect(url('multiples')).toBe('lang=en&multiples=1');
    for (const mode of MAP_MODES) expect(mapModeOf(read(url(mode)))).toBe(mode);
  });

  it('draws one map when the indicator has one year and the mode needs years', () => {
    expect(effectiveMode(modeFields('compare', 2015), 1)).toBe('single');
    expect(effectiveMode(modeFields('multiples', null), 1)).toBe('single');
    expect(effectiveMode(modeFields('bivariate', null), 1)).toBe('bivariate');
    expect(effectiveMode(modeFields('change', 2015), 4)).toBe('change');
  });

  it('a comparison without a year cannot be switched on', () => {
    expect(modeFields('compare', null)).toEqual(modeFields('single', null));
  });

  it('compares with the first year, or the second when the first is shown', () => {
    expect(defaultCompareYear([2015, 2017, 2019, 2021], 2021)).toBe(2015);
    expect(defaultCompareYear([2015, 2017, 2019, 2021], 2015)).toBe(2017);
    expect(defaultCompareYear([2021], 2021)).toBeNull();
  });
});
