// Fetches the map data files in parallel (index.html preloads them while the bundle loads).
import type { Topology } from 'topojson-specification';
import { buildAtlasData, DataFileError, type AtlasData } from './atlasData';
import type { ProvincesFile } from './types';
import type { IndicatorsFile } from './indicatorTypes';
import type { PlacesFile } from './placeTypes';

async function fetchJson<T>(base: string, file: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${base}data/${file}`);
  } catch (e) {
    throw new DataFileError(file, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new DataFileError(file, 'not valid JSON');
  }
}

export async function loadAtlasData(base = import.meta.env.BASE_URL): Promise<AtlasData> {
  const [provinces, provincesTopo, basemap, indicators, places] = await Promise.all([
    fetchJson<ProvincesFile>(base, 'provinces.json'),
    fetchJson<Topology>(base, 'provinces.topo.json'),
    fetchJson<Topology>(base, 'basemap.topo.json'),
    fetchJson<IndicatorsFile>(base, 'indicators.json'),
    fetchJson<PlacesFile>(base, 'places.json'),
  ]);
  return buildAtlasData(provinces, provincesTopo, basemap, indicators, places);
}
