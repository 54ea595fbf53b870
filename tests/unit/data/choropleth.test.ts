// The one choropleth pipeline: classes, palette, bins and colours, for any kind of feature key.
import { describe, expect, it } from 'vitest';
import { choropleth } from '../../../src/data/choropleth';
import { classify } from '../../../src/data/classify';
import { hexToRgba, NO_DATA_HEX, paletteFor } from '../../../src/lib/palettes';

const values = new Map<string, number | null>([
  ['a', 1],
  ['b', 2],
  ['c', null],
  ['d', 3],
  ['e', 4],
  ['f', 5],
  ['g', 6],
]);
const keys = [...values.keys()];
const present = [...values.values()].filter((v): v is number => v !== null);

describe('choropleth', () => {
  it('classifies the given values, colours with the polarity’s palette and bins every key once', () => {
    const c = choropleth({ keys, valueOf: (k) => values.get(k), classifyOver: present, method: 'quantile', k: 3, polarity: 'higher-worse' });
    expect(c.classification).toEqual(classify(present, 'quantile', 3));
    const palette = paletteFor('higher-worse', c.classification.classes);
    expect(c.bins.map((b) => b.color)).toEqual(palette);
    expect(c.bins.map((b) => b.codes)).toEqual([['a', 'b'], ['d', 'e'], ['f', 'g']]);
    expect(c.missing).toEqual(['c']);
    expect(c.hexOf('a')).toBe(palette[0]);
    expect(c.hexOf('g')).toBe(palette[2]);
    expect(c.colorOf('g')).toEqual(hexToRgba(palette[2] as string));
    expect(c.hexOf('c')).toBe(NO_DATA_HEX);
    expect(c.colorOf('nope')).toEqual(hexToRgba(NO_DATA_HEX));
  });

  it('cuts classes from classifyOver, not from the keys’ values (the legend keeps still over years)', () => {
    const c = choropleth({ keys, valueOf: (k) => values.get(k), classifyOver: [0, 100], method: 'equal', k: 2, polarity: 'neutral' });
    expect(c.bins.map((b) => [b.from, b.to])).toEqual([[0, 50], [50, 100]]);
    expect(c.bins[0]?.codes).toHaveLength(present.length);
    expect(c.bins[1]?.codes).toEqual([]);
  });

  it('keeps manual breaks and treats undefined and null alike as no data', () => {
    const c = choropleth({ keys: ['x', 'y', 'z'], valueOf: (k) => ({ x: 1, y: 10 } as Record<string, number>)[k], classifyOver: [1, 10], method: 'manual', k: 5, breaks: [5], polarity: 'higher-better' });
    expect(c.classification.breaks).toEqual([5]);
    expect(c.bins.map((b) => b.codes)).toEqual([['x'], ['y']]);
    expect(c.missing).toEqual(['z']);
  });
});
