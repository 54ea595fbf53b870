// What is under the pointer on the WebGL map, found on the CPU from the map model: a learning
// city or partner dot, then a district of the user's set, then a province, in the order the layers
// are drawn (atlasLayers: the dots on top). deck.gl's own picking draws the scene again into an
// offscreen buffer and reads a pixel back, which waits for the GPU: 35 ms a pointer move with
// software WebGL here, where this takes well under a millisecond. Pure.
import type { DistrictFeature } from '../data/import/districts';
import { buildLocator, type PolygonalFeature, type ProvinceLocator } from '../data/import/pointInProvince';
import type { LearningCity, Partner } from '../data/placeTypes';
import type { ProvinceCode, ProvinceFeature } from '../data/types';
import type { PlaceLayerId } from '../state/doc';
import type { PlaceStyle } from './featureStyle';
import type { MapModel } from './mapModel';

export type MapHit =
  | { kind: 'place'; id: string }
  | { kind: 'district'; feature: DistrictFeature }
  | { kind: 'province'; code: ProvinceCode };

/** Screen pixels, relative to the map's canvas. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface HitInput {
  provinces: readonly ProvinceFeature[];
  /** The user's district set when it is drawn, else null. */
  districts: readonly DistrictFeature[] | null;
  cities: readonly LearningCity[];
  partners: readonly Partner[];
  /** Place layers switched on (`cities`, `partners`; others hold nothing to hit). */
  layers: readonly PlaceLayerId[];
  styleOfCity: (city: LearningCity) => PlaceStyle;
  styleOfPartner: (partner: Partner) => PlaceStyle;
}

/** What the WebGL map draws of `model` that the pointer can be over. */
export function hitInputOf(model: MapModel): HitInput {
  return {
    provinces: model.data.features,
    districts: model.districts?.features ?? null,
    cities: model.data.places.learningCities,
    partners: model.data.places.partners,
    layers: model.layers,
    styleOfCity: model.styleOfCity,
    styleOfPartner: model.styleOfPartner,
  };
}

// One index per features array, which keeps its identity (loaded once; a district set per import).
const locators = new WeakMap<readonly PolygonalFeature[], ProvinceLocator>();

/** The feature whose area holds `lngLat`, or null (the import's point-in-province index). */
export function featureAt<F extends PolygonalFeature>(features: readonly F[], lngLat: readonly [number, number]): F | null {
  let locator = locators.get(features);
  if (!locator) {
    locator = buildLocator(features);
    locators.set(features, locator);
  }
  return features[locator.locate(lngLat[0], lngLat[1])] ?? null;
}

/**
 * The dot under `point`, as deck.gl's ScatterplotLayer draws it: `radius` pixels with the stroke
 * centred on its edge. A dot of radius 0 (a city that has not joined yet) is not there.
 */
function dotAt<T extends { coordinates: [number, number] }>(
  items: readonly T[],
  styleOf: (item: T) => PlaceStyle,
  project: (lngLat: [number, number]) => ScreenPoint,
  point: ScreenPoint,
): T | null {
  // The last item is drawn on top.
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const { radius, width } = styleOf(item);
    if (radius <= 0) continue;
    const p = project(item.coordinates);
    const reach = radius + width / 2;
    if ((p.x - point.x) ** 2 + (p.y - point.y) ** 2 <= reach * reach) return item;
  }
  return null;
}

/** What the pointer at `point` (`lngLat` on the map) is over, topmost first; null: nothing. */
export function hitAt(
  input: HitInput,
  point: ScreenPoint,
  lngLat: readonly [number, number],
  project: (lngLat: [number, number]) => ScreenPoint,
): MapHit | null {
  if (input.layers.includes('cities')) {
    const city = dotAt(input.cities, input.styleOfCity, project, point);
    if (city) return { kind: 'place', id: `city:${city.id}` };
  }
  if (input.layers.includes('partners')) {
    const partner = dotAt(input.partners, input.styleOfPartner, project, point);
    if (partner) return { kind: 'place', id: `partner:${partner.id}` };
  }
  if (input.districts) {
    const district = featureAt(input.districts, lngLat);
    if (district) return { kind: 'district', feature: district };
  }
  const province = featureAt(input.provinces, lngLat);
  return province ? { kind: 'province', code: province.id } : null;
}
