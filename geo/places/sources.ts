// Turns the source cells of the places tables into `PlaceSource` links: a URL becomes a link
// labelled by its publisher, and the pilots' named sources ("seminar summary") are resolved.
import type { PlaceSource } from '../../src/data/placeTypes';

/**
 * The seminar summary (../shared/data/seminar-summary.txt) is the text of this EEF page:
 * partners.csv cites it for EEF, and its stored copy reads word for word like the summary.
 */
export const SEMINAR_SUMMARY: PlaceSource = {
  label: 'EEF: seminar summary "The Joy and Benefit of Learning in the Scope of a Decade-long Global Learning City Partnership"',
  url: 'https://research.eef.or.th/exchanges-work-to-advance-thailands-city-of-learning/',
};

/** How pilots.csv names the seminar summary in its `source` column. */
export const SEMINAR_SUMMARY_NAME = 'seminar summary';
/** How pilots.csv points at the learning-city table (resolved to that province's city sources). */
export const LEARNING_CITIES_TABLE_NAME = 'learning_cities_gnlc.csv';

/**
 * Publishers named by ../shared/data/README.md (and the organisations whose own pages are cited),
 * by host. Any other host is shown as itself: a label is not guessed.
 */
const PUBLISHERS: Readonly<Record<string, string>> = {
  'bangkokpost.com': 'Bangkok Post',
  'nationthailand.com': 'The Nation',
  'pattayamail.com': 'Pattaya Mail',
  'en.thairath.co.th': 'Thairath',
  'thailand.go.th': 'thailand.go.th',
  'research.eef.or.th': 'Equitable Education Fund (EEF)',
  'en.eef.or.th': 'Equitable Education Fund (EEF)',
  'uil.unesco.org': 'UNESCO Institute for Lifelong Learning (UIL)',
  'asemlllhub.org': 'ASEM LLL Hub',
  // The one page cited on this host is UNESCO's own release (18 Apr 2024, on Bangkok joining the
  // GNLC), as redistributed there; the host carries many publishers' releases.
  'publicnow.com': 'UNESCO news release, 18 Apr 2024 (publicnow.com copy)',
};

/** A web source: the URL as given, labelled by its publisher (or its host). */
export function urlSource(url: string): PlaceSource {
  return { label: publisherOf(url), url };
}

/** The publisher label for `url`: a known publisher, else the host without `www.`. */
export function publisherOf(url: string): string {
  const host = hostOf(url);
  return host === null ? url : (PUBLISHERS[host] ?? host);
}

/** Host of an http(s) URL without `www.`, or null when `url` is not one. */
export function hostOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.hostname.replace(/^www\./, '');
}

/**
 * Splits a pilots.csv `source` cell ("seminar summary; https://…") into sources. `cityTable`
 * gives the sources of this province's learning city, for the `learning_cities_gnlc.csv` entry.
 * An entry that is neither a URL nor a known name is a problem, not a silent label.
 */
export function splitSourceCell(cell: string, cityTable: readonly PlaceSource[], where: string, problems: string[]): PlaceSource[] {
  const sources: PlaceSource[] = [];
  for (const part of cell.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    if (part.toLowerCase() === SEMINAR_SUMMARY_NAME) sources.push(SEMINAR_SUMMARY);
    else if (part === LEARNING_CITIES_TABLE_NAME) {
      if (cityTable.length === 0) problems.push(`${where}: source "${part}" but the province has no learning city there`);
      sources.push(...cityTable);
    } else if (hostOf(part) !== null) sources.push(urlSource(part));
    else problems.push(`${where}: source "${part}" is neither a URL nor a known source name`);
  }
  return sources;
}
