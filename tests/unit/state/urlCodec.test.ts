import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTOPLAY_MAX, AUTOPLAY_MIN, decode, encode, MAX_SLIDE } from '../../../src/state/urlCodec';
import { CLASSIFY_METHODS, defaultDoc, K_MAX, K_MIN, PLACE_LAYERS, type ChangeKind, type Doc } from '../../../src/state/doc';
import { normaliseModes } from '../../../src/state/mapMode';
import type { ProvinceCode } from '../../../src/data/types';

const fallback = defaultDoc('th');
const provinces = new Set(['TH-10', 'TH-56', 'TH-51']);
const indicators = new Set(['hai', 'population', 'gpp-per-capita', 'density']);
const known = { provinces, indicators };
const places = ['city:chiang-rai', 'partner:uil'];
const params = (s: string) => new URLSearchParams(s);

describe('URL codec', () => {
  it('round-trips a full document', () => {
    const doc: Doc = {
      lang: 'en',
      province: ['TH-56', 'TH-10'],
      view: { lon: 100.5, lat: 13.75, zoom: 6.5 },
      indicator: 'density',
      year: 2019,
      classify: 'manual',
      k: 3,
      breaks: [0.5, 0.625],
      scatter: ['population', 'hai'],
      layers: ['cities', 'links'],
      network: 2022,
      place: 'city:chiang-rai',
      embed: true,
      story: 'learning-city-thailand',
      slide: 4,
      autoplay: 20,
      district: 'k3x9a0.2',
      compare: 2015,
      change: 'pct',
      bivariate: false,
      multiples: false,
    };
    expect(decode(encode(doc, fallback), fallback, known)).toEqual(doc);
  });

  it('writes lang always and skips every other default', () => {
    expect(encode(fallback, fallback).toString()).toBe('lang=th');
  });

  it('rounds the view so links stay short', () => {
    const p = encode({ ...fallback, view: { lon: 100.123456, lat: 13.987654, zoom: 5.55555 } }, fallback);
    expect(p.get('view')).toBe('100.1235,13.9877,5.56');
  });

  it('reads province codes case-insensitively, drops unknown and duplicate codes, keeps order', () => {
    expect(decode(params('province=th-56,TH-99,TH-10,TH-56,bogus'), fallback, known).province).toEqual(['TH-56', 'TH-10']);
  });

  it('falls back per key on malformed values', () => {
    const d = decode(params('lang=fr&view=100,abc,6&province=TH-10'), fallback, known);
    expect(d).toEqual({ ...fallback, province: ['TH-10'] });
    expect(decode(params('view=500,13,6'), fallback).view).toBeNull();
    expect(decode(params('view=100,13,6,1'), fallback).view).toBeNull();
    expect(decode(params('view=,,'), fallback).view).toBeNull();
    expect(decode(params('lang=EN'), fallback).lang).toBe('en');
  });

  it('reads indicator, year, classification and scatter, and rejects what does not exist', () => {
    const d = decode(params('indicator=DENSITY&year=2019&classify=equal&k=7&scatter=hai,density'), fallback, known);
    expect(d).toMatchObject({ indicator: 'density', year: 2019, classify: 'equal', k: 7, scatter: ['hai', 'density'] });
    const bad = decode(params('indicator=nope&year=19&classify=magic&k=12&scatter=hai'), fallback, known);
    expect(bad).toEqual(fallback);
    expect(decode(params('year=1800'), fallback).year).toBeNull();
    expect(decode(params('k=2'), fallback).k).toBe(5);
  });

  it('reads layers in canonical order, an empty value as none, and falls back on junk', () => {
    expect(decode(params('layers=links,pilots,bogus'), fallback).layers).toEqual(['pilots', 'links']);
    expect(decode(params('layers='), fallback).layers).toEqual([]);
    expect(encode({ ...fallback, layers: [] }, fallback).get('layers')).toBe('');
    expect(decode(params('network=2018'), fallback).network).toBeNull();
    expect(decode(params('network=2022'), fallback).network).toBe(2022);
    expect(decode(params('place=city:nowhere'), fallback, { places: new Set(['city:chiang-rai']) }).place).toBeNull();
    expect(decode(params('place=partner:uil'), fallback).place).toBe('partner:uil');
    expect(decode(params('place=<script>'), fallback).place).toBeNull();
  });

  it('takes manual breaks only when ascending and finite; k follows their count', () => {
    expect(decode(params('classify=manual&breaks=1,2,3'), fallback)).toMatchObject({ classify: 'manual', k: 4, breaks: [1, 2, 3] });
    expect(decode(params('classify=manual&breaks=3,2'), fallback).classify).toBe('quantile');
    expect(decode(params('classify=manual&breaks=1,x'), fallback).classify).toBe('quantile');
    expect(decode(params('classify=manual'), fallback).classify).toBe('quantile');
  });

  it('never throws and always returns a valid document for random query strings', () => {
    const key = fc.constantFrom('lang', 'province', 'view', 'indicator', 'year', 'classify', 'k', 'breaks', 'scatter', 'layers', 'network', 'place', 'x', '');
    const query = fc.array(fc.tuple(key, fc.string()), { maxLength: 6 }).map((pairs) => {
      const p = new URLSearchParams();
      for (const [k, v] of pairs) p.append(k, v);
      return p;
    });
    fc.assert(
      fc.property(fc.oneof(query, fc.string().map((s) => new URLSearchParams(s))), (p) => {
        const d = decode(p, fallback, known);
        expect(['th', 'en']).toContain(d.lang);
        expect(d.province.every((c) => provinces.has(c))).toBe(true);
        expect(indicators.has(d.indicator)).toBe(true);
        expect(d.scatter.every((id) => indicators.has(id))).toBe(true);
        expect(d.k).toBeGreaterThanOrEqual(3);
        expect(d.k).toBeLessThanOrEqual(9);
        if (d.classify === 'manual') expect(d.breaks.length).toBe(d.k - 1);
        if (d.year !== null) expect(Number.isInteger(d.year)).toBe(true);
        expect(d.layers.every((l) => ['pilots', 'cities', 'partners', 'links'].includes(l))).toBe(true);
        if (d.network !== null) expect(d.network >= 2019 && d.network <= 2025).toBe(true);
        if (d.place !== null) expect(d.place).toMatch(/^(city|partner):/);
        if (d.view) {
          expect(Number.isFinite(d.view.lon) && Number.isFinite(d.view.lat) && Number.isFinite(d.view.zoom)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('encode then decode is the identity for valid documents (rounded)', () => {
    const doc = fc.record({
      lang: fc.constantFrom('th' as const, 'en' as const),
      province: fc.uniqueArray(fc.constantFrom(...provinces), { maxLength: 3 }),
      view: fc.option(
        fc.record({
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(doc, (d) => {
        const back = decode(encode({ ...fallback, ...d } as Doc, fallback), fallback, known);
        expect(back.lang).toBe(d.lang);
        expect(back.province).toEqual(d.province);
        if (d.view) {
          expect(back.view?.lon).toBeCloseTo(d.view.lon, 3);
          expect(back.view?.zoom).toBeCloseTo(d.view.zoom, 1);
        } else expect(back.view).toBeNull();
      }),
    );
  });

  it('round-trips every field of the document exactly (property test over the whole Doc)', () => {
    // Values on the codec's own grid (view 4/4/2 decimals, breaks 6), so equality is exact.
    const onGrid = (min: number, max: number, decimals: number) =>
      fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);
    const fields = {
      lang: fc.constantFrom<Doc['lang']>('th', 'en'),
      province: fc.uniqueArray(fc.constantFrom<ProvinceCode>('TH-10', 'TH-56', 'TH-51'), { maxLength: 3 }),
      view: fc.option(fc.record({ lon: onGrid(-180, 180, 4), lat: onGrid(-85, 85, 4), zoom: onGrid(0, 22, 2) }), { nil: null }),
      indicator: fc.constantFrom(...indicators),
      year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      classify: fc.constantFrom(...CLASSIFY_METHODS),
      k: fc.integer({ min: K_MIN, max: K_MAX }),
      breaks: fc.uniqueArray(onGrid(-1e6, 1e6, 6), { minLength: 1, maxLength: K_MAX - 1 }).map((b) => [...b].sort((x, y) => x - y)),
      scatter: fc.tuple(fc.constantFrom(...indicators), fc.constantFrom(...indicators)),
      layers: fc.subarray([...PLACE_LAYERS]),
      network: fc.option(fc.integer({ min: 2019, max: 2025 }), { nil: null }),
      place: fc.option(fc.constantFrom(...places), { nil: null }),
      embed: fc.boolean(),
      story: fc.option(fc.constantFrom('learning-city-thailand', './stories/mine.json'), { nil: null }),
      slide: fc.integer({ min: 1, max: MAX_SLIDE }),
      autoplay: fc.option(fc.integer({ min: AUTOPLAY_MIN, max: AUTOPLAY_MAX }), { nil: null }),
      district: fc.option(
        fc.oneof(
          fc.constant('off'),
          fc.tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.integer({ min: 0, max: 999 })).map(([id, n]) => `${id}.${n}`),
        ),
        { nil: null },
      ),
      compare: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      change: fc.option(fc.constantFrom<ChangeKind>('diff', 'pct'), { nil: null }),
      bivariate: fc.boolean(),
      multiples: fc.boolean(),
    } satisfies { [K in keyof Doc]-?: fc.Arbitrary<Doc[K]> };
    // Manual breaks set k; other methods carry no breaks (that is what the document means).
    // Slide and autoplay only mean something inside a story.
    const doc = fc
      .record(fields)
      .map((d): Doc => (d.classify === 'manual' ? { ...d, k: d.breaks.length + 1 } : { ...d, breaks: [] }))
      .map((d): Doc => (d.story ? d : { ...d, slide: 1, autoplay: null }))
      // At most one comparison mode is set (see mapMode.normaliseModes).
      .map((d): Doc => ({ ...d, ...normaliseModes(d) }));
    for (const defaults of [fallback, undefined]) {
      fc.assert(
        fc.property(doc, (d) => {
          expect(decode(encode(d, defaults), fallback, { ...known, places: new Set(places) })).toEqual(d);
        }),
        { numRuns: 1000 },
      );
    }
  });
});
