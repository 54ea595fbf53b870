// The learning-city network on the SVG map (no WebGL), drawn like the deck.gl place layers from the
// same map model: partnership links as great-circle arcs (magenta at the Thai end to black), partners
// as rings (grey when not active in the network year), learning cities as dots grown by years of
// membership, the selected place ringed. Hover shows the place's tooltip, a click opens its profile.
import { useId } from 'react';
import type { PointerEvent } from 'react';
import { selectPlace } from '../../state/store';
import type { PlaceStyle } from '../featureStyle';
import type { MapModel } from '../mapModel';
import type { SvgMapLayout } from './svgMapLayout';
import { cssColor } from './svgMapStyle';

interface Props {
  model: MapModel;
  layout: SvgMapLayout;
  /** 1 / zoom: sizes are screen pixels, as on the WebGL map. */
  strokeScale: number;
  onHover: (id: string, e: PointerEvent<SVGElement>) => void;
  dragged: () => boolean;
}

const alpha = (c: readonly number[]) => (c[3] ?? 255) / 255;

export function SvgPlaces({ model, layout, strokeScale, onHover, dragged }: Props) {
  const gradient = useId();
  const { data, layers } = model;
  /** A place's circle: sizes in screen pixels, hover for its tooltip, click to open it. */
  const circle = (testId: string, id: string, lonLat: readonly [number, number], st: PlaceStyle) => {
    const [cx, cy] = layout.fitted(lonLat);
    return (
      <circle
        key={id}
        data-testid={testId}
        data-place={id}
        cx={cx}
        cy={cy}
        r={st.radius * strokeScale}
        fill={cssColor(st.fill)}
        stroke={cssColor(st.stroke)}
        strokeOpacity={alpha(st.stroke)}
        strokeWidth={st.width * strokeScale}
        onPointerMove={(e) => onHover(id, e)}
        onClick={() => {
          if (!dragged()) selectPlace(id);
        }}
      />
    );
  };
  const links = layers.includes('links') ? model.segments.filter((s) => model.styleOfLink(s).width > 0) : [];
  const cities = layers.includes('cities') ? data.places.learningCities.filter((c) => model.styleOfCity(c).radius > 0) : [];
  return (
    <>
      {links.length > 0 && (
        <g className="svg-links" fill="none" pointerEvents="none">
          {links.map((s, i) => {
            const st = model.styleOfLink(s);
            const [x1, y1] = layout.fitted(s.source);
            const [x2, y2] = layout.fitted(s.target);
            return (
              <g key={`${s.link.from}>${s.link.to}`}>
                <linearGradient id={`${gradient}-${i}`} gradientUnits="userSpaceOnUse" x1={x1} y1={y1} x2={x2} y2={y2}>
                  <stop offset="0" stopColor={cssColor(st.from)} stopOpacity={alpha(st.from)} />
                  <stop offset="1" stopColor={cssColor(st.to)} stopOpacity={alpha(st.to)} />
                </linearGradient>
                <path
                  data-testid="svg-link"
                  data-link={`${s.link.from}>${s.link.to}`}
                  d={layout.arcPath(s.source, s.target)}
                  stroke={`url(#${gradient}-${i})`}
                  strokeWidth={st.width * strokeScale}
                />
              </g>
            );
          })}
        </g>
      )}
      {layers.includes('partners') && (
        <g className="svg-partners">{data.places.partners.map((p) => circle('svg-partner', `partner:${p.id}`, p.coordinates, model.styleOfPartner(p)))}</g>
      )}
      {cities.length > 0 && (
        <g className="svg-cities">{cities.map((c) => circle('svg-city', `city:${c.id}`, c.coordinates, model.styleOfCity(c)))}</g>
      )}
    </>
  );
}
