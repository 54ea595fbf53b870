// Partnership links for places.json: every UNESCO learning city to the UIL (which launched
// the GNLC), from its year of joining, plus the links in geo/places/links.csv with their sources.
import type { LearningCity, Partner, PartnershipLink } from '../../src/data/placeTypes';
import { CellReader, readCsv, type Problems } from './csv';
import { splitSourceCell } from './sources';

export const LINK_COLUMNS = ['from', 'to', 'kind', 'from_year', 'to_year', 'label_en', 'label_th', 'source'] as const;
/** The partner that launched the GNLC in 2013 (partners.csv: "Launched the UNESCO GNLC (2013)"). */
export const GNLC_COORDINATOR = 'partner:uil';
const KINDS = new Set<PartnershipLink['kind']>(['seminar', 'hub-chair']);

/** City → UIL links, one per learning city, sourced by the city's own membership article. */
export function gnlcLinks(cities: readonly LearningCity[]): PartnershipLink[] {
  return cities.map((c) => ({
    from: `city:${c.id}`,
    to: GNLC_COORDINATOR,
    kind: 'gnlc',
    since: c.yearJoined,
    until: null,
    label: {
      en: `${c.name.en} joined the UNESCO Global Network of Learning Cities in ${c.yearJoined}`,
      th: `${c.name.th} เข้าร่วมเครือข่ายเมืองแห่งการเรียนรู้ระดับโลกของยูเนสโกในปี ${c.yearJoined}`,
    },
    sources: c.sources,
  }));
}

/** links.csv → links; both ends must be known places, the target a partner. */
export function readLinks(
  text: string,
  cities: readonly LearningCity[],
  partners: readonly Partner[],
  problems: Problems,
): PartnershipLink[] {
  const file = 'links.csv';
  const known = new Set([...cities.map((c) => `city:${c.id}`), ...partners.map((p) => `partner:${p.id}`)]);
  return readCsv(file, text, LINK_COLUMNS, problems).map((row): PartnershipLink => {
    const c = new CellReader(file, row, problems);
    const from = c.text('from');
    const to = c.text('to');
    const kind = c.text('kind') as PartnershipLink['kind'];
    if (!known.has(from)) problems.push(`${file}: unknown place ${from}`);
    if (!known.has(to) || !to.startsWith('partner:')) problems.push(`${file}: link target ${to} is not a known partner`);
    if (!KINDS.has(kind)) problems.push(`${file}: unknown link kind ${kind}`);
    const since = c.text('from_year', true);
    const until = c.text('to_year', true);
    const sources = splitSourceCell(c.text('source'), [], `${file} ${from} → ${to}`, problems);
    if (sources.length === 0) problems.push(`${file}: link ${from} → ${to} has no source`);
    return {
      from,
      to,
      kind,
      since: since === '' ? null : c.year('from_year'),
      until: until === '' ? null : c.year('to_year'),
      label: { en: c.text('label_en'), th: c.text('label_th') },
      sources,
    };
  });
}
