// URL codec: the document <-> query string. Pure; `decode` never throws and falls back to the
// default for any unknown or malformed value, so a mangled link still opens the dashboard.
import type { ProvinceCode } from '../data/types';
import { normaliseModes } from './mapMode';
import {
  CLASSIFY_METHODS,
  K_MAX,
  K_MIN,
  NETWORK_FIRST_YEAR,
  NETWORK_LAST_YEAR,
  PLACE_LAYERS,
  type ChangeKind,
  type ClassifyMethod,
  type Doc,
  type Lang,
  type PlaceLayerId,
  type View,
} from './doc';

/** Bumped when a key changes meaning; `decode` migrates older links. */
export const URL_VERSION = 1;

const LANGS: readonly Lang[] = ['th', 'en'];
const ISO = /^TH-\d{2}$/;
const INDICATOR_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_SELECTION = 77;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Rounds to a fixed number of decimals so links stay short and stable. */
function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** Shortest faithful text of a number for a URL (no exponent, no trailing zeros). */
function num(n: number): string {
  return String(round(n, 6));
}

/** What the app knows exists; codes or ids outside these sets fall back to defaults. */
export interface Known {
  provinces?: ReadonlySet<string>;
  indicators?: ReadonlySet<string>;
  /** Place ids as `city:<id>` / `partner:<id>`. */
  places?: ReadonlySet<string>;
}

const PLACE_ID = /^(city|partner):[a-z0-9][a-z0-9_-]{0,59}$/;

/** Encodes a document; keys equal to `defaults` are skipped (but `lang` is always written). */
export function encode(doc: Doc, defaults?: Doc): URLSearchParams {
  const p = new URLSearchParams();
  // lang is always written: a shared link should open in the language it was made in.
  p.set('lang', doc.lang);
  if (doc.indicator !== defaults?.indicator) p.set('indicator', doc.indicator);
  if (doc.year !== null) p.set('year', String(doc.year));
  if (doc.province.length > 0) p.set('province', doc.province.join(','));
  if (doc.classify !== defaults?.classify) p.set('classify', doc.classify);
  if (doc.k !== defaults?.k) p.set('k', String(doc.k));
  if (doc.classify === 'manual' && doc.breaks.length > 0) p.set('breaks', doc.breaks.map(num).join(','));
  if (!defaults || doc.scatter.join(',') !== defaults.scatter.join(',')) p.set('scatter', doc.scatter.join(','));
  if (!defaults || doc.layers.join(',') !== defaults.layers.join(',')) p.set('layers', doc.layers.join(','));
  if (doc.network !== null) p.set('network', String(doc.network));
  if (doc.place) p.set('place', doc.place);
  if (doc.embed) p.set('embed', '1');
  if (doc.story) {
    p.set('story', doc.story);
    if (doc.slide !== 1) p.set('slide', String(doc.slide));
    if (doc.autoplay !== null) p.set('autoplay', String(doc.autoplay));
  }
  if (doc.district !== null) p.set('district', doc.district);
  if (doc.compare !== null) p.set('compare', String(doc.compare));
  if (doc.compare !== null && doc.change) p.set('change', doc.change === 'pct' ? 'pct' : '1');
  if (doc.bivariate) p.set('bivariate', '1');
  if (doc.multiples) p.set('multiples', '1');
  if (doc.view) {
    const { lon, lat, zoom } = doc.view;
    p.set('view', [round(lon, 4), round(lat, 4), round(zoom, 2)].join(','));
  }
  return p;
}

function decodeLang(raw: string | null): Lang | undefined {
  return LANGS.find((l) => l === raw?.trim().toLowerCase());
}

/**
 * Province codes, validated against `known` when given. Unknown codes are dropped (the rest
 * of the selection survives), duplicates removed, order kept.
 */
function decodeProvinces(raw: string | null, known?: ReadonlySet<string>): ProvinceCode[] {
  if (!raw) return [];
  const out: ProvinceCode[] = [];
  for (const part of raw.split(',')) {
    const code = part.trim().toUpperCase();
    if (!ISO.test(code) || (known && !known.has(code))) continue;
    if (!out.includes(code as ProvinceCode)) out.push(code as ProvinceCode);
    if (out.length >= MAX_SELECTION) break;
  }
  return out;
}

/** Parses a number strictly: the whole string must be a finite number. */
function strictNumber(s: string): number {
  const t = s.trim();
  return t === '' ? NaN : Number(t);
}

function decodeView(raw: string | null): View | null | undefined {
  if (!raw) return undefined;
  const parts = raw.split(',');
  if (parts.length !== 3) return undefined;
  const [lon, lat, zoom] = parts.map(strictNumber);
  if (lon === undefined || lat === undefined || zoom === undefined) return undefined;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || !Number.isFinite(zoom)) return undefined;
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lon, lat, zoom };
}

function decodeIndicator(raw: string | null, known?: ReadonlySet<string>): string | undefined {
  const id = raw?.trim().toLowerCase();
  if (!id || !INDICATOR_ID.test(id) || (known && !known.has(id))) return undefined;
  return id;
}

