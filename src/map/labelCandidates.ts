// Label candidates and symbol obstacles for one camera frame: province names centred on their
// anchors, place names to the right of their dots, and the dots themselves as obstacles. Pure:
// projection and text sizes come in as arguments.
import type { LearningCity, Partner } from '../data/placeTypes';
import type { Province, ProvinceCode } from '../data/types';
import type { Box, LabelCandidate } from './labelPlacement';
import { labelPriority } from './labelPriority';

export type Project = (lonLat: [number, number]) => { x: number; y: number };
export type SizeOf = (id: string) => { w: number; h: number };

export interface LabelInput {
  provinces: readonly Province[];
  cities: readonly LearningCity[];
  partners: readonly Partner[];
  /** Which place labels and dots are on the map now. */
  showCities: (c: LearningCity) => boolean;
  showPartners: boolean;
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
  place: string | null;
}

/** Half the size of a place dot's box, in px (the largest city dot plus its outline). */
const DOT = 8;
const PLACE_PRIORITY = 4e6;
const SELECTED_PLACE_PRIORITY = 5e6;

export function labelCandidates(input: LabelInput, project: Project, sizeOf: SizeOf): { candidates: LabelCandidate[]; obstacles: Box[] } {
  const candidates: LabelCandidate[] = input.provinces.map((p) => {
    const pt = project(p.label);
    const size = sizeOf(p.iso);
    const priority = labelPriority(p, input.hover, input.selected);
    // A name the user asked for (selected or hovered) moves above or below its anchor rather than
    // vanish when a place dot or a more important name sits there.
    const asked = input.selected.includes(p.iso) || p.iso === input.hover;
    const shift = size.h + 8; // clears a dot on the anchor and a place name level with it
    const alternates = asked ? [{ x: pt.x, y: pt.y - shift }, { x: pt.x, y: pt.y + shift }] : undefined;
    return { id: p.iso, x: pt.x, y: pt.y, w: size.w, h: size.h, priority, ...(alternates ? { alternates } : {}) };
  });
  const obstacles: Box[] = [];
  const addPlace = (id: string, at: [number, number]) => {
    const pt = project(at);
    const size = sizeOf(id);
    obstacles.push({ l: pt.x - DOT, t: pt.y - DOT, r: pt.x + DOT, b: pt.y + DOT });
    candidates.push({
      id,
      // Clear of its own dot by more than the placement gap (3 px), or the dot would block it.
      x: pt.x + DOT + 5 + size.w / 2,
      y: pt.y,
      w: size.w,
      h: size.h,
      priority: id === input.place ? SELECTED_PLACE_PRIORITY : PLACE_PRIORITY,
    });
  };
  for (const c of input.cities) if (input.showCities(c)) addPlace(`city:${c.id}`, c.coordinates);
  if (input.showPartners) for (const p of input.partners) addPlace(`partner:${p.id}`, p.coordinates);
  return { candidates, obstacles };
}
