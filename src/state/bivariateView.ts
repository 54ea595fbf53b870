// The bivariate map's view: the scatter plot's pair of indicators (x = `doc.scatter[0]`, y =
// `doc.scatter[1]`), each at the year the scatter plot uses, cut into tertiles over the provinces
// that have both values, and the nine classes coloured from the 3×3 palette. Provinces missing
// either value are "no data". The map, its legend, the tooltip and the summary read this one
// memoised selector, so they cannot disagree. Pure.
import { scatterAxes, type ScatterAxis } from '../data/indicatorPair';
import type { IndicatorsFile } from '../data/indicatorTypes';
import { tertileCuts, tertileOf, type Tertile, type TertileCuts } from '../data/tertiles';
import type { ProvinceCode } from '../data/types';
import { bivariateColor } from '../lib/bivariatePalette';
import { memoLast } from '../lib/memo';
import { hexToRgba, NO_DATA_HEX, type RGBA } from '../lib/palettes';
import type { Doc } from './doc';
import { indicatorLookup } from './indicatorView';

/** One of the nine classes: x and y tertiles, its colour and its provinces (catalogue order). */
export interface BivariateCell {
  x: Tertile;
  y: Tertile;
  /** `"<x>-<y>"`, e.g. "0-2": low x, high y (the legend's `data-cell`). */
  key: string;
  color: string;
  codes: ProvinceCode[];
}

export interface BivariateAxis extends ScatterAxis {
  /** Tertile cuts over the provinces with both values; null when none has both. */
  cuts: TertileCuts | null;
}

export interface BivariateView {
  x: BivariateAxis;
  y: BivariateAxis;
  /** The nine cells, y high first (top row of the legend), x low to high in each row. */
  cells: BivariateCell[];
  /** A province's cell; absent: "no data" (one or both values missing). */
  cellOf: ReadonlyMap<ProvinceCode, BivariateCell>;
  /** Provinces missing either value, in catalogue order. */
  missing: ProvinceCode[];
  colorOf: (code: ProvinceCode) => RGBA;
}

const TERTILES: readonly Tertile[] = [0, 1, 2];

/** The view of `ids` ([x, y]) near `year` (the latest of each when null); null without indicators. */
export function bivariateView(file: IndicatorsFile, ids: readonly [string, string], year: number | null): BivariateView | null {
  const axes = scatterAxes(file, ids, year, indicatorLookup(file));
  if (!axes) return null;
  const both = file.provinces.filter((c) => axes.x.values.has(c) && axes.y.values.has(c));
  const xCuts = tertileCuts(both.map((c) => axes.x.values.get(c) as number));
  const yCuts = tertileCuts(both.map((c) => axes.y.values.get(c) as number));
  const cells: BivariateCell[] = [...TERTILES].reverse().flatMap((y) =>
    TERTILES.map((x) => ({ x, y, key: `${x}-${y}`, color: bivariateColor(x, y), codes: [] as ProvinceCode[] })),
  );
  const cellAt = (x: Tertile, y: Tertile) => cells[(2 - y) * 3 + x] as BivariateCell;
  const cellOf = new Map<ProvinceCode, BivariateCell>();
  if (xCuts && yCuts) {
    for (const c of both) {
      const cell = cellAt(tertileOf(axes.x.values.get(c) as number, xCuts), tertileOf(axes.y.values.get(c) as number, yCuts));
      cell.codes.push(c);
      cellOf.set(c, cell);
    }
  }
  const rgba = new Map(cells.map((cell) => [cell, hexToRgba(cell.color)]));
  const noData = hexToRgba(NO_DATA_HEX);
  return {
    x: { ...axes.x, cuts: xCuts },
    y: { ...axes.y, cuts: yCuts },
    cells,
    cellOf,
    missing: file.provinces.filter((c) => !cellOf.has(c)),
    colorOf: (code) => {
      const cell = cellOf.get(code);
      return (cell && rgba.get(cell)) ?? noData;
    },
  };
}

const select = memoLast((file: IndicatorsFile, x: string, y: string, year: number | null) => bivariateView(file, [x, y], year));

/** Memoised on the catalogue, the scatter pair and the year. */
export function bivariateViewOf(file: IndicatorsFile, doc: Pick<Doc, 'scatter' | 'year'>): BivariateView | null {
  return select(file, doc.scatter[0], doc.scatter[1], doc.year);
}
