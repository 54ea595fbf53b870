// The distribution strip: the current indicator's provinces as dots in their NESDC region's row,
// in the map's colours, with each region's aggregate as a tick and the national value as a line.
// Hover and click (or tap) link it to the rest of the atlas; the dots are one keyboard tab stop
// (useMarkNav: ← → within a region, ↑ ↓ between regions, Enter, Escape).
import { ChartSvg, TopAxis } from '../ChartSvg';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import type { IndicatorsFile } from '../../data/indicatorTypes';
import type { Province, ProvinceCode } from '../../data/types';
import { formatIndicatorValue, formatYear } from '../../i18n/format';
import { REGION_NESDC_NAMES } from '../../i18n/messages';
import type { Lang } from '../../state/doc';
import { indicatorLookup, type IndicatorView } from '../../state/indicatorView';
import { hasComparableAggregate, tickFormatter } from '../chartFormat';
import { HoverReadout } from '../ChartReadout';
import { ct } from '../chartMessages';
import { inProvinceOrder, provinceOrder, provinceRows } from '../chartRows';
import { FocusRing, pointRing, type RingShape } from '../FocusRing';
import { PointMark } from '../Glyphs';
import { rowsNav } from '../keyboardNav';
import { MarkTooltip } from '../MarkTooltip';
import { markClass, markHandlers, useHoverClass, useMarkState } from '../useMarkState';
import { useMarkNav } from '../useMarkNav';
import { MAX_RADIUS, regionAggregates, regionLayout, type RegionLayout } from './regionLayout';

export interface RegionStripProps {
  view: IndicatorView;
  /** The catalogue, for the regional aggregates (ratios and weighted means need other indicators). */
  file: IndicatorsFile;
  provinces: readonly Province[];
  lang: Lang;
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
  width: number;
}

/** The text alternative: each region's aggregate, or its range where there is no aggregate. */
export function regionDescription(layout: RegionLayout, view: IndicatorView, lang: Lang): string {
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const summary = layout.rows
    .map((row) => {
      const region = REGION_NESDC_NAMES[row.region][lang];
      if (row.aggregate) return ct(lang, 'regionsAggregate', { region, value: fmt(row.aggregate.value) });
      const first = row.dots[0];
      const last = row.dots[row.dots.length - 1];
      if (!first || !last) return `${region}: ${formatIndicatorValue(null, view.indicator, lang)}`;
      if (first === last) return `${region}: ${fmt(first.value)}`;
      return ct(lang, 'regionsRange', { region, min: fmt(first.value), max: fmt(last.value) });
    })
    .join(ct(lang, 'listSeparator'));
  return ct(lang, 'regionsDesc', { indicator: view.indicator.label[lang], year: formatYear(view.year, lang), summary });
}

/**
 * The radius a dot's shape is drawn at; a strip packed with smaller dots scales them (in the dot's
 * transform, with strokes that do not scale), so that no shape is redrawn when the radius changes.
 */
const DOT_R = MAX_RADIUS;

/**
 * A dot's shape and tap target, which depend on its province only. No native tooltip: the line
 * above the strip reads the hovered dot, as it does for the ranking, and a <title> would be one
 * more text to rewrite in every dot on every indicator change.
 */
const DotBody = memo(function DotBody({ pilot, learningCity }: { pilot: boolean; learningCity: boolean }) {
  return (
    <MarkTooltip text={undefined}>
      {/* A target 2 px wider than the dot at full size (scaled with it: the dots are packed 1 px apart). */}
      <circle className="hit" r={DOT_R + 2} />
      <PointMark x={0} y={0} r={DOT_R} pilot={pilot} learningCity={learningCity} />
    </MarkTooltip>
  );
});

/** Region-strip marks are keyed by province code. */
const asCode = (key: string) => key as ProvinceCode;

