// Checks a story file before it is shown: every problem is reported with the slide (1-based) and
// the field it is in, so an author can fix a hand-written JSON file without reading code. Pure.
import type { Bilingual } from '../data/indicatorTypes';
import type { ProvinceCode } from '../data/types';
import { NETWORK_FIRST_YEAR, NETWORK_LAST_YEAR, PLACE_LAYERS, type PlaceLayerId } from '../state/doc';
import { STORY_VERSION, type Slide, type Story, type StoryCamera, type StoryKnown, type StorySource } from './storyTypes';

/** What is wrong with a field; storyMessages.ts words each in Thai and English. */
export type StoryProblem =
  | { kind: 'not-object' }
  | { kind: 'missing' }
  | { kind: 'not-text' }
  | { kind: 'not-bilingual' }
  | { kind: 'not-list' }
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-number'; min: number; max: number }
  | { kind: 'unknown-field'; allowed: string }
  | { kind: 'one-of'; allowed: string }
  | { kind: 'unknown-province'; value: string }
  | { kind: 'unknown-indicator'; value: string }
  | { kind: 'unknown-place'; value: string }
  | { kind: 'year-not-available'; value: number; years: string }
  | { kind: 'bad-url'; value: string }
  | { kind: 'bad-version' }
  | { kind: 'bad-id' }
  | { kind: 'needs'; other: string }
  | { kind: 'modes-conflict'; other: string };

export interface StoryError {
  /** 1-based slide number, or `null` for a field of the story itself. */
  slide: number | null;
  /** Path of the field inside the slide (or story): `camera.zoom`, `title.th`, `layers[2]`. */
  field: string;
  problem: StoryProblem;
}

export type StoryResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

const MAX_SLIDES = 200;
const MAX_TITLE = 200;
const MAX_TEXT = 4000;
const STORY_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
/** Links a slide may carry: web, mail, or a path on this site (no `javascript:`, `data:` …). */
const SAFE_URL = /^(https?:\/\/|mailto:)|^(?![a-z][a-z0-9+.-]*:)/i;

