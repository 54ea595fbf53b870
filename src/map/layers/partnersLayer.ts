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
}

export function partnersLayer(input: PartnersInput): ScatterplotLayer<Partner> {
  const { year, selected } = input;
  return new ScatterplotLayer<Partner>({
    id: PARTNERS_ID,
    data: input.partners as Partner[],
    visible: input.visible,
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
  });
}
