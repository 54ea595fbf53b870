// The scatter plot of two indicators (the document's `scatter` axes), each at the year nearest
// the atlas's year: one point per province with both values, pilots drawn as triangles and
// learning cities ringed, the national values as a cross. Pickers choose the axes; hover, click
// (or tap) and a 2-D brush link it to the rest of the atlas; the points are one keyboard tab stop
// (useMarkNav: ← → by x, ↑ ↓ by y, Enter, Escape).
import { ChartSvg } from '../ChartSvg';
import { memo, useCallback, useId, useMemo } from 'react';
import type { IndicatorsFile } from '../../data/indicatorTypes';
import type { Province, ProvinceCode } from '../../data/types';
import { formatIndicatorValue, formatNumber } from '../../i18n/format';
import type { Lang } from '../../state/doc';
import { indicatorLookup } from '../../state/indicatorView';
import { setScatterAxes } from '../../state/store';
import { axisTitle, hasComparableAggregate, localeFor, tickFormatter } from '../chartFormat';
import { ChartReadout } from '../ChartReadout';
import { ct } from '../chartMessages';
import { FocusRing, pointRing } from '../FocusRing';
import { GlyphKey, PointMark } from '../Glyphs';
import { planeNav, readoutKey } from '../keyboardNav';
import { MarkTooltip } from '../MarkTooltip';
import { markClass, markHandlers, useMarkState } from '../useMarkState';
import { useAtlas } from '../../state/store';
import { approxMeasure, type MeasureText } from '../text';
import { useBrush, type BrushRect } from '../useBrush';
import { useMarkNav } from '../useMarkNav';
import { placeLabels, type LabelAnchor } from './placeLabels';
import { pointsInRect, SCATTER_FONT_SIZE, scatterAxes, scatterLayout, scatterRows, type ScatterPoint } from './scatterLayout';

export interface ScatterChartProps {
  file: IndicatorsFile;
  provinces: readonly Province[];
  lang: Lang;
  /** Indicator ids of the x and y axes (the document's `scatter`). */
  axes: readonly [string, string];
  /** The atlas's year (CE) or null for each indicator's latest. */
  year: number | null;
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
  width: number;
  height: number;
  measureText?: MeasureText;
}

const R = 3.6;
/** Scatter marks are keyed by province code. */
const asCode = (key: string) => key as ProvinceCode;
const LABEL_SIZE = 12;

