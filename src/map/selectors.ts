// Derived inputs of the map layers, computed outside the layer factories so a factory never
// filters or maps its data.
import type { ProvinceCode, ProvinceFeature } from '../data/types';

/** Features to outline on top: the selection (in order) and the hovered province. */
export function highlightFeatures(
  byCode: ReadonlyMap<ProvinceCode, ProvinceFeature>,
  hover: ProvinceCode | null,
  selected: readonly ProvinceCode[],
): ProvinceFeature[] {
  const codes = hover && !selected.includes(hover) ? [hover, ...selected] : selected;
  return codes.flatMap((c) => {
    const f = byCode.get(c);
    return f ? [f] : [];
  });
}