const SLIDE_FIELDS = [
  'title', 'body', 'notes', 'camera', 'layers', 'indicator', 'year', 'network', 'province', 'place', 'highlight', 'sources',
  'compare', 'change', 'bivariate', 'multiples', 'scatter',
] as const;
/** The slide fields that each switch on a comparison mode; a slide may use one. */
const MODE_FIELDS = ['compare', 'bivariate', 'multiples'] as const;
const CAMERA_KINDS = ['thailand', 'world', 'province', 'view'] as const;
const CAMERA_FIELDS: Record<(typeof CAMERA_KINDS)[number], readonly string[]> = {
  thailand: ['kind', 'duration', 'essential'],
  world: ['kind', 'duration', 'essential'],
  province: ['kind', 'code', 'duration', 'essential'],
  view: ['kind', 'center', 'zoom', 'pitch', 'bearing', 'duration', 'essential'],
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects errors for one slide (or the story head) while reading its fields. */
class Reader {
  readonly errors: StoryError[] = [];
  constructor(
    private readonly slide: number | null,
    private readonly known: StoryKnown,
  ) {}

  fail(field: string, problem: StoryProblem): undefined {
    this.errors.push({ slide: this.slide, field, problem });
    return undefined;
  }

  fields(o: Obj, allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(o)) {
      if (!allowed.includes(key)) this.fail(prefix + key, { kind: 'unknown-field', allowed: allowed.join(', ') });
    }
  }

  text(v: unknown, field: string, max: number): string | undefined {
    if (typeof v !== 'string') return this.fail(field, v === undefined ? { kind: 'missing' } : { kind: 'not-text' });
    if (v.trim() === '') return this.fail(field, { kind: 'empty' });
    if (v.length > max) return this.fail(field, { kind: 'too-long', max });
    return v;
  }

  bilingual(v: unknown, field: string, max: number): Bilingual | undefined {
    if (!isObj(v)) return this.fail(field, v === undefined ? { kind: 'missing' } : { kind: 'not-bilingual' });
    this.fields(v, ['th', 'en'], `${field}.`);
    const th = this.text(v.th, `${field}.th`, max);
    const en = this.text(v.en, `${field}.en`, max);
    return th !== undefined && en !== undefined ? { th, en } : undefined;
  }

  number(v: unknown, field: string, min: number, max: number, integer = false): number | undefined {
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
    return ok ? (v as number) : this.fail(field, { kind: 'not-number', min, max });
  }

  list(v: unknown, field: string): unknown[] | undefined {
    return Array.isArray(v) ? v : this.fail(field, { kind: 'not-list' });
  }

  provinces(v: unknown, field: string): ProvinceCode[] | undefined {
    const items = this.list(v, field);
    if (!items) return undefined;
    const out: ProvinceCode[] = [];
    items.forEach((c, i) => {
      if (typeof c === 'string' && this.known.provinces.has(c)) out.push(c as ProvinceCode);
      else this.fail(`${field}[${i}]`, { kind: 'unknown-province', value: String(c) });
    });
    return out.length === items.length ? out : undefined;
  }

  flag(v: unknown, field: string): boolean | undefined {
    return typeof v === 'boolean' ? v : this.fail(field, { kind: 'one-of', allowed: 'true, false' });
  }

  indicatorId(v: unknown, field: string): string | undefined {
    return typeof v === 'string' && this.known.indicators.has(v) ? v : this.fail(field, { kind: 'unknown-indicator', value: String(v) });
  }

  /** A year the slide's indicator has (the atlas default indicator when the slide names none). */
  indicatorYear(v: unknown, field: string, indicator: string | undefined): number | undefined {
    const year = this.number(v, field, 1900, 2100, true);
    const years = this.known.indicators.get(indicator ?? 'hai');
    if (year !== undefined && years && !years.includes(year)) {
      return this.fail(field, { kind: 'year-not-available', value: year, years: years.join(', ') });
    }
    return year;
  }

  /** The comparison fields: compare (+ change), bivariate (+ scatter) or multiples, one of them. */
  modes(v: Obj, slide: Slide): void {
    const used = MODE_FIELDS.filter((k) => v[k] !== undefined && v[k] !== false);
    for (const extra of used.slice(1)) this.fail(extra, { kind: 'modes-conflict', other: used[0] as string });
    if (v.compare !== undefined) slide.compare = this.indicatorYear(v.compare, 'compare', slide.indicator);
    if (v.change !== undefined) {
      if (v.change === true || v.change === 'pct') slide.change = v.change;
      else if (v.change !== false) this.fail('change', { kind: 'one-of', allowed: 'true, "pct", false' });
      if (v.change !== false && v.compare === undefined) this.fail('change', { kind: 'needs', other: 'compare' });
    }
    if (v.bivariate !== undefined) slide.bivariate = this.flag(v.bivariate, 'bivariate');
    if (v.multiples !== undefined) slide.multiples = this.flag(v.multiples, 'multiples');
    if (v.scatter !== undefined) {
      const pair = Array.isArray(v.scatter) && v.scatter.length === 2 ? v.scatter : undefined;
      if (!pair) this.fail('scatter', { kind: 'not-list' });
      else {
        const x = this.indicatorId(pair[0], 'scatter[0]');
        const y = this.indicatorId(pair[1], 'scatter[1]');
        if (x && y) slide.scatter = [x, y];
      }
    }
  }

  layers(v: unknown, field: string): PlaceLayerId[] | undefined {
    const items = this.list(v, field);
    if (!items) return undefined;
    const bad = items.findIndex((l) => !PLACE_LAYERS.includes(l as PlaceLayerId));
    if (bad >= 0) return this.fail(`${field}[${bad}]`, { kind: 'one-of', allowed: PLACE_LAYERS.join(', ') });
    return PLACE_LAYERS.filter((l) => items.includes(l));
  }

  camera(v: unknown): StoryCamera | undefined {
    if (!isObj(v)) return this.fail('camera', { kind: 'not-object' });
    const kind = CAMERA_KINDS.find((k) => k === v.kind);
    if (!kind) return this.fail('camera.kind', { kind: 'one-of', allowed: CAMERA_KINDS.join(', ') });
    const before = this.errors.length;
    this.fields(v, CAMERA_FIELDS[kind], 'camera.');
    const motion = {
      ...(v.duration !== undefined ? { duration: this.number(v.duration, 'camera.duration', 0, 10_000) } : {}),
      ...(v.essential !== undefined
        ? { essential: typeof v.essential === 'boolean' ? v.essential : this.fail('camera.essential', { kind: 'one-of', allowed: 'true, false' }) }
        : {}),
    };
    let camera: StoryCamera | undefined;
    switch (kind) {
      case 'thailand':
      case 'world':
        camera = { kind, ...motion } as StoryCamera;
        break;
      case 'province': {
        const code = typeof v.code === 'string' && this.known.provinces.has(v.code) ? (v.code as ProvinceCode) : undefined;
        if (!code) this.fail('camera.code', { kind: 'unknown-province', value: String(v.code) });
        else camera = { kind, code, ...motion } as StoryCamera;
        break;
      }
      case 'view': {
        const c = Array.isArray(v.center) && v.center.length === 2 ? v.center : undefined;
        const lon = c ? this.number(c[0], 'camera.center[0]', -180, 180) : this.fail('camera.center', { kind: 'not-list' });
        const lat = c ? this.number(c[1], 'camera.center[1]', -85, 85) : undefined;
        const zoom = this.number(v.zoom, 'camera.zoom', 1, 12);
        const pitch = v.pitch === undefined ? 0 : this.number(v.pitch, 'camera.pitch', 0, 60);
        const bearing = v.bearing === undefined ? 0 : this.number(v.bearing, 'camera.bearing', -180, 180);
        camera = { kind, center: [lon ?? 0, lat ?? 0], zoom: zoom ?? 0, pitch: pitch ?? 0, bearing: bearing ?? 0, ...motion } as StoryCamera;
        break;
      }
      default: {
        const never: never = kind;
        throw new Error(`unhandled camera kind ${String(never)}`);
      }
    }
    return this.errors.length === before ? camera : undefined;
  }

  sources(v: unknown): StorySource[] | undefined {
    const items = this.list(v, 'sources');
    if (!items) return undefined;
    return items.map((s, i) => {
      const field = `sources[${i}]`;
      if (!isObj(s)) return this.fail(field, { kind: 'not-object' }) ?? { label: '' };
      this.fields(s, ['label', 'url'], `${field}.`);
      const label = this.text(s.label, `${field}.label`, MAX_TITLE) ?? '';
      if (s.url === undefined) return { label };
      const url = typeof s.url === 'string' && SAFE_URL.test(s.url) ? s.url : this.fail(`${field}.url`, { kind: 'bad-url', value: String(s.url) });
      return url ? { label, url } : { label };
    });
  }
}

