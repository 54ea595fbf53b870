// The map's screen-reader description and its live summary (indicator, extremes, highlighted
// provinces), with the data attributes the e2e tests read. Shared by the WebGL and SVG maps.
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import type { IndicatorView } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { highlightSentence, mapSummary } from './mapSummary';
import { effectiveMode } from '../state/mapMode';
import { memo, Suspense, useMemo, useState } from 'react';
import { makeIndicatorViewOf } from '../state/indicatorView';
import { compareYearsOf } from './compareYears';
import { compareSummary } from './compareSummary';
import { districtViewOf } from '../state/districtView';
import { DistrictSummaryText } from './lazyDistrictUi';
import { bivariateViewOf } from '../state/bivariateView';
import { bivariateSummary } from './bivariateSummary';
import { multiplesSummary } from './multiplesSummary';

export const MAP_DESCRIPTION_ID = 'atlas-map-description';

interface Props {
  data: AtlasData;
  view: IndicatorView | null;
  description: string;
}

/**
 * A memo component with its sentence memoised: the map re-renders on hover and on overlay
 * measures, and neither changes the sentence (hover only changes `data-hover`).
 */
export const MapSummaryText = memo(function MapSummaryText({ data, view, description }: Props) {
  const hover = useAtlas((s) => s.session.hover);
  const highlightCodes = useAtlas((s) => s.session.highlight?.codes ?? null);
  const lang = useAtlas((s) => s.doc.lang);
  const mode = useAtlas((s) => effectiveMode(s.doc, view?.indicator.years.length ?? 0));
  const districts = useAtlas((s) => districtViewOf(data.datasets, s.doc));
  // Compare mode: the comparison year's view (a selector of its own: another year than the doc's).
  const [beforeViewOf] = useState(makeIndicatorViewOf);
  const before = useAtlas((s) => {
    const years = compareYearsOf(s.doc, view);
    return years ? beforeViewOf(data.indicators, { ...s.doc, year: years.before }) : null;
  });
  const bivariate = useAtlas((s) => (mode === 'bivariate' ? bivariateViewOf(data.indicators, s.doc) : null));
  const summary = useMemo(() => {
    const modeSummary = bivariate
      ? bivariateSummary(bivariate, lang)
      : mode === 'multiples' && view
        ? multiplesSummary(data.indicators, view, lang)
        : before && view
          ? compareSummary(before, view, data.indicators.provinces, data.index.byCode, lang)
          : null;
    const highlighted = highlightCodes as readonly ProvinceCode[] | null;
    return modeSummary
      ? [modeSummary, highlightSentence(highlighted, data.index.byCode, lang)].filter(Boolean).join(' ')
      : mapSummary(view, data.index.byCode, highlighted, lang);
  }, [data, view, lang, mode, before, bivariate, highlightCodes]);
  return (
    <>
      <p id={MAP_DESCRIPTION_ID} className="visually-hidden">
        {description}
      </p>
      <p
        className="visually-hidden"
        data-testid="map-summary"
        data-mode={mode}
        data-hover={hover ?? ''}
        data-highlight={highlightCodes?.join(',') ?? ''}
        data-indicator={view?.indicator.id ?? ''}
        data-year={view?.year ?? ''}
        {...(bivariate ? { 'data-scatter': `${bivariate.x.indicator.id},${bivariate.y.indicator.id}` } : {})}
        data-compare={before?.year ?? ''}
      >
        {summary}
      </p>
      {districts && (
        <Suspense fallback={null}>
          <DistrictSummaryText view={districts} />
        </Suspense>
      )}
    </>
  );
});
