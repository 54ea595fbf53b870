// The time-series chart: the selected provinces' values over the indicator's years, one line
// each in a colour-blind-safe colour with its name at the end, against the dashed national line;
// the year on the map is marked. With no selection it shows the national line and a hint. Each
// year's point is an option of one keyboard tab stop (useMarkNav: ← → years, ↑ ↓ lines).
import { ChartSvg } from '../ChartSvg';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import type { IndicatorsFile } from '../../data/indicatorTypes';
import type { Province, ProvinceCode } from '../../data/types';
import { formatIndicatorValue, formatYear } from '../../i18n/format';
import type { Lang } from '../../state/doc';
import { indicatorLookup, type IndicatorView } from '../../state/indicatorView';
import { useAtlas } from '../../state/store';
import { hasComparableAggregate, provinceName, tickFormatter, yearTick } from '../chartFormat';
import { HoverReadout } from '../ChartReadout';
import { ct } from '../chartMessages';
import { FocusRing, pointRing, type RingShape } from '../FocusRing';
import { seriesNav } from '../keyboardNav';
import { MarkTooltip } from '../MarkTooltip';
import { markClass, markHandlers, useHoverClass, useMarkState } from '../useMarkState';
import { approxMeasure, type MeasureText } from '../text';
import { useMarkNav } from '../useMarkNav';
import { timeSeriesData, timeSeriesLayout, type SeriesLine, type TimeSeriesData } from './timeSeriesLayout';

export interface TimeSeriesChartProps {
  view: IndicatorView;
  file: IndicatorsFile;
  provinces: readonly Province[];
  lang: Lang;
  width: number;
  height: number;
  measureText?: MeasureText;
}

const DOT_R = 2.5;

/** A point's key: its line's province and its year ("TH-10@2020"). */
function pointKey(line: SeriesLine, year: number): string {
  return `${line.code ?? ''}@${year}`;
}

function codeOfPoint(key: string): ProvinceCode {
  return key.slice(0, key.indexOf('@')) as ProvinceCode;
}

/** "0.607 (2015) → 0.641 (2021)": first and last values of a line. */
function change(line: SeriesLine, fmt: (v: number) => string, lang: Lang): string {
  const a = line.points[0];
  const b = line.points[line.points.length - 1];
  if (!a || !b) return '–';
  return `${fmt(a.value)} (${formatYear(a.year, lang)}) → ${fmt(b.value)} (${formatYear(b.year, lang)})`;
}

export function timeSeriesDescription(data: TimeSeriesData, lines: SeriesLine[], national: SeriesLine | null, lang: Lang): string {
  const fmt = (v: number) => formatIndicatorValue(v, data.indicator, lang);
  const series =
    lines.length === 0
      ? ct(lang, 'timeDescNone')
      : lines.map((l) => `${l.label}: ${change(l, fmt, lang)}`).join(ct(lang, 'listSeparator')) + (lang === 'en' ? '.' : '');
  return ct(lang, 'timeDesc', {
    indicator: data.indicator.label[lang],
    from: formatYear(data.years[0] as number, lang),
    to: formatYear(data.years[data.years.length - 1] as number, lang),
    national: national ? change(national, fmt, lang) : formatIndicatorValue(null, data.indicator, lang),
    series,
  });
}

