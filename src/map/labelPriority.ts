// Which province names win when labels collide: what the user points at or selected first,
// then Bangkok (the capital is expected even where the map is crowded), then larger provinces,
// whose names fit inside their shapes at low zoom.
import type { Province, ProvinceCode } from '../data/types';

export function labelPriority(p: Province, hover: ProvinceCode | null, selected: readonly ProvinceCode[]): number {
  if (selected.includes(p.iso)) return 3e6;
  if (p.iso === hover) return 2e6;
  if (p.iso === 'TH-10') return 1e6;
  return p.areaKm2;
}