function decodeYear(raw: string | null): number | undefined {
  if (!raw || !/^\s*\d{4}\s*$/.test(raw)) return undefined;
  const y = Number(raw);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

function decodeClassify(raw: string | null): ClassifyMethod | undefined {
  return CLASSIFY_METHODS.find((m) => m === raw?.trim().toLowerCase());
}

function decodeK(raw: string | null): number | undefined {
  if (!raw || !/^\s*\d+\s*$/.test(raw)) return undefined;
  const k = Number(raw);
  return k >= K_MIN && k <= K_MAX ? k : undefined;
}

/** Manual breaks: finite numbers, strictly ascending, at most K_MAX − 1; anything else is ignored. */
function decodeBreaks(raw: string | null): number[] | undefined {
  if (!raw) return undefined;
  const values = raw.split(',').map(strictNumber);
  if (values.length === 0 || values.length > K_MAX - 1) return undefined;
  if (!values.every(Number.isFinite)) return undefined;
  if (!values.every((v, i) => i === 0 || v > (values[i - 1] as number))) return undefined;
  return values;
}

function decodeScatter(raw: string | null, known?: ReadonlySet<string>): [string, string] | undefined {
  const parts = raw?.split(',');
  if (!parts || parts.length !== 2) return undefined;
  const x = decodeIndicator(parts[0] ?? null, known);
  const y = decodeIndicator(parts[1] ?? null, known);
  return x && y ? [x, y] : undefined;
}

/** Layer ids in canonical order; unknown ids dropped; an empty value means "no layers". */
function decodeLayers(raw: string | null): PlaceLayerId[] | undefined {
  if (raw === null) return undefined;
  const asked = new Set(raw.split(',').map((s) => s.trim().toLowerCase()));
  return PLACE_LAYERS.filter((l) => asked.has(l));
}

function decodeNetwork(raw: string | null): number | undefined {
  const y = decodeYear(raw);
  return y !== undefined && y >= NETWORK_FIRST_YEAR && y <= NETWORK_LAST_YEAR ? y : undefined;
}

function decodePlace(raw: string | null, known?: ReadonlySet<string>): string | undefined {
  const id = raw?.trim().toLowerCase();
  if (!id || !PLACE_ID.test(id) || (known && !known.has(id))) return undefined;
  return id;
}

// Story mode: `story` is an id under stories/ or a path/URL the loader checks is under stories/.
const STORY_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const STORY_PATH = /^(\.{0,2}\/(?!\/)|https?:\/\/)[^\s<>"]{1,300}$/;
export const MAX_SLIDE = 999;
export const AUTOPLAY_MIN = 3;
export const AUTOPLAY_MAX = 3600;

function decodeStory(raw: string | null): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  if (STORY_ID.test(s)) return s;
  return STORY_PATH.test(s) && s.length <= 300 ? s : undefined;
}

function decodeInt(raw: string | null, min: number, max: number): number | undefined {
  if (!raw || !/^\s*\d{1,5}\s*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** `<datasetId>.<n>` or `off`; whether the dataset exists is the district view's business. */
export const DISTRICT_CHOICE = /^([a-z0-9]{1,20})\.(\d{1,3})$|^off$/;

function decodeDistrict(raw: string | null): string | undefined {
  const s = raw?.trim().toLowerCase();
  return s && DISTRICT_CHOICE.test(s) ? s : undefined;
}

/** `change=1` is the difference, `change=pct` the % change; `0` or anything else is none. */
function decodeChange(raw: string | null): ChangeKind | null {
  const s = raw?.trim().toLowerCase();
  return s === '1' ? 'diff' : s === 'pct' ? 'pct' : null;
}

/** A flag key: present with `1` is on, present with anything else is off, absent is the fallback. */
function decodeFlag(params: URLSearchParams, key: string, fallback: boolean): boolean {
  return params.has(key) ? params.get(key)?.trim() === '1' : fallback;
}

/**
 * Decodes a query string into a full document. Missing or invalid keys take the value from
 * `fallback`; `known` (when loaded) filters codes and ids that are well-formed but do not exist.
 */
export function decode(params: URLSearchParams, fallback: Doc, known: Known = {}): Doc {
  try {
    const classify = decodeClassify(params.get('classify')) ?? fallback.classify;
    const k = decodeK(params.get('k')) ?? fallback.k;
    const breaks = decodeBreaks(params.get('breaks'));
    return {
      lang: decodeLang(params.get('lang')) ?? fallback.lang,
      province: params.has('province') ? decodeProvinces(params.get('province'), known.provinces) : fallback.province,
      view: decodeView(params.get('view')) ?? fallback.view,
      indicator: decodeIndicator(params.get('indicator'), known.indicators) ?? fallback.indicator,
      year: decodeYear(params.get('year')) ?? fallback.year,
      // Manual classification without usable breaks is not manual: fall back to the default method.
      classify: classify === 'manual' && !breaks ? (fallback.classify === 'manual' ? 'quantile' : fallback.classify) : classify,
      k: classify === 'manual' && breaks ? breaks.length + 1 : k,
      breaks: breaks ?? fallback.breaks,
      scatter: decodeScatter(params.get('scatter'), known.indicators) ?? fallback.scatter,
      layers: decodeLayers(params.get('layers')) ?? fallback.layers,
      network: decodeNetwork(params.get('network')) ?? fallback.network,
      place: decodePlace(params.get('place'), known.places) ?? fallback.place,
      embed: params.has('embed') ? params.get('embed')?.trim() === '1' : fallback.embed,
      story: decodeStory(params.get('story')) ?? fallback.story,
      slide: decodeInt(params.get('slide'), 1, MAX_SLIDE) ?? fallback.slide,
      autoplay: decodeInt(params.get('autoplay'), AUTOPLAY_MIN, AUTOPLAY_MAX) ?? fallback.autoplay,
      district: decodeDistrict(params.get('district')) ?? fallback.district,
      ...normaliseModes({
        compare: decodeYear(params.get('compare')) ?? fallback.compare,
        change: params.has('change') ? decodeChange(params.get('change')) : fallback.change,
        bivariate: decodeFlag(params, 'bivariate', fallback.bivariate),
        multiples: decodeFlag(params, 'multiples', fallback.multiples),
      }),
    };
  } catch {
    return fallback;
  }
}
