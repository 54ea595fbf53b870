// All deck.gl layers of the map, in drawing order, built from one typed input: provinces and
// their highlight at the bottom, then pilots, links, partners and cities on top. Pure.
import type { Layer } from '@deck.gl/core';
import type { LinkSegment } from '../../data/network';
import type { LearningCity, Partner } from '../../data/placeTypes';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import type { PlaceLayerId } from '../../state/doc';
import type { RGBA } from '../../lib/palettes';
import { learningCitiesLayer } from './learningCitiesLayer';
import { linksLayer } from './linksLayer';
import { partnersLayer } from './partnersLayer';
import { pilotsCasingLayer, pilotsCoreLayer } from './pilotsLayer';
import { provinceHighlightLayer, provincesLayer } from './provincesLayer';
import { pointsLayer } from './pointsLayer';
import { districtLayer, districtProvinceBordersLayer, type DistrictLayerInput } from './districtLayer';

export interface AtlasLayersInput {
  features: readonly ProvinceFeature[];
  /** Hovered, selected and lit provinces' features (memoised). */
  outlined: readonly ProvinceFeature[];
  pilotFeatures: readonly ProvinceFeature[];
  cities: readonly LearningCity[];
  partners: readonly Partner[];
  segments: readonly LinkSegment[];
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
  fillOf?: (code: ProvinceCode) => RGBA;
  highlighted: ReadonlySet<ProvinceCode> | null;
  layers: readonly PlaceLayerId[];
  networkYear: number;
  place: string | null;
  /** The user's imported point sets (import issue), drawn above the provinces. */
  points?: readonly { id: string; positions: Float32Array }[];
  /** The user's district layer (import issue, district sets), drawn over the province fill. */
  districts?: DistrictLayerInput;
}

export function atlasLayers(i: AtlasLayersInput): Layer[] {
  const on = (id: PlaceLayerId) => i.layers.includes(id);
  const pilots = { features: i.pilotFeatures, visible: on('pilots') };
  return [
    provincesLayer({
      features: i.features,
      hover: i.hover,
      selected: i.selected,
      ...(i.fillOf ? { fillOf: i.fillOf } : {}),
      highlighted: i.highlighted,
    }),
    ...(i.districts
      ? [districtLayer(i.districts), districtProvinceBordersLayer({ features: i.features, visible: i.districts.visible })]
      : []),
    ...(i.points ?? []).map((p) => pointsLayer({ id: p.id, positions: p.positions })),
    pilotsCasingLayer(pilots),
    pilotsCoreLayer(pilots),
    provinceHighlightLayer({ features: i.outlined, hover: i.hover, selected: i.selected }),
    linksLayer({ segments: i.segments, visible: on('links'), year: i.networkYear }),
    partnersLayer({
      partners: i.partners,
      visible: on('partners'),
      year: i.networkYear,
      selected: i.place,
    }),
    learningCitiesLayer({
      cities: i.cities,
      visible: on('cities'),
      year: i.networkYear,
      selected: i.place,
    }),
  ];
}
