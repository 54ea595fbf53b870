// Keyboard stepping through provinces on the map: the next or previous province in an order
// (by rank of the current indicator), wrapping around. Pure.
import type { ProvinceCode } from '../data/types';

export function stepProvince(order: readonly ProvinceCode[], current: ProvinceCode | null, direction: 1 | -1): ProvinceCode | null {
  if (order.length === 0) return null;
  const i = current ? order.indexOf(current) : -1;
  if (i === -1) return direction === 1 ? (order[0] ?? null) : (order[order.length - 1] ?? null);
  return order[(i + direction + order.length) % order.length] ?? null;
}

/** Provinces by rank (best first), then those without data in catalogue order. */
export function rankOrder(ranks: ReadonlyMap<ProvinceCode, number>, all: readonly ProvinceCode[]): ProvinceCode[] {
  const ranked = [...ranks.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return [...ranked, ...all.filter((c) => !ranks.has(c))];
}
