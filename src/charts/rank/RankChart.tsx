// The ranked bar chart: every province with data for the indicator and year, highest first, in
// the map's colours; pilots and learning cities marked by glyphs; the national value as a
// reference line; provinces without data listed below. Hover, click (or tap) and a vertical brush
// link it to the rest of the atlas; the rows are one keyboard tab stop (useMarkNav: ↑ ↓ Home End
// PageUp PageDown, Enter, Escape).
import { ChartSvg, TopAxis } from '../ChartSvg';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import type { Province, ProvinceCode } from '../../data/types';
import { formatIndicatorValue, formatYear } from '../../i18n/format';
import type { Lang } from '../../state/doc';
import type { IndicatorView } from '../../state/indicatorView';
import { HoverReadout } from '../ChartReadout';
import { ct } from '../chartMessages';
import { hasComparableAggregate, localeFor, tickFormatter } from '../chartFormat';
import { inProvinceOrder, provinceOrder, provinceRows } from '../chartRows';
import { FocusRing, type RingShape } from '../FocusRing';
import { GlyphKey, ProvinceGlyphs } from '../Glyphs';
import { listNav } from '../keyboardNav';
import { MarkTooltip } from '../MarkTooltip';
import { markClass, markHandlers, useHoverClass, useMarkState } from '../useMarkState';
import { approxMeasure, type MeasureText } from '../text';
import { useBrush, type BrushRect } from '../useBrush';
import { useMarkNav } from '../useMarkNav';
import { ctx, formatViewValue } from '../../i18n/changeFormat';
import { isChangeView } from '../../state/changeView';
import { barsInRange, rankLayout, type RankLayout } from './rankLayout';

export interface RankChartProps {
  view: IndicatorView;
  provinces: readonly Province[];
  lang: Lang;
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
  /** Width in px; the height follows from the number of provinces (the panel scrolls). */
  width: number;
  measureText?: MeasureText;
}

/** The text alternative: indicator, year, top and bottom province, national value, gaps. */
export function rankDescription(layout: RankLayout, view: IndicatorView, lang: Lang): string {
  const fmt = (v: number | null) => formatViewValue(view, v, lang);
  const top = layout.bars[0];
  const bottom = layout.bars[layout.bars.length - 1];
  const parts: string[] = [];
  if (top && bottom) {
    parts.push(
      ct(lang, 'rankDesc', {
        indicator: view.indicator.label[lang],
        year: viewYears(view, lang),
        top: top.label,
        topValue: fmt(top.value),
        bottom: bottom.label,
        bottomValue: fmt(bottom.value),
        count: layout.bars.length,
      }),
    );
  }
  if (layout.national) parts.push(ct(lang, 'rankDescNational', { value: fmt(layout.national.value) }));
  const missing = layout.missing.length;
  if (missing > 0) parts.push(missing === 1 ? ct(lang, 'rankDescMissingOne') : ct(lang, 'rankDescMissing', { count: missing }));
  return parts.join(' ');
}

/** The year of a view, or "2015 → 2021" for a change. */
function viewYears(view: IndicatorView, lang: Lang): string {
  return isChangeView(view) ? `${formatYear(view.change.fromYear, lang)} → ${formatYear(view.change.toYear, lang)}` : formatYear(view.year, lang);
}

/** What the bars rank: "Hospital access index, 2021", or "Change in …, 2015 → 2021". */
export function rankSubject(view: IndicatorView, lang: Lang): string {
  if (!isChangeView(view)) return `${view.indicator.label[lang]}, ${formatYear(view.year, lang)}`;
  const { change } = view;
  const vars = { indicator: view.indicator.label[lang], from: formatYear(change.fromYear, lang), to: formatYear(change.toYear, lang) };
  return ctx(lang, change.kind === 'pct' ? 'pctChangeTitle' : 'changeTitle', vars);
}

/** The unit the axis ticks carry: a % change ticks in %, a change of a share in bare points. */
function tickUnitOf(view: IndicatorView): { unit: IndicatorView['indicator']['unit'] } {
  if (!isChangeView(view)) return view.indicator;
  if (view.change.kind === 'pct') return { unit: 'percent' };
  return { unit: view.indicator.unit === 'percent' ? 'index' : view.indicator.unit };
}

