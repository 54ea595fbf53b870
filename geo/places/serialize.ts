// Serialises places.json with a fixed key order and one record per line, so the same tables always
// give the same bytes (the reproducibility test compares them) and a data change is a small diff.
import type { Bilingual } from '../../src/data/indicatorTypes';
import type { LearningCity, Partner, PartnershipLink, Pilot, PlaceSource, PlacesFile } from '../../src/data/placeTypes';

/** Keys follow the order of placeTypes.ts; optional keys left undefined are dropped by JSON.stringify. */
export function serializePlaces(file: PlacesFile): string {
  const list = (records: readonly unknown[]): string => `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  return (
    `{"pilots":${list(file.pilots.map(orderPilot))},` +
    `"learningCities":${list(file.learningCities.map(orderCity))},` +
    `"partners":${list(file.partners.map(orderPartner))},` +
    `"links":${list(file.links.map(orderLink))}}\n`
  );
}

function orderPilot(p: Pilot): Pilot {
  return {
    iso: p.iso,
    name: bilingual(p.name),
    programme: bilingual(p.programme),
    profile: bilingual(p.profile),
    years: p.years,
    sources: p.sources.map(orderSource),
  };
}

function orderCity(c: LearningCity): LearningCity {
  return {
    id: c.id,
    name: bilingual(c.name),
    iso: c.iso,
    yearJoined: c.yearJoined,
    announced: c.announced,
    coordinates: [c.coordinates[0], c.coordinates[1]],
    approximate: c.approximate,
    sources: c.sources.map(orderSource),
  };
}

function orderPartner(p: Partner): Partner {
  return {
    id: p.id,
    name: bilingual(p.name),
    role: bilingual(p.role),
    city: bilingual(p.city),
    country: bilingual(p.country),
    from: p.from,
    to: p.to,
    periodNote: p.periodNote,
    coordinates: [p.coordinates[0], p.coordinates[1]],
    approximate: p.approximate,
    verified: p.verified,
    iso: p.iso,
    sources: p.sources.map(orderSource),
  };
}

function orderLink(l: PartnershipLink): PartnershipLink {
  return { from: l.from, to: l.to, kind: l.kind, since: l.since, until: l.until, label: bilingual(l.label), sources: l.sources.map(orderSource) };
}

function orderSource(s: PlaceSource): PlaceSource {
  return { label: s.label, url: s.url };
}

function bilingual(b: Bilingual): Bilingual {
  return { th: b.th, en: b.en };
}
