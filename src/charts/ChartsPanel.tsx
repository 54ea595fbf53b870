// The column of linked charts beside the map: distribution by region, change over time, two
// indicators compared and the full ranking (last, because it is 77 rows tall). It reads the store,
// derives the one indicator view the map also uses, and measures its width once for all charts.
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { IndicatorsFile } from '../data/indicatorTypes';
import type { ProvinceCode } from '../data/types';
import { formatYear } from '../i18n/format';
import { selectIndicatorView } from '../state/indicatorView';
import { mapViewOf } from '../state/changeView';
import { rankSubject } from './rank/RankChart';
import { useAtlas } from '../state/store';
import { canvasMeasure } from './canvasMeasureDom';
import { ct, type ChartMessageKey } from './chartMessages';
import { PanelBoundary } from '../ui/PanelBoundary';
import { RankChart } from './rank/RankChart';
import { RegionStrip } from './regions/RegionStrip';
import { ScatterChart } from './scatter/ScatterChart';
import { approxMeasure, type MeasureText } from './text';
import { TimeSeriesChart } from './timeseries/TimeSeriesChart';
import { useSize } from '../ui/useSize';
import './charts.css';

export interface ChartsPanelProps {
  data: AtlasData;
  file: IndicatorsFile;
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
  /** Fixed width in px (server rendering, tests); default: the panel's measured width. */
  width?: number;
  /** Text measure for labels (tests); default: a canvas in the app font once fonts are loaded. */
  measureText?: MeasureText;
}

/** Width used before the panel has been measured (and where nothing measures: SSR, jsdom). */
const FALLBACK_WIDTH = 400;

// Set once per page load, so StrictMode's double mount and later re-renders mark only once.
let chartsReadyMarked = false;

/** The canvas measure in the app font, replaced once web fonts have loaded (so labels re-fit). */
function useCanvasMeasure(enabled: boolean): MeasureText {
  const [measure, setMeasure] = useState<MeasureText>(() => approxMeasure);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const make = () => canvasMeasure(getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif');
    setMeasure(() => make());
    void document.fonts?.ready.then(() => {
      if (live) setMeasure(() => make());
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return measure;
}

function Section({ titleKey, subtitle, lang, children }: { titleKey: ChartMessageKey; subtitle?: string; lang: 'th' | 'en'; children: ReactNode }) {
  const id = useId();
  return (
    <section className="chart-section" aria-labelledby={id}>
      <h3 id={id}>{ct(lang, titleKey)}</h3>
      {subtitle && <p className="chart-subtitle">{subtitle}</p>}
      <PanelBoundary name={titleKey}>{children}</PanelBoundary>
    </section>
  );
}

export function ChartsPanel({ data, file, pilots, learningCities, width: fixedWidth, measureText }: ChartsPanelProps) {
  const lang = useAtlas((s) => s.doc.lang);
  const indicator = useAtlas((s) => s.doc.indicator);
  const year = useAtlas((s) => s.doc.year);
  const classifyMethod = useAtlas((s) => s.doc.classify);
  const k = useAtlas((s) => s.doc.k);
  const breaks = useAtlas((s) => s.doc.breaks);
  const scatter = useAtlas((s) => s.doc.scatter);
  const view = selectIndicatorView(file, indicator, year, classifyMethod, k, breaks);
  // The ranking ranks what the map shows: in change mode, the change between the two years.
  const shown = useAtlas((s) => mapViewOf(file, s.doc)) ?? view;
  // Width only: the panel's height follows its charts, and it changes with every indicator.
  const [sizeRef, size] = useSize<HTMLDivElement>(undefined, { widthOnly: true });
  const canvas = useCanvasMeasure(measureText === undefined);
  const measure = measureText ?? canvas;
  const width = fixedWidth ?? (size.width > 0 ? size.width : FALLBACK_WIDTH);

  useEffect(() => {
    if (!view) return;
    if (!chartsReadyMarked) {
      chartsReadyMarked = true;
      performance.mark('atlas:charts-ready');
    }
    // For the benchmark: the charts have committed a new indicator view.
    performance.mark('atlas:charts-updated', { detail: view.indicator.id });
  }, [view]);

  if (!view) {
    return (
      <div className="charts-panel" ref={sizeRef}>
        <p className="chart-message">{ct(lang, 'noIndicator')}</p>
      </div>
    );
  }
  const subtitle = `${view.indicator.label[lang]}, ${formatYear(view.year, lang)}`;
  const common = { provinces: data.provinces, lang };
  return (
    <div className="charts-panel" ref={sizeRef} role="region" aria-label={ct(lang, 'chartsLabel')}>
      <Section titleKey="regionsTitle" subtitle={subtitle} lang={lang}>
        <RegionStrip {...common} view={view} file={file} pilots={pilots} learningCities={learningCities} width={width} />
      </Section>
      <Section titleKey="timeTitle" subtitle={view.indicator.label[lang]} lang={lang}>
        <TimeSeriesChart {...common} view={view} file={file} width={width} height={220} measureText={measure} />
      </Section>
      <Section titleKey="scatterTitle" lang={lang}>
        <ScatterChart
          {...common}
          file={file}
          axes={scatter}
          year={year}
          pilots={pilots}
          learningCities={learningCities}
          width={width}
          height={Math.round(Math.min(380, Math.max(240, width * 0.85)))}
          measureText={measure}
        />
      </Section>
      <Section titleKey="rankTitle" subtitle={shown ? rankSubject(shown, lang) : subtitle} lang={lang}>
        <RankChart {...common} view={shown ?? view} pilots={pilots} learningCities={learningCities} width={width} measureText={measure} />
      </Section>
    </div>
  );
}
