// Small shared vocabularies every layer speaks (language, classification method, polarity), kept
// at the bottom of the import graph so low modules never reach up to the store for a type.

/** The interface and content languages. */
export type Lang = 'th' | 'en';

/** How indicator values are cut into colour classes. */
export type ClassifyMethod = 'quantile' | 'equal' | 'ckmeans' | 'manual';

/** Which direction is "better"; sets the colour direction of the choropleth. */
export type Polarity = 'higher-better' | 'higher-worse' | 'neutral';

/** ISO 3166-2 code of a Thai province, e.g. `TH-56`. The join key everywhere in the app. */
export type ProvinceCode = `TH-${string}`;

/** A camera move the map is asked for (the store's `cameraRequest`); the map decides how it runs. */
export type CameraTarget = (
  | { kind: 'fit-thailand' }
  // `context`: keep the province's surroundings in view too (a story slide: the audience must see where it is).
  | { kind: 'province'; code: ProvinceCode; context?: boolean }
  | { kind: 'world' }
  | { kind: 'point'; coordinates: [number, number] }
  // Story slides: an explicit camera, and how any move should be timed.
  | { kind: 'view'; center: [number, number]; zoom: number; pitch: number; bearing: number })
  & { motion?: CameraMotion };

/** How a requested move runs: its length in ms, and whether it flies even under reduced motion. */
export interface CameraMotion {
  duration: number;
  essential: boolean;
}
