import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorReply, validateInbound, type KnownIds } from '../../../src/embed/messages';

const known: KnownIds = { provinces: new Set(['TH-10', 'TH-56', 'TH-30']), indicators: new Set(['hai', 'density']) };
const check = (data: unknown) => validateInbound(data, known);

describe('postMessage validator: atlas:set', () => {
  it('accepts each field and normalises it', () => {
    expect(check({ type: 'atlas:set', lang: 'EN', indicator: 'Density', year: 2019, province: 'th-56', view: { lon: 100.5, lat: 13.7, zoom: 6 } })).toEqual({
      kind: 'set',
      patch: { lang: 'en', indicator: 'density', year: 2019, province: ['TH-56'], view: { lon: 100.5, lat: 13.7, zoom: 6 } },
    });
    expect(check({ type: 'atlas:set', provinces: ['TH-56', 'TH-10', 'TH-56'] })).toEqual({ kind: 'set', patch: { province: ['TH-56', 'TH-10'] } });
    expect(check({ type: 'atlas:set', province: null, year: null, view: null })).toEqual({ kind: 'set', patch: { province: [], year: null, view: null } });
  });

  it('takes the comparison mode from the mode keys sent, the others off', () => {
    const off = { compare: null, change: null, bivariate: false, multiples: false };
    expect(check({ type: 'atlas:set', compare: 2015 })).toEqual({ kind: 'set', patch: { modes: { ...off, compare: 2015 } } });
    expect(check({ type: 'atlas:set', compare: 2015, change: true })).toEqual({ kind: 'set', patch: { modes: { ...off, compare: 2015, change: 'diff' } } });
    expect(check({ type: 'atlas:set', compare: 2015, change: 'pct' })).toEqual({ kind: 'set', patch: { modes: { ...off, compare: 2015, change: 'pct' } } });
    expect(check({ type: 'atlas:set', bivariate: true, scatter: ['Hai', 'density'] })).toEqual({
      kind: 'set',
      patch: { scatter: ['hai', 'density'], modes: { ...off, bivariate: true } },
    });
    expect(check({ type: 'atlas:set', multiples: true })).toEqual({ kind: 'set', patch: { modes: { ...off, multiples: true } } });
    expect(check({ type: 'atlas:set', compare: null })).toEqual({ kind: 'set', patch: { modes: off } });
    // Without a mode key the mode is left alone.
    expect(check({ type: 'atlas:set', year: 2019 })).toEqual({ kind: 'set', patch: { year: 2019 } });
  });

  it('rejects a bad mode key naming it', () => {
    const cases: [unknown, string][] = [
      [{ type: 'atlas:set', compare: '2015' }, 'compare'],
      [{ type: 'atlas:set', compare: 15 }, 'compare'],
      [{ type: 'atlas:set', change: true }, 'change'],
      [{ type: 'atlas:set', compare: 2015, change: 'yes' }, 'change'],
      [{ type: 'atlas:set', bivariate: 1 }, 'bivariate'],
      [{ type: 'atlas:set', multiples: 'true' }, 'multiples'],
      [{ type: 'atlas:set', scatter: ['hai'] }, 'scatter'],
      [{ type: 'atlas:set', scatter: ['hai', 'nope'] }, 'scatter'],
    ];
    for (const [data, field] of cases) {
      const r = check(data);
      expect(r.kind, JSON.stringify(data)).toBe('reject');
      if (r.kind === 'reject') expect(r.errors[0]?.field).toBe(field);
    }
  });

  it('ignores unknown fields and messages that are not ours', () => {
    expect(check({ type: 'atlas:set', lang: 'th', colour: 'red', nested: { a: 1 } })).toEqual({ kind: 'set', patch: { lang: 'th' } });
    for (const data of [null, undefined, 'atlas:set', 42, [], ['atlas:set'], { type: 'webpackOk' }, { kind: 'atlas:set' }, { type: 7 }, new Date()]) {
      expect(check(data)).toEqual({ kind: 'ignore' });
    }
    // Our own outbound messages relayed back are not requests.
    expect(check({ type: 'atlas:state', state: {} })).toEqual({ kind: 'ignore' });
  });

  it('rejects bad values naming the field, and applies nothing', () => {
    const cases: [unknown, string][] = [
      [{ type: 'atlas:set', lang: 'fr', indicator: 'hai' }, 'lang'],
      [{ type: 'atlas:set', lang: 1 }, 'lang'],
      [{ type: 'atlas:set', indicator: 'nope' }, 'indicator'],
      [{ type: 'atlas:set', indicator: ['hai'] }, 'indicator'],
      [{ type: 'atlas:set', year: '2019' }, 'year'],
      [{ type: 'atlas:set', year: 2019.5 }, 'year'],
      [{ type: 'atlas:set', year: 1e9 }, 'year'],
      [{ type: 'atlas:set', province: 'TH-99' }, 'province'],
      [{ type: 'atlas:set', province: ['TH-10', 5] }, 'province'],
      [{ type: 'atlas:set', province: { 0: 'TH-10' } }, 'province'],
      [{ type: 'atlas:set', province: Array(78).fill('TH-10') }, 'province'],
      [{ type: 'atlas:set', view: { lon: 100, lat: 13 } }, 'view'],
      [{ type: 'atlas:set', view: { lon: Infinity, lat: 13, zoom: 5 } }, 'view'],
      [{ type: 'atlas:set', view: { lon: 500, lat: 13, zoom: 5 } }, 'view'],
      [{ type: 'atlas:set', view: [100, 13, 5] }, 'view'],
      [{ type: 'atlas:set', province: 'TH-10', provinces: ['TH-56'] }, 'provinces'],
      [{ type: 'atlas:launch' }, 'type'],
    ];
    for (const [data, field] of cases) {
      const r = check(data);
      expect(r.kind, JSON.stringify(data)).toBe('reject');
      if (r.kind === 'reject') expect(r.errors[0]?.field).toBe(field);
    }
    const r = check({ type: 'atlas:set', lang: 'xx', year: 'x', indicator: 'hai' });
    expect(r).toEqual({ kind: 'reject', errors: [{ field: 'lang', reason: expect.any(String) }, { field: 'year', reason: expect.any(String) }] });
    expect(errorReply(r.kind === 'reject' ? r.errors : [])).toMatchObject({ type: 'atlas:error', field: 'lang' });
  });

  it('rejects hostile messages: huge strings, prototype keys, too many keys, getters', () => {
    const huge = 'x'.repeat(1_000_000);
    expect(check({ type: 'atlas:set', indicator: huge })).toMatchObject({ kind: 'reject', errors: [{ field: 'indicator' }] });
    expect(check({ type: 'atlas:set', province: [huge] })).toMatchObject({ kind: 'reject', errors: [{ field: 'province' }] });
    expect(check({ type: `atlas:${huge}` })).toMatchObject({ kind: 'reject', errors: [{ field: 'type' }] });
    // JSON.parse makes __proto__ an own key, as structured clone of such an object does.
    const proto = JSON.parse('{"type":"atlas:set","__proto__":{"polluted":true},"lang":"en"}') as unknown;
    expect(check(proto)).toMatchObject({ kind: 'reject', errors: [{ field: '__proto__' }] });
    expect(check({ type: 'atlas:set', constructor: { prototype: { polluted: true } } })).toMatchObject({ kind: 'reject', errors: [{ field: 'constructor' }] });
    expect(check(JSON.parse('{"type":"atlas:set","view":{"__proto__":{"zoom":5},"lon":100,"lat":13}}'))).toMatchObject({ kind: 'reject', errors: [{ field: 'view' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const many: Record<string, unknown> = { type: 'atlas:set' };
    for (let i = 0; i < 40; i++) many[`k${i}`] = i;
    expect(check(many)).toMatchObject({ kind: 'reject' });
    let ran = false;
    const getter = { type: 'atlas:set', get lang() { ran = true; return 'en'; } };
    expect(check(getter)).toMatchObject({ kind: 'reject', errors: [{ field: 'lang' }] });
    expect(ran).toBe(false);
  });

  it('never throws, and whatever it accepts is valid (random messages)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object());
    const msg = fc.record(
      { type: fc.constantFrom('atlas:set', 'atlas:set', 'atlas:x', 'x'), lang: value, indicator: value, year: value, province: value, view: fc.oneof(value, fc.record({ lon: value, lat: value, zoom: value })), compare: value, change: value, bivariate: value, multiples: value, scatter: value },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(msg, fc.anything()), (m) => {
        const r = check(m);
        if (r.kind !== 'set') return;
        const p = r.patch;
        if (p.lang !== undefined) expect(['th', 'en']).toContain(p.lang);
        if (p.indicator !== undefined) expect(known.indicators.has(p.indicator)).toBe(true);
        if (p.province !== undefined) expect(p.province.every((c) => known.provinces.has(c))).toBe(true);
        if (p.year != null) expect(Number.isInteger(p.year)).toBe(true);
        if (p.view) expect(Object.keys(p.view).sort()).toEqual(['lat', 'lon', 'zoom']);
        if (p.modes) expect(Object.values(p.modes).filter((v) => v !== null && v !== false).length).toBeLessThanOrEqual(2);
        if (p.scatter) expect(p.scatter.every((id) => known.indicators.has(id))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('replies to an opaque parent (issue #14)', () => {
  it('a "null" origin is replied to with "*" (postMessage throws on "null"); real origins are kept', async () => {
    const { replyTarget } = await import('../../../src/embed/startEmbedBridge');
    expect(replyTarget('null')).toBe('*');
    expect(replyTarget('https://partner.example')).toBe('https://partner.example');
  });
});
