import { describe, expect, it } from 'vitest';
import { freeBox, multiplesGrid, riseAndFall, stepInGrid, yearFill } from '../../../../src/map/multiples/multiplesLayout';
import { multiplesSummary } from '../../../../src/map/multiplesSummary';
import { selectIndicatorView } from '../../../../src/state/indicatorView';
import { hexToRgba, NO_DATA_HEX } from '../../../../src/lib/palettes';
import type { IndicatorsFile } from '../../../../src/data/indicatorTypes';
import { readShipped } from '../../../fixtures/shippedData';

const GRID = { aspect: 0.56, gap: 10, labelHeight: 34, minWidth: 96 };
const shipped = readShipped<IndicatorsFile>('indicators.json');

describe('multiples grid', () => {
  it('picks the column count that makes the maps largest and fits every map', () => {
    const g = multiplesGrid(7, 800, 600, GRID);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(7);
    expect(g.cols * g.cellWidth + (g.cols - 1) * GRID.gap).toBeLessThanOrEqual(800);
    expect(g.rows * g.cellHeight + (g.rows - 1) * GRID.gap).toBeLessThanOrEqual(600);
    for (const cols of [1, 2, 3, 5, 6, 7]) {
      const rows = Math.ceil(7 / cols);
      const w = Math.min((800 - 10 * (cols - 1)) / cols, ((600 - 10 * (rows - 1)) / rows - 34) * 0.56);
      expect(Math.floor(w)).toBeLessThanOrEqual(g.cellWidth);
    }
    expect(g.cellHeight).toBe(g.mapHeight + GRID.labelHeight);
  });

  it('goes wide in a wide box and tall in a tall one', () => {
    expect(multiplesGrid(6, 1600, 300, GRID).rows).toBe(1);
    expect(multiplesGrid(6, 200, 2000, GRID).cols).toBe(1);
  });

  it('keeps a minimum map width (the grid then scrolls)', () => {
    const g = multiplesGrid(12, 200, 200, GRID);
    expect(g.cellWidth).toBe(96);
    expect(g.cols).toBe(1);
  });

  it('keeps the maps clear of an overlay in the corner', () => {
    // A legend 300 × 290 at the bottom left of a wide map: the grid goes to its right.
    expect(freeBox(1000, 600, [{ left: 10, top: 300, right: 310, bottom: 590 }])).toEqual({ left: 310, top: 0, width: 690, height: 600 });
    // A wide, short strip at the bottom: the grid goes above it.
    expect(freeBox(1000, 600, [{ left: 0, top: 540, right: 900, bottom: 600 }])).toEqual({ left: 0, top: 0, width: 1000, height: 540 });
    expect(freeBox(500, 400, [{ left: 600, top: 0, right: 700, bottom: 50 }])).toEqual({ left: 0, top: 0, width: 500, height: 400 });
  });
});

describe('roving focus in the grid', () => {
  it('moves by one across, by a row up and down, and stops at the edges', () => {
    expect(stepInGrid('ArrowRight', 0, 7, 3)).toBe(1);
    expect(stepInGrid('ArrowRight', 6, 7, 3)).toBe(6);
    expect(stepInGrid('ArrowLeft', 0, 7, 3)).toBe(0);
    expect(stepInGrid('ArrowDown', 1, 7, 3)).toBe(4);
    expect(stepInGrid('ArrowDown', 4, 7, 3)).toBe(4);
    expect(stepInGrid('ArrowUp', 4, 7, 3)).toBe(1);
    expect(stepInGrid('Home', 5, 7, 3)).toBe(0);
    expect(stepInGrid('End', 1, 7, 3)).toBe(6);
    expect(stepInGrid('Enter', 1, 7, 3)).toBeNull();
  });
});

describe('year colours and the summary (shipped data)', () => {
  const view = selectIndicatorView(shipped, 'hai', 2021, 'quantile', 5, []);
  if (!view) throw new Error('no hai');

  it('colours each year by the classes over all years, as the legend reads', () => {
    const fill2021 = yearFill(shipped, view, 2021);
    for (const code of shipped.provinces) expect(fill2021(code)).toEqual(view.colorOf(code));
    const fill2015 = yearFill(shipped, view, 2015);
    const differs = shipped.provinces.filter((c) => fill2015(c).join() !== fill2021(c).join());
    expect(differs.length).toBeGreaterThan(0);
    const noYear = yearFill(shipped, view, 1990);
    expect(noYear('TH-10')).toEqual(hexToRgba(NO_DATA_HEX));
  });

  it('counts the rise from 2015 to 2021: 76 of 77 provinces rose, 1 fell', () => {
    expect(riseAndFall(shipped, view)).toEqual({ from: 2015, to: 2021, both: 77, rose: 76, fell: 1 });
    const s = multiplesSummary(shipped, view, 'en');
    expect(s).toContain('every year 2015–2021: 7 small maps');
    expect(s).toContain('76 of the 77 provinces with both years rose and 1 fell');
    expect(multiplesSummary(shipped, view, 'th')).toContain('พ.ศ. 2558–พ.ศ. 2564');
  });

  it('GPP per head, 2016–2020: 60 rose and 17 fell', () => {
    const gpp = selectIndicatorView(shipped, 'gpp-per-capita', null, 'quantile', 5, [])!;
    expect(riseAndFall(shipped, gpp)).toMatchObject({ from: 2016, to: 2020, both: 77, rose: 60, fell: 17 });
  });
});
