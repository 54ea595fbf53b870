// The district view: the URL's choice resolved (unknown → default), classified with the map's
// classifier and palette, and its screen-reader sentence.
import { describe, expect, it } from 'vitest';
import { districtIndicators, districtViewOf, resolveDistrictChoice } from '../../../src/state/districtView';
import { defaultDoc } from '../../../src/state/doc';
import { classify } from '../../../src/data/classify';
import { hexToRgba, NO_DATA_HEX, paletteFor } from '../../../src/lib/palettes';
import { districtSummary } from '../../../src/districts/districtSummary';
import { districtDatasets } from '../districts/fixture';

const datasets = districtDatasets();
const doc = defaultDoc('en');

describe('district choice', () => {
  it('counts the set’s own figures, then the tables matched to it', () => {
    expect(districtIndicators(datasets, 'set1').map((i) => i.name)).toEqual(['students', 'poor_share', 'teachers']);
  });

  it('resolves a valid choice, and falls back to the latest set’s first figure otherwise', () => {
    expect(resolveDistrictChoice(datasets, 'set1.2')?.n).toBe(2);
    for (const bad of [null, 'set1.3', 'nope.0', 'tab1.0', 'garbage']) expect(resolveDistrictChoice(datasets, bad)).toMatchObject({ n: 0, set: { id: 'set1' } });
    expect(resolveDistrictChoice(datasets, 'off')).toBeNull();
    expect(resolveDistrictChoice([], null)).toBeNull();
  });
});

describe('districtViewOf', () => {
  it('colours districts with the app’s classifier and palette, no data in grey', () => {
    const v = districtViewOf(datasets, { ...doc, district: 'set1.0' });
    expect(v).not.toBeNull();
    if (!v) return;
    const values = v.indicator?.values ?? [];
    const present = values.filter((x): x is number => x !== null);
    const c = classify(present, 'quantile', 5);
    expect(v.classification).toEqual(c);
    const palette = paletteFor('neutral', c.classes);
    expect(v.bins.map((b) => b.color)).toEqual(palette);
    expect(v.bins.reduce((n, b) => n + b.codes.length, 0)).toBe(present.length);
    expect(v.missing).toHaveLength(values.length - present.length);
    const blank = v.features[values.indexOf(null)];
    expect(v.colorOf(blank?.id ?? '')).toEqual(hexToRgba(NO_DATA_HEX));
    const top = v.features[values.indexOf(Math.max(...present))];
    expect(v.hexOf(top?.id ?? '')).toBe(palette[palette.length - 1]);
    // The same inputs give the same object (memoised), so the layer does not rebuild.
    expect(districtViewOf(datasets, { ...doc, district: 'set1.0' })).toBe(v);
  });

  it('ignores manual province breaks and says what the layer shows', () => {
    const v = districtViewOf(datasets, { ...doc, district: 'set1.2', classify: 'manual', breaks: [1e9], k: 2 });
    expect(v?.classification?.method).toBe('quantile');
    const s = districtSummary(v as NonNullable<typeof v>, 'en');
    expect(s).toContain('“teachers” from teachers.csv: 9 districts');
    expect(s).toMatch(/Highest .+ \(8\), lowest .+ \(1\)/);
    expect(s).toContain('1 district has no data');
    expect(districtSummary(v as NonNullable<typeof v>, 'th')).toContain('ชั้นข้อมูลอำเภอ');
  });
});
