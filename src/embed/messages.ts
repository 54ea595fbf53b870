// The postMessage API's contract and its inbound validator (pure). Hosts send `atlas:set`;
// everything they send is untrusted: the validator reads only own, known fields of a plain
// object, checks each one, and builds the patch from scratch, so nothing a host sends (huge
// strings, `__proto__` keys, getters, nested junk) ever reaches the store as-is.
import type { ProvinceCode } from '../data/types';
import type { Lang, View } from '../state/doc';
import { mapModeOf, normaliseModes, type MapMode, type ModeFields } from '../state/mapMode';

/** Version of the message shapes; sent in `atlas:ready`. */
export const API_VERSION = 1;

/** What the app reports about its view (`atlas:ready`, `atlas:state`). */
export interface AtlasStateMessage {
  lang: Lang;
  indicator: string;
  year: number | null;
  province: ProvinceCode[];
  view: View | null;
  /** The comparison mode shown, and the year compared with (`null` outside compare/change). */
  mode: MapMode;
  compare: number | null;
  /** Address of this exact view in the full dashboard. */
  url: string;
}

export type OutboundMessage =
  | { type: 'atlas:ready'; version: number; state: AtlasStateMessage }
  | { type: 'atlas:state'; state: AtlasStateMessage }
  | { type: 'atlas:select'; province: ProvinceCode | null; provinces: ProvinceCode[]; name: { th: string; en: string } | null }
  | { type: 'atlas:resize'; height: number }
  | { type: 'atlas:error'; field: string; reason: string; errors: FieldError[] };

/** The fields a host may set; each is optional, absent fields keep their value. */
export interface SetPatch {
  lang?: Lang;
  indicator?: string;
  /** `null` = the indicator's latest year. */
  year?: number | null;
  /** Replaces the selection; `[]` clears it. */
  province?: ProvinceCode[];
  /** `null` = fit Thailand. */
  view?: View | null;
  /** The scatter plot's pair (the bivariate map's axes), `[x, y]` indicator ids. */
  scatter?: [string, string];
  /**
   * The comparison mode, when the message names any of `compare`, `change`, `bivariate`,
   * `multiples`: the mode keys sent decide it alone (absent ones are off), so `{compare: 2015}`
   * shows two maps and `{compare: null}` one, whatever was shown before.
   */
  modes?: ModeFields;
}

export interface FieldError {
  field: string;
  reason: string;
}

export type Inbound =
  /** Not ours (no `atlas:` type): other scripts on the page talk too; stay silent. */
  | { kind: 'ignore' }
  /** Ours but unusable: reply with `atlas:error`, change nothing. */
  | { kind: 'reject'; errors: FieldError[] }
  | { kind: 'set'; patch: SetPatch };

/** What the app knows exists; ids outside these sets are rejected. */
export interface KnownIds {
  provinces: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

const MAX_TYPE_LENGTH = 32;
const MAX_STRING = 64;
const MAX_KEYS = 16;
const MODE_KEYS = ['compare', 'change', 'bivariate', 'multiples'] as const;
const MAX_PROVINCES = 77;
const SETTABLE = ['lang', 'indicator', 'year', 'province', 'provinces', 'view', 'scatter', ...MODE_KEYS] as const;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Own data property only: an accessor (getter) would run host code on every read. */
function field(o: Record<string, unknown>, k: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return d && 'value' in d ? d.value : undefined;
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = (reason: string): Check<never> => ({ ok: false, reason });

function shortString(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad('expected a string');
  if (v.length > MAX_STRING) return bad(`longer than ${MAX_STRING} characters`);
  return ok(v.trim());
}

function checkLang(v: unknown): Check<Lang> {
  const s = shortString(v);
  if (!s.ok) return s;
  const l = s.value.toLowerCase();
  return l === 'th' || l === 'en' ? ok(l) : bad('expected "th" or "en"');
}

function checkIndicator(v: unknown, known: KnownIds): Check<string> {
  const s = shortString(v);
  if (!s.ok) return s;
  const id = s.value.toLowerCase();
  return known.indicators.has(id) ? ok(id) : bad('unknown indicator id');
}

function checkYear(v: unknown): Check<number | null> {
  if (v === null) return ok(null);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) return bad('expected a year (CE) 1900–2100 or null');
  return ok(v);
}

function checkFlag(v: unknown): Check<boolean> {
  return typeof v === 'boolean' ? ok(v) : bad('expected true or false');
}

/** `true` is the difference, `"pct"` the % change, `false`/`null` none. */
function checkChange(v: unknown): Check<ModeFields['change']> {
  if (v === true) return ok('diff');
  if (v === 'pct') return ok('pct');
  if (v === false || v === null) return ok(null);
  return bad('expected true, "pct", false or null');
}

function checkScatter(v: unknown, known: KnownIds): Check<[string, string]> {
  if (!Array.isArray(v) || v.length !== 2) return bad('expected [x, y] indicator ids');
  const x = checkIndicator(v[0], known);
  if (!x.ok) return x;
  const y = checkIndicator(v[1], known);
  return y.ok ? ok([x.value, y.value]) : y;
}

function checkProvince(v: unknown, known: KnownIds): Check<ProvinceCode[]> {
  if (v === null) return ok([]);
  const list: unknown[] = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  if (typeof v !== 'string' && !Array.isArray(v)) return bad('expected an ISO 3166-2 code, a list of them, or null');
  if (list.length > MAX_PROVINCES) return bad(`more than ${MAX_PROVINCES} provinces`);
  const out: ProvinceCode[] = [];
  for (const item of list) {
    const s = shortString(item);
    if (!s.ok) return s;
    const code = s.value.toUpperCase();
    if (!known.provinces.has(code)) return bad(`unknown province code ${JSON.stringify(code.slice(0, 8))}`);
    if (!out.includes(code as ProvinceCode)) out.push(code as ProvinceCode);
  }
  return ok(out);
}

function checkView(v: unknown): Check<View | null> {
  if (v === null) return ok(null);
  if (!isPlainObject(v)) return bad('expected {lon, lat, zoom} or null');
  const [lon, lat, zoom] = (['lon', 'lat', 'zoom'] as const).map((k) => field(v, k));
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(lon) || !finite(lat) || !finite(zoom)) return bad('lon, lat and zoom must be numbers');
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return bad('out of range (lon ±180, lat ±85, zoom 0–22)');
  return ok({ lon, lat, zoom });
}

