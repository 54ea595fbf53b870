// Small multiples: one small map per year of the indicator, in a grid that replaces the big map,
// all read with the one legend (the classes span every year). Drawn as SVG, not WebGL: a WebGL
// context per map would soon hit the browser's cap (Chromium keeps about 16 live contexts and
// drops the oldest), and 77 paths × a dozen years is cheap as SVG. The province paths come from
// the SVG map's own projection (svgMapLayout), computed once for the cell size and shared by every
// year, so the shapes are the same as on the big map. A click, Enter or Space on a map shows that
// year (setYear); the arrow keys move between maps (roving tabindex); hovering a province outlines
// it on every map and in the charts (hoverProvince). Loaded lazily (AtlasMap).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProvinceCode } from '../../data/types';
import { formatYear } from '../../i18n/format';
import { mt } from '../../i18n/modeMessages';
import { hoverProvince, setYear, useAtlas } from '../../state/store';
import { provinceFillColor } from '../featureStyle';
import { markMapReady } from '../mapMarks';
import type { AtlasMapProps } from '../mapProps';
import { MAP_DESCRIPTION_ID, MapSummaryText } from '../MapSummaryText';
import { useMapModel } from '../useMapModel';
import { useMeasuredOverlays } from '../useMapOverlays';
import { svgMapLayout } from '../svg/svgMapLayout';
import { BORDER, hexColor, outlineStroke } from '../svg/svgMapStyle';
import { freeBox, multiplesGrid, stepInGrid, yearFill } from './multiplesLayout';
import './multiples.css';

const GRID = { aspect: 0.56, gap: 10, labelHeight: 34, minWidth: 96 };
const PAD = 12;

export function SmallMultiples({ data, label, description, dark }: AtlasMapProps) {
  const lang = useAtlas((s) => s.doc.lang);
  const model = useMapModel(data);
  const { view, hover, selected, highlighted } = model;
  const [mapRef, size, overlays] = useMeasuredOverlays<HTMLDivElement>();
  const years = useMemo(() => view?.indicator.years ?? [], [view]);
  const box = freeBox(size.width, size.height, overlays.size.width > 0 ? overlays.rects : []);
  const grid = multiplesGrid(years.length, box.width - 2 * PAD, box.height - 2 * PAD, GRID);
  // One projection and one set of paths for every year's map.
  const layout = useMemo(
    () => svgMapLayout(data.features, [], { width: grid.cellWidth, height: grid.mapHeight }),
    [data.features, grid.cellWidth, grid.mapHeight],
  );
  const pathOf = useMemo(() => new Map(layout.provinces.map((p) => [p.code, p.d])), [layout]);
  const fills = useMemo(() => (view ? years.map((y) => yearFill(data.indicators, view, y)) : []), [data.indicators, view, years]);
  const current = view ? years.indexOf(view.year) : -1;
  const [focus, setFocus] = useState(Math.max(0, current));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => setFocus(Math.max(0, current)), [current]);
  useEffect(() => {
    if (size.width > 0 && view) markMapReady();
  }, [size.width, view]);

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = stepInGrid(e.key, i, years.length, grid.cols);
    if (next === null) return;
    e.preventDefault();
    setFocus(next);
    buttons.current[next]?.focus();
  };
  const outlined = [...(hover && !selected.includes(hover) ? [hover] : []), ...selected] as ProvinceCode[];

  return (
    <div
      className={`map multiples-map${dark ? ' is-dark' : ''}`}
      ref={mapRef}
      role="region"
      aria-label={label}
      aria-describedby={MAP_DESCRIPTION_ID}
      data-renderer="multiples"
      onMouseLeave={() => hoverProvince(null)}
    >
      <MapSummaryText data={data} view={view} description={description} />
      {view && size.width > 0 && (
        <ul
          className="multiples-grid"
          aria-label={mt(lang, 'multiplesLabel', { indicator: view.indicator.label[lang] })}
          style={{
            left: box.left + PAD,
            top: box.top + PAD,
            width: box.width - 2 * PAD,
            height: box.height - 2 * PAD,
            gridTemplateColumns: `repeat(${grid.cols}, ${grid.cellWidth}px)`,
            gap: GRID.gap,
          }}
        >
          {years.map((year, i) => {
            const fillOf = fills[i];
            const isCurrent = year === view.year;
            return (
              <li key={year}>
                <button
                  type="button"
                  data-testid="multiple"
                  data-year={year}
                  className={`multiple${isCurrent ? ' is-current' : ''}`}
                  aria-current={isCurrent ? 'true' : undefined}
                  aria-label={mt(lang, 'multipleLabel', { indicator: view.indicator.label[lang], year: formatYear(year, lang) })}
                  aria-describedby="multiples-keys"
                  tabIndex={i === focus ? 0 : -1}
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  onFocus={() => setFocus(i)}
                  onKeyDown={(e) => onKey(e, i)}
                  onClick={() => setYear(year)}
                  style={{ width: grid.cellWidth }}
                >
                  <span className="multiple-year" aria-hidden="true">
                    {formatYear(year, lang)}
                  </span>
                  <svg width={grid.cellWidth} height={grid.mapHeight} aria-hidden="true" className="multiple-svg">
                    <g stroke={BORDER.stroke} strokeWidth={0.5} strokeLinejoin="round">
                      {layout.provinces.map((p) => {
                        const c = provinceFillColor(p.code, { hover, selected, fillOf, highlighted });
                        return (
                          <path
                            key={p.code}
                            d={p.d}
                            data-iso={p.code}
                            fill={hexColor(c)}
                            fillOpacity={c[3] / 255}
                            onPointerMove={() => {
                              if (hover !== p.code) hoverProvince(p.code);
                            }}
                          />
                        );
                      })}
                    </g>
                    <g fill="none" strokeLinejoin="round">
                      {outlined.map((code) => {
                        const s = outlineStroke(code, hover, selected);
                        return <path key={code} data-outline={code} d={pathOf.get(code)} stroke={s.stroke} strokeWidth={Math.max(1.2, s.width * 0.7)} />;
                      })}
                    </g>
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p id="multiples-keys" className="visually-hidden">
        {mt(lang, 'multiplesKeys')}
      </p>
    </div>
  );
}
