// What a click on the map means, as store actions both renderers call (WebGL and SVG), so the two
// maps cannot disagree: a province click selects it and, when the user's districts cover it, zooms
// to it so the districts show; a district click selects its province and frames it.
import type { ProvinceCode } from '../data/types';
import { districtViewOf } from './districtView';
import { requestCamera, selectProvince, setSelection, store } from './store';

/** True when the district layer on screen has districts in `code`. */
function hasDistricts(code: ProvinceCode): boolean {
  const { doc, session } = store.getState();
  return districtViewOf(session.userData, doc)?.features.some((f) => f.properties.province === code) ?? false;
}

/** A click on a province; `additive` (Shift, Ctrl or ⌘) toggles it in a multi-selection. */
export function clickProvince(code: ProvinceCode, additive: boolean): void {
  selectProvince(code, additive);
  // Below province level: a province with districts is zoomed to, so its districts show.
  if (!additive && store.getState().doc.province.includes(code) && hasDistricts(code)) requestCamera({ kind: 'province', code });
}

/** A click on a district: its province becomes the selection and is framed (a second click keeps it). */
export function clickDistrict(province: ProvinceCode): void {
  const current = store.getState().doc.province;
  if (current.length === 1 && current[0] === province) return;
  setSelection([province]);
  requestCamera({ kind: 'province', code: province });
}
