// The WebGL renderer's layers from the one map model (map/mapModel): the model says what is drawn,
// the handlers what the pointer does. Pure: a test builds them in Node and reads the accessors.
import type { Layer } from '@deck.gl/core';
import type { DistrictFeature } from '../../data/import/districts';
import type { ProvinceCode } from '../../data/types';
import type { MapModel } from '../mapModel';
import { atlasLayers } from './atlasLayers';

export interface MapHandlers {
  onProvinceHover: (code: ProvinceCode | null, x: number, y: number) => void;
  onProvinceClick: (code: ProvinceCode, additive: boolean) => void;
  onPlaceHover: (id: string | null, x: number, y: number) => void;
  onPlaceClick: (id: string) => void;
  onDistrictHover: (district: DistrictFeature | null, x: number, y: number) => void;
  onDistrictClick: (district: DistrictFeature) => void;
}

/** The deck.gl layers of `model`; `districtHover` is the district under the pointer (renderer state). */
export function modelLayers(model: MapModel, on: MapHandlers, districtHover: string | null = null): Layer[] {
  const { data, districts } = model;
  return atlasLayers({
    features: data.features,
    outlined: model.outlined,
    pilotFeatures: model.pilotFeatures,
    cities: data.places.learningCities,
    partners: data.places.partners,
    segments: model.segments,
    hover: model.hover,
    selected: model.selected,
    ...(model.fillOf ? { fillOf: model.fillOf } : {}),
    highlighted: model.highlighted,
    layers: model.layers,
    networkYear: model.networkYear,
    place: model.place,
    onProvinceHover: on.onProvinceHover,
    onProvinceClick: on.onProvinceClick,
    onPlaceHover: on.onPlaceHover,
    onPlaceClick: on.onPlaceClick,
    points: model.points,
    ...(districts
      ? {
          districts: {
            features: districts.features,
            fillOf: districts.colorOf,
            visible: true,
            hover: districtHover,
            onHover: on.onDistrictHover,
            onClick: on.onDistrictClick,
          },
        }
      : {}),
  });
}
