// Ranked province suggestions for what a user types, in Thai or English, any common spelling:
// exact keys first (ISO, DOPA, names, aliases via the matcher), then names that start with the
// query, then names that contain it. Pure.
import { normaliseLatin, normaliseThai, type ProvinceIndex } from './provinceMatch';
import type { Province } from './types';

const THAI = /[\u0e00-\u0e7f]/;

export function searchProvinces(index: ProvinceIndex, query: string, limit = 10): Province[] {
  const q = query.trim();
  if (q === '') return [];
  const exact = index.match(q);
  const thai = THAI.test(q);
  const needle = thai ? normaliseThai(q) : normaliseLatin(q);
  const names = (p: Province) =>
    thai ? [normaliseThai(p.nameTh)] : [p.nameEn, ...p.altNamesEn].map(normaliseLatin);
  const starts: Province[] = [];
  const contains: Province[] = [];
  for (const p of index.all) {
    if (p.iso === exact?.code) continue;
    const ns = names(p);
    if (ns.some((n) => n.startsWith(needle))) starts.push(p);
    else if (ns.some((n) => n.includes(needle))) contains.push(p);
  }
  const first = exact ? index.byCode(exact.code) : undefined;
  return [...(first ? [first] : []), ...starts, ...contains].slice(0, limit);
}
