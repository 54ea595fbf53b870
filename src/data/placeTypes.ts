// Types of public/data/places.json (built by `npm run geo` from geo/places/*.csv): the EEF
// learning-city pilots, Thailand's UNESCO learning cities and the partner organisations.
import type { Bilingual } from './indicatorTypes';
import type { ProvinceCode } from './types';

/** A link to where a fact was read, shown as "Source" in profiles. */
export interface PlaceSource {
  label: string;
  url?: string;
}

/** An EEF learning-city pilot area (a province). */
export interface Pilot {
  iso: ProvinceCode;
  name: Bilingual;
  /** How the programme names the pilot (e.g. "EEF learning-city pilot region (…)"). */
  programme: Bilingual;
  /** A short profile written from the programme's own description. */
  profile: Bilingual;
  /** Years the programme names for the pilot work (from the seminar summary / sources). */
  years: string;
  sources: PlaceSource[];
}

/** A member of the UNESCO Global Network of Learning Cities in Thailand. */
export interface LearningCity {
  /** Stable id, e.g. `chiang-rai`. */
  id: string;
  name: Bilingual;
  iso: ProvinceCode;
  yearJoined: number;
  /** As announced, e.g. "14 Feb 2024 (64 new cities/35 countries …)". */
  announced: string;
  /** [lon, lat]. */
  coordinates: [number, number];
  /** True when the point is an approximate city centre, not from a source. */
  approximate: boolean;
  sources: PlaceSource[];
}

/** A partner organisation of the learning-city work. */
export interface Partner {
  id: string;
  name: Bilingual;
  role: Bilingual;
  city: Bilingual;
  country: Bilingual;
  /** First year of the role, when known. */
  from: number | null;
  /** Last year of the role; `null` = ongoing or unknown (`periodNote` says which when the source is unsure). */
  to: number | null;
  /** Raw period text where the source is uncertain ("2018 (believed…)", "?"). */
  periodNote?: string;
  coordinates: [number, number];
  approximate: boolean;
  /** Which fields the source verified (e.g. "city+period"). */
  verified: string;
  /** Province of a Thai partner, for linking to the map selection. */
  iso?: ProvinceCode;
  sources: PlaceSource[];
}

/**
 * A partnership link drawn as an arc: from a Thai learning city or partner to a partner abroad.
 * `gnlc` links (city → UIL, which coordinates the GNLC) are built from each city's membership;
 * the others come from geo/places/links.csv, each with its source.
 */
export interface PartnershipLink {
  /** `city:<id>` or `partner:<id>`. */
  from: string;
  /** `partner:<id>`. */
  to: string;
  kind: 'gnlc' | 'seminar' | 'hub-chair';
  /** First year of the link, when known (a city's year of joining). */
  since: number | null;
  until: number | null;
  label: Bilingual;
  sources: PlaceSource[];
}

export interface PlacesFile {
  pilots: Pilot[];
  learningCities: LearningCity[];
  partners: Partner[];
  links: PartnershipLink[];
}