/**
 * Classifies one inbound message. Unknown fields are ignored; any bad known field rejects the
 * whole message (a host's `atlas:set` applies as a unit or not at all).
 */
export function validateInbound(data: unknown, known: KnownIds): Inbound {
  if (!isPlainObject(data)) return { kind: 'ignore' };
  const type = field(data, 'type');
  if (typeof type !== 'string' || !type.startsWith('atlas:')) return { kind: 'ignore' };
  if (type.length > MAX_TYPE_LENGTH) return { kind: 'reject', errors: [{ field: 'type', reason: 'too long' }] };
  // Our own outbound messages echoed back (a host relaying everything) are not requests.
  if (type !== 'atlas:set') {
    return ['atlas:ready', 'atlas:state', 'atlas:select', 'atlas:resize', 'atlas:error'].includes(type)
      ? { kind: 'ignore' }
      : { kind: 'reject', errors: [{ field: 'type', reason: 'unknown message type' }] };
  }
  const keys = Reflect.ownKeys(data);
  const forbidden = keys.find((k) => typeof k === 'string' && FORBIDDEN_KEYS.includes(k));
  if (typeof forbidden === 'string') return { kind: 'reject', errors: [{ field: forbidden, reason: 'forbidden key' }] };
  if (keys.length > MAX_KEYS) return { kind: 'reject', errors: [{ field: 'type', reason: `more than ${MAX_KEYS} fields` }] };
  if (has(data, 'province') && has(data, 'provinces')) {
    return { kind: 'reject', errors: [{ field: 'provinces', reason: 'send province or provinces, not both' }] };
  }

  const patch: SetPatch = {};
  const modes: ModeFields = { compare: null, change: null, bivariate: false, multiples: false };
  const errors: FieldError[] = [];
  const take = <T>(name: string, check: Check<T>, apply: (v: T) => void) => {
    if (check.ok) apply(check.value);
    else errors.push({ field: name, reason: check.reason });
  };
  for (const name of SETTABLE) {
    if (!has(data, name)) continue;
    const v = field(data, name);
    switch (name) {
      case 'lang':
        take(name, checkLang(v), (x) => (patch.lang = x));
        break;
      case 'indicator':
        take(name, checkIndicator(v, known), (x) => (patch.indicator = x));
        break;
      case 'year':
        take(name, checkYear(v), (x) => (patch.year = x));
        break;
      case 'province':
      case 'provinces':
        take(name, checkProvince(v, known), (x) => (patch.province = x));
        break;
      case 'view':
        take(name, checkView(v), (x) => (patch.view = x));
        break;
      case 'scatter':
        take(name, checkScatter(v, known), (x) => (patch.scatter = x));
        break;
      case 'compare':
        take(name, checkYear(v), (x) => (modes.compare = x));
        break;
      case 'change':
        take(name, checkChange(v), (x) => (modes.change = x));
        break;
      case 'bivariate':
        take(name, checkFlag(v), (x) => (modes.bivariate = x));
        break;
      case 'multiples':
        take(name, checkFlag(v), (x) => (modes.multiples = x));
        break;
      default: {
        const never: never = name;
        throw new Error(`unhandled field ${String(never)}`);
      }
    }
  }
  if (errors.length > 0) return { kind: 'reject', errors };
  if (MODE_KEYS.some((k) => has(data, k))) {
    if (modes.change && modes.compare === null) return { kind: 'reject', errors: [{ field: 'change', reason: 'change needs a compare year' }] };
    patch.modes = normaliseModes(modes);
  }
  return { kind: 'set', patch };
}

/** The mode part of `atlas:ready`/`atlas:state`. */
export function modeState(doc: ModeFields): Pick<AtlasStateMessage, 'mode' | 'compare'> {
  const mode = mapModeOf(doc);
  return { mode, compare: mode === 'compare' || mode === 'change' ? doc.compare : null };
}

/** The `atlas:error` reply for a rejected message; `field` names the first bad field. */
export function errorReply(errors: FieldError[]): OutboundMessage {
  const first = errors[0] ?? { field: 'type', reason: 'invalid message' };
  return { type: 'atlas:error', field: first.field, reason: first.reason, errors };
}
