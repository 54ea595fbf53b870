import { describe, expect, it } from 'vitest';
import { parseBreaks } from '../../../src/panels/parseBreaks';
import { nextYear, playStart } from '../../../src/state/playback';

describe('manual breaks input', () => {
  it('reads ascending numbers separated by commas, semicolons or spaces', () => {
    expect(parseBreaks('0.6, 0.65,0.7', 8)).toEqual([0.6, 0.65, 0.7]);
    expect(parseBreaks('10; 20 30', 8)).toEqual([10, 20, 30]);
  });
  it('reads Thai digits', () => {
    expect(parseBreaks('๑๐, ๒๐', 8)).toEqual([10, 20]);
  });
  it('rejects empty, unordered, non-numeric and too many breaks', () => {
    expect(parseBreaks('', 8)).toBeNull();
    expect(parseBreaks('3, 2', 8)).toBeNull();
    expect(parseBreaks('1, 1', 8)).toBeNull();
    expect(parseBreaks('1, abc', 8)).toBeNull();
    expect(parseBreaks('1 2 3 4 5 6 7 8 9', 8)).toBeNull();
  });
});

describe('year playback', () => {
  const years = [2015, 2016, 2018, 2021];
  it('steps to the next available year and stops at the end', () => {
    expect(nextYear(years, 2015)).toBe(2016);
    expect(nextYear(years, 2016)).toBe(2018);
    expect(nextYear(years, 2021)).toBeNull();
  });
  it('replays from the first year when started at the last', () => {
    expect(playStart(years, 2021)).toBe(2015);
    expect(playStart(years, 2016)).toBe(2016);
  });
});