function markNotes(lang: Lang, pilot: boolean, learningCity: boolean): string {
  return (pilot ? `, ${ct(lang, 'markPilot')}` : '') + (learningCity ? `, ${ct(lang, 'markLearningCity')}` : '');
}

/**
 * What a row draws that depends on its province, the chart's width and the language only (name,
 * glyphs, tap target): an indicator change re-renders none of it, it only moves the row.
 */
const RankRowBody = memo(function RankRowBody(p: {
  hitX: number;
  hitWidth: number;
  rowHeight: number;
  labelX: number;
  textY: number;
  shownLabel: string;
  fontSize: number;
  glyphX: number;
  glyphY: number;
  pilot: boolean;
  learningCity: boolean;
  noData?: string;
  noDataX?: number;
}) {
  return (
    <MarkTooltip text={undefined}>
      {/* The row's bar area is a tap target however short the bar; the names stay the brush's. */}
      <rect className="hit" x={p.hitX} y={0} width={p.hitWidth} height={p.rowHeight} />
      <text className="rank-label" x={p.labelX} y={p.textY} textAnchor="end" fontSize={p.fontSize}>
        {p.shownLabel}
      </text>
      <ProvinceGlyphs x={p.glyphX} y={p.glyphY} pilot={p.pilot} learningCity={p.learningCity} />
      {p.noData !== undefined && (
        <text className="no-data" x={p.noDataX} y={p.textY} fontSize={p.fontSize}>
          {p.noData}
        </text>
      )}
    </MarkTooltip>
  );
});

/** Rank-chart marks are keyed by province code. */
const asCode = (key: string) => key as ProvinceCode;

