// Derived inputs of the map layers, computed outside the layer factories so a factory never
// filters or maps its data.
import type { ProvinceCode, ProvinceFeature } from '../data/types';

/**
 * Features to outline on top: provinces lit by the legend or a brush first, then the hovered
 * one, then the selection last so its outline is drawn above the others. No duplicates.
 */
export function highlightFeatures(
  byCode: ReadonlyMap<ProvinceCode, ProvinceFeature>,
  hover: ProvinceCode | null,
  selected: readonly ProvinceCode[],
  lit: readonly ProvinceCode[] = [],
): ProvinceFeature[] {
  const codes = [...new Set([...lit, ...(hover ? [hover] : []), ...selected])];
  const last = new Set(selected);
  const ordered = [...codes.filter((c) => !last.has(c)), ...selected];
  return ordered.flatMap((c) => {
    const f = byCode.get(c);
    return f ? [f] : [];
  });
}
