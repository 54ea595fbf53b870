// The one map every host draws (dashboard, embed, story player, presenter window, print): the WebGL
// map (MapLibre + deck.gl) when the browser can draw it, the SVG map otherwise: no WebGL2 at all,
// MapLibre or deck.gl failing to create a context, or a context lost and not restored in time. The
// switch keeps the store, so selection, indicator and highlight survive it; the SVG renderer's
// code loads only when it is needed. Hosts import this component only: the renderers are not for
// them (eslint.config.js refuses the import), so no host can lose the fallback by mistake.
// In compare mode (`compare=<year>`) it draws two maps with one camera instead (CompareMaps, its
// own chunk), so every host gets the mode without knowing of it.
import { Suspense, useState } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import { useAtlas } from '../state/store';
import { indicatorViewOf } from '../state/indicatorView';
import { MapView } from './MapView';
import type { AtlasMapProps, WebglFailure } from './mapProps';
import { effectiveMode } from '../state/mapMode';
import { compareYearsOf } from './compareYears';
import { webgl2Exists } from './webgl2Exists';

const SvgMapView = retryableLazy(() => import('./svg/SvgMapView').then((m) => ({ default: m.SvgMapView })));
const CompareMaps = retryableLazy(() => import('./CompareMaps').then((m) => ({ default: m.CompareMaps })));
// Small multiples (one SVG map per year) load only when that mode shows: the entry stays in budget.
const SmallMultiples = retryableLazy(() => import('./multiples/SmallMultiples').then((m) => ({ default: m.SmallMultiples })));

export function AtlasMap(props: AtlasMapProps) {
  const before = useAtlas((s) => compareYearsOf(s.doc, indicatorViewOf(props.data.indicators, s.doc))?.before ?? null);
  const after = useAtlas((s) => compareYearsOf(s.doc, indicatorViewOf(props.data.indicators, s.doc))?.after ?? null);
  if (before !== null && after !== null) {
    return (
      <Suspense fallback={<div className="map" role="region" aria-label={props.label} aria-busy="true" />}>
        <CompareMaps {...props} before={before} after={after} />
      </Suspense>
    );
  }
  return <OneMap {...props} />;
}

function OneMap(props: AtlasMapProps) {
  const [failure, setFailure] = useState<WebglFailure | null>(() => (webgl2Exists() ? null : 'no-webgl'));
  const multiples = useAtlas((s) => effectiveMode(s.doc, indicatorViewOf(props.data.indicators, s.doc)?.indicator.years.length ?? 0) === 'multiples');
  if (multiples) {
    return (
      <Suspense fallback={<div className="map" role="region" aria-label={props.label} aria-busy="true" />}>
        <SmallMultiples {...props} />
      </Suspense>
    );
  }
  if (failure === null) return <MapView {...props} onWebglFailure={(reason) => setFailure((f) => f ?? reason)} />;
  return (
    <Suspense fallback={<div className="map" role="region" aria-label={props.label} aria-busy="true" />}>
      <SvgMapView {...props} reason={failure} />
    </Suspense>
  );
}
