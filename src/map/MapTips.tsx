// What floats over either renderer: the tooltip of the province, place or district under the
// pointer, and the district legend when the user has district sets. One component, so the WebGL
// and the SVG map show the same tips from the same map model.
import { Suspense } from 'react';
import type { MapModel } from './mapModel';
import { PlaceTooltip } from './PlaceTooltip';
import { ProvinceTooltip } from './ProvinceTooltip';
import { DistrictLegend, DistrictTooltip } from './lazyDistrictUi';

/** The feature under the pointer and where (px in the map element). */
export interface Tip {
  kind: 'province' | 'place' | 'district';
  id: string;
  x: number;
  y: number;
}

export function MapTips({ model, tip }: { model: MapModel; tip: Tip | null }) {
  const { data, view, districts } = model;
  const tipDistrict = tip?.kind === 'district' ? districts?.features.find((f) => f.id === tip.id) : undefined;
  return (
    <>
      {/* Only while the store still hovers it: a key, a chart or a camera move may have moved hover on. */}
      {tip?.kind === 'province' && tip.id === model.hover && (
        <ProvinceTooltip province={data.index.byCode(tip.id)} x={tip.x} y={tip.y} view={view} bivariate={model.bivariate} />
      )}
      {tip?.kind === 'place' && <PlaceTooltip places={data.places} id={tip.id} x={tip.x} y={tip.y} />}
      {model.hasDistrictSets && (
        <Suspense fallback={null}>
          <DistrictLegend view={districts} datasets={data.datasets} />
          {tip && tipDistrict && districts && (
            <DistrictTooltip feature={tipDistrict} province={data.index.byCode(tipDistrict.properties.province)} view={districts} x={tip.x} y={tip.y} />
          )}
        </Suspense>
      )}
    </>
  );
}