export const TimeSeriesChart = memo(function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { view, file, provinces, lang, width, height, measureText = approxMeasure } = props;
  const selection = useAtlas((s) => s.doc.province);
  const byCode = useMemo(() => new Map(provinces.map((p) => [p.iso, p])), [provinces]);
  const data = useMemo(() => {
    const labelOf = (code: ProvinceCode) => {
      const p = byCode.get(code);
      return p ? provinceName(p, lang) : code;
    };
    const lookup = indicatorLookup(file);
    // A kingdom total (a sum) is not comparable with provinces: no national line then.
    const byId = hasComparableAggregate(view.indicator) ? lookup : null;
    return timeSeriesData(file, view.indicator, selection, labelOf, byId);
  }, [file, view.indicator, selection, byCode, lang]);
  const layout = useMemo(
    () =>
      timeSeriesLayout(data, { width, height }, {
        currentYear: view.year,
        measureText,
        nationalLabel: ct(lang, 'national'),
        formatY: (ticks) => tickFormatter(view.indicator, lang, ticks),
        formatYear: (y) => yearTick(y, lang),
      }),
    [data, width, height, view.year, view.indicator, measureText, lang],
  );
  const st = useMarkState();
  const rootRef = useRef<HTMLDivElement>(null);
  useHoverClass(rootRef);
  // Keyboard order: ← → along a line (by year), ↑ ↓ to the line above or below (by value).
  const navLines = useMemo(
    () => (layout.kind === 'chart' ? layout.lines.map((l) => l.points.map((p) => ({ key: pointKey(l, p.year), x: p.x, y: p.value }))) : []),
    [layout],
  );
  const keys = useMemo(() => navLines.flat().map((p) => p.key), [navLines]);
  const move = useCallback((current: string, key: string) => seriesNav(navLines, current, key), [navLines]);
  const nav = useMarkNav({ keys, codeOf: codeOfPoint, move, selected: st.selected });
  const domId = useId();

  if (layout.kind === 'single-year') {
    return (
      <div className="chart chart-timeseries">
        <p className="chart-message">
          {ct(lang, 'timeSingleYear', { year: layout.year === null ? '–' : formatYear(layout.year, lang) })}
        </p>
      </div>
    );
  }
  const { plot, fontSize: fs } = layout;
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const endLabel = (l: SeriesLine, cls: string) => {
    const end = l.points[l.points.length - 1];
    if (!l.labelAt || !end) return null;
    return (
      <g className={cls} aria-hidden="true">
        <path className="leader" d={`M${end.x + 3},${end.y}L${l.labelAt.x - 3},${l.labelAt.y}h4`} stroke={l.color} />
        <text x={l.labelAt.x + 3} y={l.labelAt.y} dy="0.35em" fontSize={fs}>
          {l.shownLabel}
        </text>
      </g>
    );
  };

  // Names of the lines (by code) and of their points (by point key), for options and readout.
  const names = new Map<string, string>();
  const rings = new Map<string, RingShape>();
  for (const l of layout.lines) {
    names.set(l.code as string, `${l.label}: ${change(l, fmt, lang)}`);
    for (const p of l.points) {
      const key = pointKey(l, p.year);
      names.set(key, ct(lang, 'timeMark', { name: l.label, year: formatYear(p.year, lang), value: fmt(p.value) }));
      rings.set(key, pointRing(p.x, p.y, DOT_R));
    }
  }

  return (
    <div className="chart chart-timeseries" ref={rootRef}>
      {data.hidden > 0 && (
        <p className="chart-note">{ct(lang, 'timeMore', { shown: data.series.length, count: selection.length })}</p>
      )}
      {layout.lines.length > 0 && (
        <>
          <p className="chart-hint chart-keys" id={`${domId}-keys`}>
            {ct(lang, 'timeKeys')}
          </p>
          <HoverReadout names={names} focused={nav.focused} selected={st.selected} />
        </>
      )}
      <ChartSvg chart="timeseries" width={width} height={height} title={`${ct(lang, 'timeTitle')}: ${view.indicator.label[lang]}`} description={timeSeriesDescription(data, layout.lines, layout.national, lang)}>
        <g className="axis" aria-hidden="true" fontSize={fs - 1}>
          {layout.yTicks.map((t) => (
            <g key={t.value}>
              <line className="grid" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
              <text x={plot.left - 5} y={t.y} dy="0.35em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          {layout.xTicks.map((t) => (
            <text key={t.year} x={t.x} y={plot.bottom + fs + 4} textAnchor="middle">
              {t.label}
            </text>
          ))}
          <text className="axis-caption" x={width - 2} y={plot.bottom + fs + 4} textAnchor="end">
            {ct(lang, 'timeYearAxis')}
          </text>
        </g>
        {layout.current && (
          <g className="current-year">
            <line x1={layout.current.x} x2={layout.current.x} y1={plot.top - 4} y2={plot.bottom}>
              <title>{ct(lang, 'timeCurrentYear', { year: formatYear(layout.current.year, lang) })}</title>
            </line>
          </g>
        )}
        {layout.national && (
          <g className="national" aria-label={`${ct(lang, 'national')}: ${change(layout.national, fmt, lang)}`} role="img">
            <path className="line" d={layout.national.d} />
            {layout.national.points.map((p) => (
              <circle key={p.year} cx={p.x} cy={p.y} r={2} />
            ))}
            {endLabel(layout.national, 'end-label')}
          </g>
        )}
        {layout.lines.length === 0 && (
          <text className="chart-hint-svg" x={(plot.left + plot.right) / 2} y={plot.top + fs + 4} textAnchor="middle" fontSize={fs}>
            {ct(lang, 'timeHint')}
          </text>
        )}
        <g
          className="marks"
          {...nav.groupProps}
          aria-label={layout.lines.length > 0 ? ct(lang, 'timeList') : undefined}
          aria-describedby={layout.lines.length > 0 ? `${domId}-keys` : undefined}
          {...markHandlers}
        >
          {layout.lines.map((l) => {
            const code = l.code as ProvinceCode;
            // A group per line, named by its change over time; an option per year's point.
            return (
              <g key={code} data-code={code} className={markClass('mark ts-series', code, st)} role="group" aria-label={names.get(code)} style={{ color: l.color }}>
                <MarkTooltip text={names.get(code)}>
                  <path className="hit" d={l.d} />
                  <path className="line" d={l.d} stroke={l.color} />
                </MarkTooltip>
                {l.points.map((p) => {
                  const key = pointKey(l, p.year);
                  return (
                    <g
                      key={p.year}
                      data-key={key}
                      className="ts-point"
                      role="option"
                      aria-label={names.get(key)}
                      aria-selected={st.selected.has(code)}
                      tabIndex={nav.tabStop === key ? 0 : -1}
                    >
                      <MarkTooltip text={names.get(key)}>
                        <circle className="dot" cx={p.x} cy={p.y} r={DOT_R} fill={l.color} />
                      </MarkTooltip>
                    </g>
                  );
                })}
                {endLabel(l, 'end-label')}
              </g>
            );
          })}
        </g>
        <FocusRing shape={nav.ring === null ? null : rings.get(nav.ring)} />
      </ChartSvg>
    </div>
  );
});