function readSlide(v: unknown, n: number, known: StoryKnown): { slide?: Slide; errors: StoryError[] } {
  const r = new Reader(n, known);
  if (!isObj(v)) return { errors: [{ slide: n, field: '', problem: { kind: 'not-object' } }] };
  r.fields(v, SLIDE_FIELDS);
  const slide: Slide = { title: r.bilingual(v.title, 'title', MAX_TITLE) ?? { th: '', en: '' } };
  if (v.body !== undefined) slide.body = r.bilingual(v.body, 'body', MAX_TEXT);
  if (v.notes !== undefined) slide.notes = r.bilingual(v.notes, 'notes', MAX_TEXT);
  if (v.camera !== undefined) slide.camera = r.camera(v.camera);
  if (v.layers !== undefined) slide.layers = r.layers(v.layers, 'layers');
  if (v.indicator !== undefined) slide.indicator = r.indicatorId(v.indicator, 'indicator');
  if (v.year !== undefined) slide.year = r.indicatorYear(v.year, 'year', slide.indicator);
  r.modes(v, slide);
  if (v.network !== undefined) slide.network = r.number(v.network, 'network', NETWORK_FIRST_YEAR, NETWORK_LAST_YEAR, true);
  if (v.province !== undefined) slide.province = r.provinces(v.province, 'province');
  if (v.highlight !== undefined) slide.highlight = r.provinces(v.highlight, 'highlight');
  if (v.place !== undefined) {
    if (typeof v.place === 'string' && known.places.has(v.place)) slide.place = v.place;
    else r.fail('place', { kind: 'unknown-place', value: String(v.place) });
  }
  if (v.sources !== undefined) slide.sources = r.sources(v.sources);
  return r.errors.length ? { errors: r.errors } : { slide, errors: [] };
}

/** Validates a parsed story file against the loaded atlas data; every error is reported, not just the first. */
export function validateStory(raw: unknown, known: StoryKnown): StoryResult {
  const head = new Reader(null, known);
  if (!isObj(raw)) return { ok: false, errors: [{ slide: null, field: '', problem: { kind: 'not-object' } }] };
  head.fields(raw, ['version', 'id', 'title', 'slides']);
  if (raw.version !== STORY_VERSION) head.fail('version', { kind: 'bad-version' });
  const id = typeof raw.id === 'string' && STORY_ID.test(raw.id) ? raw.id : head.fail('id', { kind: 'bad-id' });
  const title = head.bilingual(raw.title, 'title', MAX_TITLE);
  const items = head.list(raw.slides, 'slides');
  if (items && items.length === 0) head.fail('slides', { kind: 'empty' });
  if (items && items.length > MAX_SLIDES) head.fail('slides', { kind: 'too-long', max: MAX_SLIDES });
  const read = (items ?? []).slice(0, MAX_SLIDES).map((s, i) => readSlide(s, i + 1, known));
  const errors = [...head.errors, ...read.flatMap((r) => r.errors)];
  if (errors.length || !id || !title) return { ok: false, errors };
  return { ok: true, story: { version: STORY_VERSION, id, title, slides: read.map((r) => r.slide as Slide) } };
}
