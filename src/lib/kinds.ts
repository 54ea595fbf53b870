// Small shared vocabularies every layer speaks (language, classification method, polarity), kept
// at the bottom of the import graph so low modules never reach up to the store for a type.

/** The interface and content languages. */
export type Lang = 'th' | 'en';

/** How indicator values are cut into colour classes. */
export type ClassifyMethod = 'quantile' | 'equal' | 'ckmeans' | 'manual';

/** Which direction is "better"; sets the colour direction of the choropleth. */
export type Polarity = 'higher-better' | 'higher-worse' | 'neutral';
