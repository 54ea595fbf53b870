// URL codec: the document <-> query string. Pure; `decode` never throws and falls back to the
// default for any unknown or malformed value, so a mangled link still opens the dashboard.
import type { ProvinceCode } from '../data/types';
import type { Doc, Lang, View } from './doc';

/** Bumped when a key changes meaning; `decode` migrates older links. */
export const URL_VERSION = 1;

const LANGS: readonly Lang[] = ['th', 'en'];
const ISO = /^TH-\d{2}$/;
const MAX_SELECTION = 77;

/** Rounds to a fixed number of decimals so links stay short and stable. */
function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

export function encode(doc: Doc): URLSearchParams {
  const p = new URLSearchParams();
  // lang is always written: a shared link should open in the language it was made in.
  p.set('lang', doc.lang);
  if (doc.province.length > 0) p.set('province', doc.province.join(','));
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

function decodeView(raw: string | null): View | null {
  if (!raw) return null;
  const parts = raw.split(',');
  if (parts.length !== 3) return null;
  const [lon, lat, zoom] = parts.map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (lon === undefined || lat === undefined || zoom === undefined) return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || !Number.isFinite(zoom)) return null;
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

/**
 * Decodes a query string into a full document. Missing or invalid keys take the value from
 * `fallback`; `knownProvinces` (when loaded) filters codes that are well-formed but unknown.
 */
export function decode(
  params: URLSearchParams,
  fallback: Doc,
  knownProvinces?: ReadonlySet<string>,
): Doc {
  try {
    return {
      lang: decodeLang(params.get('lang')) ?? fallback.lang,
      province: params.has('province')
        ? decodeProvinces(params.get('province'), knownProvinces)
        : fallback.province,
      view: params.has('view') ? decodeView(params.get('view')) ?? fallback.view : fallback.view,
    };
  } catch {
    return fallback;
  }
}