export const ScatterChart = memo(function ScatterChart(props: ScatterChartProps) {
  const { file, provinces, lang, axes, year, pilots, learningCities, width, height, measureText = approxMeasure } = props;
  const resolved = useMemo(() => scatterAxes(file, axes, year, indicatorLookup(file)), [file, axes, year]);
  const layout = useMemo(() => {
    if (!resolved) return null;
    const { x, y } = resolved;
    const rows = scatterRows(provinces, x.values, y.values, lang, { pilots, learningCities });
    return scatterLayout(rows, { width, height }, {
      measureText,
      formatX: (ticks, kind) => tickFormatter(x.indicator, lang, ticks, kind),
      formatY: (ticks, kind) => tickFormatter(y.indicator, lang, ticks, kind),
      xTitle: axisTitle(x.indicator, x.year, lang),
      yTitle: axisTitle(y.indicator, y.year, lang),
      logLabel: ct(lang, 'logScale'),
      locale: localeFor(lang),
      // A kingdom total (a sum) is not comparable with provinces: no national cross then.
      national:
        hasComparableAggregate(x.indicator) && hasComparableAggregate(y.indicator)
          ? { x: x.national, y: y.national }
          : undefined,
    });
  }, [resolved, provinces, lang, pilots, learningCities, width, height, measureText]);
  const st = useMarkState();
  // The scatter plot labels the hovered point and draws it on top: hover is part of its render.
  const hover = useAtlas((s) => s.session.hover);
  const pointClass = (code: ProvinceCode) => markClass('mark scatter-point', code, st) + (code === hover ? ' is-hovered' : '');
  const nationalLabel = ct(lang, 'national');
  const labels = useMemo(() => {
    if (!layout) return new Map<string, ReturnType<typeof placeLabels>[number]>();
    const anchors: LabelAnchor[] = [];
    if (layout.national) anchors.push({ key: 'national', x: layout.national.px, y: layout.national.py, text: nationalLabel });
    for (const p of layout.points) {
      if (p.code === hover || st.selected.has(p.code)) anchors.push({ key: p.code, x: p.px, y: p.py, text: p.label });
    }
    return new Map(placeLabels(anchors, layout.plot, LABEL_SIZE, measureText).map((l) => [l.key, l]));
  }, [layout, hover, st.selected, nationalLabel, measureText]);
  const codesIn = useCallback((r: BrushRect) => (layout ? pointsInRect(layout, r.x0, r.y0, r.x1, r.y1) : []), [layout]);
  // Keyboard order: ← → along x, ↑ ↓ along y, by value (the data values, so up is up).
  const navPoints = useMemo(() => (layout ? layout.points.map((p) => ({ key: p.code as string, x: p.x, y: p.y })) : []), [layout]);
  const keys = useMemo(() => navPoints.map((p) => p.key), [navPoints]);
  const move = useCallback((current: string, key: string) => planeNav(navPoints, current, key), [navPoints]);
  const nav = useMarkNav({ keys, codeOf: asCode, move, selected: st.selected });
  const domId = useId();
  const plot = layout?.plot ?? { left: 0, right: 0, top: 0, bottom: 0 };
  const brushRef = useBrush({
    kind: 'xy',
    extent: [plot.left, plot.top, plot.right, plot.bottom],
    codesIn,
    highlightCodes: st.highlightCodes,
  });
  if (!resolved || !layout) return null;
  const { x, y } = resolved;
  const ids = [x.indicator.id, y.indicator.id] as const;
  const fmtX = (v: number) => formatIndicatorValue(v, x.indicator, lang);
  const fmtY = (v: number) => formatIndicatorValue(v, y.indicator, lang);
  const xName = x.indicator.label[lang];
  const yName = y.indicator.label[lang];
  const nameOf = (p: ScatterPoint) =>
    ct(lang, 'scatterMark', { name: p.label, x: `${xName} ${fmtX(p.x)}`, y: `${yName} ${fmtY(p.y)}` });
  const desc =
    layout.points.length === 0
      ? ct(lang, 'scatterEmpty')
      : ct(lang, 'scatterDesc', {
          x: axisTitle(x.indicator, x.year, lang),
          y: axisTitle(y.indicator, y.year, lang),
          count: layout.points.length,
          r: layout.r === null ? '–' : formatNumber(layout.r, lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
        });
  const onTop = layout.points.filter((p) => p.code === hover || st.selected.has(p.code));
  const byCode = new Map(layout.points.map((p) => [p.code as string, p]));
  const readout = readoutKey(nav.focused, hover, st.selected, (c) => (byCode.has(c) ? c : undefined));
  const readoutPoint = readout === null ? undefined : byCode.get(readout);
  const ringPoint = nav.ring === null ? undefined : byCode.get(nav.ring);
  const fs = SCATTER_FONT_SIZE;

  return (
    <div className="chart chart-scatter">
      <div className="axis-pickers">
        {(['x', 'y'] as const).map((axis, i) => (
          <label key={axis}>
            <span>{ct(lang, axis === 'x' ? 'scatterX' : 'scatterY')}</span>
            <select
              value={ids[i]}
              onChange={(e) => (axis === 'x' ? setScatterAxes(e.target.value, ids[1]) : setScatterAxes(ids[0], e.target.value))}
            >
              {file.indicators.map((ind) => (
                <option key={ind.id} value={ind.id}>
                  {ind.label[lang]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <GlyphKey lang={lang} variant="points" />
      <p className="chart-hint">{ct(lang, 'scatterBrushHint')}</p>
      <p className="chart-hint chart-keys" id={`${domId}-keys`}>
        {ct(lang, 'scatterKeys')}
      </p>
      <ChartReadout text={readoutPoint ? nameOf(readoutPoint) : null} />
      <ChartSvg chart="scatter" width={width} height={height} title={`${ct(lang, 'scatterTitle')}: ${yName} / ${xName}`} description={desc}>
        <g className="axis" aria-hidden="true" fontSize={fs - 1}>
          {layout.xTicks.map((t) => (
            <g key={`x${t.value}`}>
              <line className="grid" x1={t.pos} x2={t.pos} y1={plot.top} y2={plot.bottom} />
              <text x={t.pos} y={plot.bottom + fs + 3} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          {layout.yTicks.map((t) => (
            <g key={`y${t.value}`}>
              <line className="grid" x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
              <text x={plot.left - 5} y={t.pos} dy="0.35em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          <rect className="frame" x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
        </g>
        <g className="axis-title" fontSize={fs}>
          {layout.yTitle.lines.map((line, i) => (
            <text key={`y${i}`} x={layout.yTitle.x} y={layout.yTitle.y + i * layout.lineHeight}>
              {line}
            </text>
          ))}
          {layout.xTitle.lines.map((line, i) => (
            <text key={`x${i}`} x={layout.xTitle.x} y={layout.xTitle.y + i * layout.lineHeight} textAnchor="end">
              {line}
            </text>
          ))}
        </g>
        <g className="brush" ref={brushRef} />
        {layout.national && (
          <g className="national" aria-hidden="true">
            <path d={`M${layout.national.px - 6},${layout.national.py}h12M${layout.national.px},${layout.national.py - 6}v12`} />
            {labels.get('national') && (
              <text x={labels.get('national')?.x} y={labels.get('national')?.y} textAnchor={labels.get('national')?.anchor} fontSize={LABEL_SIZE}>
                {nationalLabel}
              </text>
            )}
          </g>
        )}
        <g className="marks" {...nav.groupProps} aria-label={ct(lang, 'scatterList')} aria-describedby={`${domId}-keys`} {...markHandlers}>
          {layout.points.map((p) => (
            <g
              key={p.code}
              data-code={p.code}
              className={pointClass(p.code)}
              role="option"
              aria-label={nameOf(p)}
              aria-selected={st.selected.has(p.code)}
              tabIndex={nav.tabStop === p.code ? 0 : -1}
            >
              <MarkTooltip text={nameOf(p)}>
                {/* A target a little larger than the 7 px point, for fingers. */}
                <circle className="hit" cx={p.px} cy={p.py} r={R + 3} />
                <PointMark x={p.px} y={p.py} r={R} pilot={p.pilot} learningCity={p.learningCity} />
              </MarkTooltip>
            </g>
          ))}
        </g>
        <g className="marks-on-top" aria-hidden="true">
          {onTop.map((p) => {
            const l = labels.get(p.code);
            return (
              <g key={p.code} className={pointClass(p.code)}>
                <PointMark x={p.px} y={p.py} r={R} pilot={p.pilot} learningCity={p.learningCity} />
                {l && (
                  <text className="point-label" x={l.x} y={l.y} textAnchor={l.anchor} fontSize={LABEL_SIZE}>
                    {p.label}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <FocusRing shape={ringPoint ? pointRing(ringPoint.px, ringPoint.py, R) : null} />
        {layout.points.length === 0 && (
          <text className="chart-empty" x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" fontSize={fs}>
            {ct(lang, 'scatterEmpty')}
          </text>
        )}
      </ChartSvg>
    </div>
  );
});
