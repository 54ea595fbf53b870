// Compare mode: the indicator in two years on two maps (the comparison year left or on top, the
// document's year right or below), side by side or stacked by the box's shape (compareLayout).
// One camera (cameraLink: the map the user moves leads, the other jumps with it), one hover, one
// selection and one legend come from the store; each map says its year in large type. Both maps
// use one renderer: when either loses WebGL both draw SVG, so the camera link speaks one language.
// Loaded lazily (AtlasMap): the single-map page does not carry it.
import { Suspense, useMemo, useState } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import { useSize } from '../ui/useSize';
import { useAtlas } from '../state/store';
import { formatYear } from '../i18n/format';
import type { View } from '../state/doc';
import { indicatorViewOf } from '../state/indicatorView';
import { MapView } from './MapView';
import { CameraLink, sameCamera } from './cameraLink';
import { compareLayout } from './compareLayout';
import type { AtlasMapProps, WebglFailure } from './mapProps';
import type { SvgTransform } from './svg/svgMapLayout';
import { webgl2Exists } from './webgl2Exists';
import './compare.css';

const SvgMapView = retryableLazy(() => import('./svg/SvgMapView').then((m) => ({ default: m.SvgMapView })));

interface Props extends AtlasMapProps {
  /** The year compared with (CE), drawn left or on top. */
  before: number;
  /** The document's year (CE), drawn right or below; this map writes the camera to the URL. */
  after: number;
}

export function CompareMaps({ before, after, ...props }: Props) {
  const [boxRef, box] = useSize<HTMLDivElement>();
  const layout = compareLayout(box);
  const lang = useAtlas((s) => s.doc.lang);
  const indicator = useAtlas((s) => indicatorViewOf(props.data.indicators, s.doc)?.indicator.label[lang] ?? '');
  const [failure, setFailure] = useState<WebglFailure | null>(() => (webgl2Exists() ? null : 'no-webgl'));
  const onWebglFailure = (reason: WebglFailure) => setFailure((f) => f ?? reason);
  const glLink = useMemo(() => new CameraLink<View>(sameCamera), []);
  const svgLink = useMemo(() => new CameraLink<SvgTransform>(sameCamera), []);
  const panes = [
    { id: 'before', year: before, primary: false },
    { id: 'after', year: after, primary: true },
  ];

  return (
    <div className={`compare-maps is-${layout}`} ref={boxRef} data-testid="compare-maps" data-layout={layout}>
      {panes.map((p) => {
        const year = formatYear(p.year, lang);
        const label = `${props.label}: ${indicator}, ${year}`;
        return (
          <div key={p.id} className="compare-pane" data-testid={`compare-${p.id}`} data-year={p.year}>
            {failure === null ? (
              <MapView {...props} label={label} pane={{ ...p, link: glLink }} onWebglFailure={onWebglFailure} />
            ) : (
              <Suspense fallback={<div className="map" role="region" aria-label={label} aria-busy="true" />}>
                <SvgMapView {...props} label={label} reason={failure} pane={{ ...p, link: svgLink }} />
              </Suspense>
            )}
            <p className="compare-year" aria-hidden="true" data-map-overlay="" data-testid="compare-year-label">
              {year}
            </p>
          </div>
        );
      })}
    </div>
  );
}
