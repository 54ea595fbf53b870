// Partner organisations as black rings (a different shape from the cities' dots); partners not
// active in the network year are drawn grey, not hidden, so the partnership's history stays.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Partner } from '../../data/placeTypes';
import { partnerStyle } from '../featureStyle';

export const PARTNERS_ID = 'partners';

export interface PartnersInput {
  partners: readonly Partner[];
  visible: boolean;
  year: number;
  selected: string | null;
  onClick?: (id: string) => void;
  onHover?: (id: string | null, x: number, y: number) => void;
}

export function partnersLayer(input: PartnersInput): ScatterplotLayer<Partner> {
  const { year, selected, onClick, onHover } = input;
  return new ScatterplotLayer<Partner>({
    id: PARTNERS_ID,
    data: input.partners as Partner[],
    visible: input.visible,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (p) => p.coordinates,
    getRadius: (p) => partnerStyle(p, year, selected).radius,
    getFillColor: (p) => partnerStyle(p, year, selected).fill,
    getLineColor: (p) => partnerStyle(p, year, selected).stroke,
    getLineWidth: (p) => partnerStyle(p, year, selected).width,
    updateTriggers: { getLineColor: [year, selected], getLineWidth: [selected] },
    onClick: (info) => {
      const p = info.object as Partner | undefined;
      if (p) onClick?.(`partner:${p.id}`);
      return Boolean(p);
    },
    onHover: (info) => onHover?.(info.object ? `partner:${(info.object as Partner).id}` : null, info.x, info.y),
  });
}
