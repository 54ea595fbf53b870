// The map's pointer shell: MapLibre's mouse events, hit-tested on the CPU, reach the handlers the
// way deck.gl's onHover/onClick did (enter, move, leave for another kind of thing), on the
// shipped provinces and learning cities.
import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { cityStyle, partnerStyle } from '../../../src/map/featureStyle';
import type { HitInput, ScreenPoint } from '../../../src/map/hitTest';
import { watchPointer, type MapHandlers } from '../../../src/map/mapPointer';
import { data } from '../districts/fixture';

const project = ([lng, lat]: [number, number]): ScreenPoint => ({ x: (lng - 97) * 100, y: (21 - lat) * 100 });

/** Enough of a MapLibre map for watchPointer: its event emitter, projection and canvas container. */
function fakeMap() {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const container = { style: { cursor: '' } };
  const map = {
    on: (type: string, fn: (e: unknown) => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    off: (type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn),
    project: (c: [number, number]) => project(c),
    getCanvasContainer: () => container,
  };
  const fire = (type: string, lngLat: [number, number], init: { buttons?: number; shiftKey?: boolean } = {}) => {
    const point = project(lngLat);
    const e = { type, point, lngLat: { lng: lngLat[0], lat: lngLat[1] }, originalEvent: { buttons: 0, shiftKey: false, metaKey: false, ctrlKey: false, ...init } };
    for (const fn of listeners.get(type) ?? []) fn(e);
  };
  return { map: map as unknown as MaplibreMap, fire, container, listeners };
}

const input = (): HitInput => ({
  provinces: data.features,
  districts: null,
  cities: data.places.learningCities,
  partners: data.places.partners,
  layers: ['cities'],
  styleOfCity: (c) => cityStyle(c, 2025, null),
  styleOfPartner: (p) => partnerStyle(p, 2025, null),
});

function recorder() {
  const calls: unknown[][] = [];
  const on: MapHandlers = {
    onProvinceHover: (code) => calls.push(['province', code]),
    onProvinceClick: (code, additive) => calls.push(['provinceClick', code, additive]),
    onPlaceHover: (id) => calls.push(['place', id]),
    onPlaceClick: (id) => calls.push(['placeClick', id]),
    onDistrictHover: (f) => calls.push(['district', f?.id ?? null]),
    onDistrictClick: (f) => calls.push(['districtClick', f.id]),
  };
  return { calls, on };
}

describe('watchPointer', () => {
  it('hovers a province, then a city on it (leaving the province), then the sea', () => {
    const { map, fire, container } = fakeMap();
    const { calls, on } = recorder();
    watchPointer(map, input, on);
    const city = data.places.learningCities.find((c) => c.id === 'bangkok')!;
    fire('mousemove', [100.7, 13.9]);
    fire('mousemove', [100.75, 13.85]);
    expect(container.style.cursor).toBe('pointer');
    fire('mousemove', city.coordinates);
    fire('mousemove', [101.5, 9.5]);
    expect(calls).toEqual([
      ['province', 'TH-10'],
      ['province', 'TH-10'],
      ['province', null],
      ['place', 'city:bangkok'],
      ['place', null],
    ]);
    expect(container.style.cursor).toBe('');
  });

  it('ends the hover when a drag starts and ignores moves with a button held', () => {
    const { map, fire } = fakeMap();
    const { calls, on } = recorder();
    watchPointer(map, input, on);
    fire('mousemove', [100.7, 13.9]);
    fire('dragstart', [100.7, 13.9]);
    fire('mousemove', [98.98, 18.79], { buttons: 1 });
    expect(calls).toEqual([['province', 'TH-10'], ['province', null]]);
  });

  it('clicks the topmost thing, with Shift as an added selection, and cleans up', () => {
    const { map, fire, listeners } = fakeMap();
    const { calls, on } = recorder();
    const stop = watchPointer(map, input, on);
    fire('click', [98.5, 18.2], { shiftKey: true });
    fire('click', data.places.learningCities.find((c) => c.id === 'bangkok')!.coordinates);
    fire('click', [101.5, 9.5]);
    expect(calls).toEqual([['provinceClick', 'TH-50', true], ['placeClick', 'city:bangkok']]);
    stop();
    expect([...listeners.values()].every((s) => s.size === 0)).toBe(true);
  });
});