export const RegionStrip = memo(function RegionStrip(props: RegionStripProps) {
  const { view, file, provinces, lang, pilots, learningCities, width } = props;
  const aggregates = useMemo(
    () => regionAggregates(file, view.indicator, view.year, provinces, indicatorLookup(file)),
    [file, view, provinces],
  );
  const layout = useMemo(() => {
    const rows = provinceRows(provinces, view.values, lang, { pilots, learningCities });
    // Regional and national totals (sums) are not comparable with provinces: not drawn then.
    const comparable = hasComparableAggregate(view.indicator);
    return regionLayout(rows, width, comparable ? { aggregates, national: view.national } : {});
  }, [provinces, view, lang, pilots, learningCities, width, aggregates]);
  const domOrder = useMemo(() => provinceOrder(provinces), [provinces]);
  const st = useMarkState();
  const rootRef = useRef<HTMLDivElement>(null);
  useHoverClass(rootRef);
  // Keyboard order: region by region (top to bottom), each from its lowest value to its highest.
  const navRows = useMemo(() => layout.rows.map((row) => row.dots.map((d) => ({ key: d.code as string, x: d.cx }))), [layout]);
  const keys = useMemo(() => navRows.flat().map((m) => m.key), [navRows]);
  const move = useCallback((current: string, key: string) => rowsNav(navRows, current, key), [navRows]);
  const nav = useMarkNav({ keys, codeOf: asCode, move, selected: st.selected });
  const ids = useId();
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const tick = tickFormatter(view.indicator, lang, layout.ticks.map((t) => t.value), layout.kind);
  const { plot } = layout;
  const names = new Map<string, string>();
  let ring: RingShape | null = null;
  for (const row of layout.rows) {
    for (const d of row.dots) {
      names.set(d.code, ct(lang, 'regionsMark', { name: d.label, region: REGION_NESDC_NAMES[row.region][lang], value: fmt(d.value) }));
      if (d.code === nav.ring) ring = pointRing(d.cx, d.cy, d.r);
    }
  }

  return (
    <div className="chart chart-regions" ref={rootRef}>
      {layout.kind === 'log' && <p className="chart-note">{ct(lang, 'logScaleNote')}</p>}
      <p className="chart-hint chart-keys" id={`${ids}-keys`}>
        {ct(lang, 'regionsKeys')}
      </p>
      <HoverReadout names={names} focused={nav.focused} selected={st.selected} />
      <ChartSvg chart="regions" width={width} height={layout.height} title={`${ct(lang, 'regionsTitle')}: ${view.indicator.label[lang]}, ${formatYear(view.year, lang)}`} description={regionDescription(layout, view, lang)}>
        <TopAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} format={tick} />
        {layout.national && (
          <g className="national" aria-hidden="true">
            <line x1={layout.national.x} x2={layout.national.x} y1={plot.top} y2={plot.bottom} />
            <text x={layout.national.x} y={layout.national.labelY} textAnchor="middle">
              {`${ct(lang, 'national')} ${fmt(layout.national.value)}`}
            </text>
          </g>
        )}
        <g {...nav.groupProps} aria-label={ct(lang, 'regionsList')} aria-describedby={`${ids}-keys`}>
          {layout.rows.map((row) => {
            const regionName = REGION_NESDC_NAMES[row.region][lang];
            const label = row.aggregate ? `${regionName} · ${fmt(row.aggregate.value)}` : regionName;
            const missing = row.missing.length > 0 ? ` · ${ct(lang, 'regionsMissing', { count: row.missing.length })}` : '';
            // A group of options per region, named by its visible title (aggregate and gaps
            // included); the title itself is hidden so a listbox holds only groups and options.
            return (
              <g key={row.region} className="region-row" data-region={row.region} role="group" aria-label={label + missing}>
                <text className="region-label" x={0} y={row.labelY} aria-hidden="true">
                  {label}
                  {missing && <tspan className="no-data">{missing}</tspan>}
                </text>
                <line className="region-baseline" x1={plot.left} x2={plot.right} y1={(row.bandTop + row.bandBottom) / 2} y2={(row.bandTop + row.bandBottom) / 2} />
                {row.aggregate && (
                  <line
                    className="region-aggregate"
                    x1={row.aggregate.x}
                    x2={row.aggregate.x}
                    y1={row.bandTop - 4}
                    y2={row.bandBottom + 4}
                    aria-hidden="true"
                  >
                    <title>{ct(lang, 'regionsAggregate', { region: regionName, value: fmt(row.aggregate.value) })}</title>
                  </line>
                )}
                {/* role="none": Chrome makes an SVG <g> a group, which would hide the options' listbox. */}
                <g className="marks" role="none" {...markHandlers}>
                  {/* Keyed by province in a fixed order (inProvinceOrder) and placed by one transform;
                      aria-posinset gives the value order that ← → follow. The fill is on the group and
                      the shape inherits it, so an indicator change never redraws a shape. */}
                  {inProvinceOrder(row.dots, domOrder).map(({ mark: d, place }) => (
                    <g
                      key={d.code}
                      transform={d.r === DOT_R ? `translate(${d.cx},${d.cy})` : `translate(${d.cx},${d.cy}) scale(${d.r / DOT_R})`}
                      fill={view.hexOf(d.code)}
                      data-code={d.code}
                      className={markClass('mark region-dot', d.code, st)}
                      role="option"
                      aria-label={names.get(d.code)}
                      aria-posinset={place}
                      aria-selected={st.selected.has(d.code)}
                      tabIndex={nav.tabStop === d.code ? 0 : -1}
                    >
                      <DotBody pilot={d.pilot} learningCity={d.learningCity} />
                    </g>
                  ))}
                </g>
              </g>
            );
          })}
        </g>
        <FocusRing shape={ring} />
      </ChartSvg>
    </div>
  );
});