export const RankChart = memo(function RankChart(props: RankChartProps) {
  const { view, provinces, lang, pilots, learningCities, width, measureText = approxMeasure } = props;
  const layout = useMemo(() => {
    const rows = provinceRows(provinces, view.values, lang, { pilots, learningCities });
    // A kingdom total (a sum) would dwarf every bar: the reference line is for comparable values.
    const national = hasComparableAggregate(view.indicator) ? view.national : null;
    return rankLayout(rows, width, { measureText, national, locale: localeFor(lang) });
  }, [provinces, view, lang, pilots, learningCities, width, measureText]);
  const domOrder = useMemo(() => provinceOrder(provinces), [provinces]);
  const st = useMarkState();
  const rootRef = useRef<HTMLDivElement>(null);
  useHoverClass(rootRef);
  const codesIn = useCallback((r: BrushRect) => barsInRange(layout, r.y0, r.y1), [layout]);
  const brushRef = useBrush({
    kind: 'y',
    extent: [0, layout.plot.top, width, layout.plot.bottom],
    codesIn,
    highlightCodes: st.highlightCodes,
  });
  // Keyboard order: the bars by rank, then the provinces without data.
  const order = useMemo(() => [...layout.bars.map((b) => b.code), ...layout.missing.map((m) => m.code)], [layout]);
  const move = useCallback((current: string, key: string) => listNav(order, current, key), [order]);
  const nav = useMarkNav({ keys: order, codeOf: asCode, move, selected: st.selected });
  const ids = useId();
  const { indicator } = view;
  const fmt = (v: number) => formatViewValue(view, v, lang);
  const tick = tickFormatter(tickUnitOf(view), lang, layout.ticks.map((t) => t.value));
  const { plot, fontSize, rowHeight } = layout;
  const title = `${ct(lang, 'rankTitle')}: ${rankSubject(view, lang)}`;
  const names = new Map<string, string>();
  let ring: RingShape | null = null;
  for (const b of layout.bars) {
    names.set(b.code, ct(lang, 'rankMark', { rank: b.rank, name: b.label, value: fmt(b.value) }) + markNotes(lang, b.pilot, b.learningCity));
    if (b.code === nav.ring) ring = { kind: 'rect', x: 0.5, y: b.y - (rowHeight - b.h) / 2, width: width - 1, height: rowHeight };
  }
  for (const m of layout.missing) {
    names.set(m.code, `${m.label}: ${formatIndicatorValue(null, indicator, lang)}${markNotes(lang, m.pilot, m.learningCity)}`);
    if (m.code === nav.ring) ring = { kind: 'rect', x: 0.5, y: m.y, width: width - 1, height: m.h };
  }
  const optionProps = (code: ProvinceCode, posinset: number) => ({
    'data-code': code,
    role: 'option',
    'aria-label': names.get(code),
    'aria-selected': st.selected.has(code),
    'aria-posinset': posinset,
    tabIndex: nav.tabStop === code ? 0 : -1,
  });


  return (
    <div className="chart chart-rank" ref={rootRef}>
      <GlyphKey lang={lang} />
      <p className="chart-hint">{ct(lang, 'rankBrushHint')}</p>
      <p className="chart-hint chart-keys" id={`${ids}-keys`}>
        {ct(lang, 'rankKeys')}
      </p>
      <HoverReadout names={names} focused={nav.focused} selected={st.selected} />
      <ChartSvg chart="rank" width={width} height={layout.height} title={title} description={rankDescription(layout, view, lang)}>
        <TopAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} format={tick} />
        <g className="brush" ref={brushRef} />
        {layout.missingHeadingY !== null && (
          <text id={`${ids}-missing`} className="rank-missing-heading" x={0} y={layout.missingHeadingY}>
            {ct(lang, 'rankNoDataHeading', { count: layout.missing.length })}
          </text>
        )}
        <g {...nav.groupProps} aria-label={ct(lang, 'rankList')} aria-describedby={`${ids}-keys`}>
          {/* role="none": an SVG <g> is a group to Chrome, and an option outside a listbox or its
              group loses its role. */}
          <g className="marks" role="none" {...markHandlers}>
            {inProvinceOrder(layout.bars, domOrder).map(({ mark: b, place }) => (
              <g
                key={b.code}
                transform={`translate(0,${b.top})`}
                className={markClass('mark rank-row', b.code, st)}
                {...optionProps(b.code, place)}
              >
                {/* No <title> tooltip here: it would count as the row's visible text ahead of its label, and
                    the name would no longer begin with what is shown (WCAG 2.5.3). The readout names it. */}
                <RankRowBody
                  hitX={plot.left}
                  hitWidth={width - plot.left}
                  rowHeight={rowHeight}
                  labelX={b.labelX}
                  textY={layout.textDy}
                  shownLabel={b.shownLabel}
                  fontSize={fontSize}
                  glyphX={layout.glyphX}
                  glyphY={layout.inset + b.h / 2}
                  pilot={b.pilot}
                  learningCity={b.learningCity}
                />
                <rect className="rank-bar" x={b.x} y={layout.inset} width={Math.max(0.5, b.w)} height={b.h} fill={view.hexOf(b.code)} />
              </g>
            ))}
          </g>
          {layout.missing.length > 0 && (
            <g className="marks" role="group" aria-labelledby={`${ids}-missing`} {...markHandlers}>
              {inProvinceOrder(layout.missing, domOrder).map(({ mark: m, place }) => (
                <g
                  key={m.code}
                  transform={`translate(0,${m.top})`}
                  className={markClass('mark rank-row is-missing', m.code, st)}
                  {...optionProps(m.code, place)}
                >
                  {/* The trailing space keeps the row's text "Bueng Kan No data", not "Bueng KanNo data",
                      so its visible text reads inside its name (axe label-content-name-mismatch). */}
                  <RankRowBody
                    hitX={0}
                    hitWidth={width}
                    rowHeight={m.h}
                    labelX={layout.labelX}
                    textY={layout.textDy}
                    shownLabel={`${m.shownLabel} `}
                    fontSize={fontSize}
                    glyphX={layout.glyphX}
                    glyphY={m.h / 2}
                    pilot={m.pilot}
                    learningCity={m.learningCity}
                    noData={formatIndicatorValue(null, indicator, lang)}
                    noDataX={plot.left}
                  />
                </g>
              ))}
            </g>
          )}
        </g>
        {layout.national && (
          <g className="national" aria-hidden="true">
            <line x1={layout.national.x} x2={layout.national.x} y1={plot.top - 2} y2={plot.bottom} />
            <text x={layout.national.x} y={plot.top - 19} textAnchor={layout.national.x > (plot.left + plot.right) / 2 ? 'end' : 'start'} dx={layout.national.x > (plot.left + plot.right) / 2 ? 3 : -3}>
              {`${ct(lang, 'national')} ${fmt(layout.national.value)}`}
            </text>
          </g>
        )}
        <FocusRing shape={ring} />
      </ChartSvg>
    </div>
  );
});
