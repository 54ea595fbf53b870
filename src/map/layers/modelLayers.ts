// The WebGL renderer's layers from the one map model (map/mapModel): the model says what is drawn
// (what the pointer is over is found from the same model, hitTest.ts). Pure: a test builds them
// in Node and reads the accessors.
import type { Layer } from '@deck.gl/core';
import type { MapModel } from '../mapModel';
import { atlasLayers } from './atlasLayers';

/** The deck.gl layers of `model`; `districtHover` is the district under the pointer (renderer state). */
export function modelLayers(model: MapModel, districtHover: string | null = null): Layer[] {
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
    points: model.points,
    ...(districts
      ? {
          districts: {
            features: districts.features,
            fillOf: districts.colorOf,
            visible: true,
            hover: districtHover,
          },
        }
      : {}),
  });
}
