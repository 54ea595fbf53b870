import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { shippedFiles } from '../../fixtures/shippedData';
import { basemapData, buildAtlasData, buildAtlasDataPartial, DataFileError, loaded, type Loaded } from '../../../src/data/atlasData';
import type { PlacesFile } from '../../../src/data/placeTypes';
import { unpackTopology } from '../../../src/data/packedTopology';

const { provinces, topo, basemap, indicators, places } = shippedFiles();
const failed = <T>(file: string, detail: string): Loaded<T> => ({ ok: false, error: new DataFileError(file, detail) });

describe('buildAtlasDataPartial', () => {
  it('loads everything with no failures when every file is good', () => {
    const data = buildAtlasDataPartial(provinces, topo, loaded(basemap), loaded(indicators), loaded(places));
    expect(data.failures).toEqual([]);
    expect(data.places.learningCities.length).toBe(13);
    expect(data.indicators.indicators.length).toBe(22);
  });

  it('keeps the basemap as packed TopoJSON and decodes each layer on demand, a new object each time', () => {
    const data = buildAtlasDataPartial(provinces, topo, loaded(basemap), loaded(indicators), loaded(places));
    expect(unpackTopology(data.basemap)).toEqual(basemap);
    const land = basemapData(data.basemap);
    expect(land.countries.features.length).toBeGreaterThan(10);
    expect(land.world.features.map((f) => f.properties?.name)).toContain('Thailand');
    expect(basemapData(data.basemap).countries).not.toBe(land.countries);
  });

  it('keeps the atlas when places.json failed: no places, the failure named', () => {
    const data = buildAtlasDataPartial(provinces, topo, loaded(basemap), loaded(indicators), failed('places.json', 'HTTP 500'));
    expect(data.failures?.map((f) => [f.file, f.detail])).toEqual([['places.json', 'HTTP 500']]);
    expect(data.places).toEqual({ pilots: [], learningCities: [], partners: [], links: [] });
    expect(data.pilotCodes.size).toBe(0);
    expect(data.features).toHaveLength(77);
    expect(data.indicators.indicators.length).toBe(22);
  });

  it('turns a file that fails validation (or is the wrong shape) into a named failure', () => {
    const badIndicators = { ...indicators, provinces: indicators.provinces.slice(1) };
    const notPlaces = { pilots: 'no' } as unknown as PlacesFile;
    const notTopo = { type: 'Topology', objects: {} } as unknown as Topology;
    const data = buildAtlasDataPartial(provinces, topo, loaded(notTopo), loaded(badIndicators), loaded(notPlaces));
    expect(data.failures?.map((f) => f.file)).toEqual(['basemap.topo.json', 'indicators.json', 'places.json']);
    expect(data.failures?.[1]?.detail).toBe('expected 77 province codes');
    expect(data.indicators.indicators).toEqual([]);
    expect(data.indicators.provinces).toHaveLength(77);
    expect(basemapData(data.basemap).countries.features).toEqual([]);
  });

  it('still fails on the essential province files', () => {
    const noProvinces = { ...topo, objects: {} } as Topology;
    expect(() => buildAtlasDataPartial(provinces, noProvinces, loaded(basemap), loaded(indicators), loaded(places))).toThrow(
      'provinces.topo.json: missing object "provinces"',
    );
  });

  it('buildAtlasData stays strict', () => {
    expect(() => buildAtlasData(provinces, topo, basemap, { ...indicators, indicators: [] }, places)).toThrow('indicators.json: no indicators');
  });
});
