import { describe, expect, it } from 'vitest';
import { buildProvinceIndex } from '../../../src/data/provinceMatch';
import { searchProvinces } from '../../../src/data/provinceSearch';
import { rankOrder, stepProvince } from '../../../src/state/stepProvince';
import { realProvinces } from '../../fixtures/provinces';

const index = buildProvinceIndex(realProvinces());
const codes = (q: string) => searchProvinces(index, q).map((p) => p.iso);

describe('province search', () => {
  it('puts an exact match (any spelling) first', () => {
    expect(codes('Korat')[0]).toBe('TH-30');
    expect(codes('กทม.')[0]).toBe('TH-10');
    expect(codes('Buriram')[0]).toBe('TH-31');
    expect(codes('56')[0]).toBe('TH-56');
  });
  it('suggests names that start with, then contain, what was typed', () => {
    expect(codes('chiang')).toEqual(expect.arrayContaining(['TH-50', 'TH-57']));
    expect(codes('nakhon').length).toBeGreaterThan(5);
    expect(codes('ลำ')).toEqual(expect.arrayContaining(['TH-51', 'TH-52']));
    expect(codes('thani')).toContain('TH-41');
  });
  it('returns nothing for an empty or unknown query, and at most the limit', () => {
    expect(codes('')).toEqual([]);
    expect(codes('zzzz')).toEqual([]);
    expect(searchProvinces(index, 'a', 5)).toHaveLength(5);
  });
});

describe('stepping through provinces', () => {
  const order = ['TH-10', 'TH-56', 'TH-51'] as const;
  it('steps forward and back, wrapping, starting from either end', () => {
    expect(stepProvince(order, null, 1)).toBe('TH-10');
    expect(stepProvince(order, null, -1)).toBe('TH-51');
    expect(stepProvince(order, 'TH-56', 1)).toBe('TH-51');
    expect(stepProvince(order, 'TH-51', 1)).toBe('TH-10');
    expect(stepProvince(order, 'TH-10', -1)).toBe('TH-51');
    expect(stepProvince([], null, 1)).toBeNull();
  });
  it('orders by rank, then provinces without data', () => {
    const ranks = new Map([['TH-56', 2], ['TH-10', 1]] as const);
    expect(rankOrder(ranks, ['TH-10', 'TH-51', 'TH-56'])).toEqual(['TH-10', 'TH-56', 'TH-51']);
  });
});
