// The user's districts on the SVG map (no WebGL): the same district view, colours and hover and
// click behaviour as the deck.gl district layer, with the province borders drawn again on top.
import { useMemo } from 'react';
import type { DistrictFeature } from '../../data/import/districts';
import type { DistrictView } from '../../state/districtView';
import { hoverProvince } from '../../state/store';
import { clickDistrict } from '../../state/mapActions';
import { BORDER } from './svgMapStyle';
import type { SvgMapLayout } from './svgMapLayout';

interface Props {
  view: DistrictView;
  layout: SvgMapLayout;
  strokeScale: number;
  hover: string | null;
  onHover: (f: DistrictFeature, e: React.PointerEvent<SVGPathElement>) => void;
  dragged: () => boolean;
}

export function SvgDistricts({ view, layout, strokeScale, hover, onHover, dragged }: Props) {
  const paths = useMemo(() => view.features.map((f) => layout.pathOf(f)), [view.features, layout]);
  return (
    <>
      <g className="svg-districts" stroke="#fff" strokeOpacity={0.8} strokeWidth={0.6 * strokeScale} strokeLinejoin="round">
        {view.features.map((f, i) => (
          <path
            key={f.id}
            data-district={f.id}
            d={paths[i]}
            fill={view.indicator ? view.hexOf(f.id) : 'none'}
            pointerEvents="all"
            stroke={f.id === hover ? BORDER.stroke : undefined}
            strokeWidth={f.id === hover ? 2 * strokeScale : undefined}
            onPointerMove={(e) => {
              hoverProvince(f.properties.province);
              onHover(f, e);
            }}
            onClick={() => {
              if (!dragged()) clickDistrict(f.properties.province);
            }}
          />
        ))}
      </g>
      <g fill="none" stroke={BORDER.stroke} strokeWidth={1.2 * strokeScale} strokeLinejoin="round" pointerEvents="none">
        {layout.provinces.map((p) => (
          <path key={p.code} d={p.d} />
        ))}
      </g>
    </>
  );
}
