// Fetches the map data files in parallel (index.html preloads them while the bundle loads). The
// province files are essential; any other file may fail without taking the atlas down with it.
import type { Topology } from 'topojson-specification';
import { buildAtlasDataPartial, DataFileError, type AtlasData, type Loaded } from './atlasData';
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

/** Never rejects: a failure becomes a value, so no rejection is left unhandled while others load. */
function settle<T>(base: string, file: string): Promise<Loaded<T>> {
  return fetchJson<T>(base, file).then(
    (value) => ({ ok: true, value }),
    (e: unknown) => ({ ok: false, error: e instanceof DataFileError ? e : new DataFileError(file, String(e)) }),
  );
}

export async function loadAtlasData(base = import.meta.env.BASE_URL): Promise<AtlasData> {
  const [provinces, provincesTopo, basemap, indicators, places, packages] = await Promise.all([
    settle<ProvincesFile>(base, 'provinces.json'),
    settle<Topology>(base, 'provinces.topo.json'),
    settle<Topology>(base, 'basemap.topo.json'),
    settle<IndicatorsFile>(base, 'indicators.json'),
    settle<PlacesFile>(base, 'places.json'),
    fetch(`${base}data-packages.json`).then(
      (res) => (res.ok ? (res.json() as Promise<unknown>) : undefined),
      () => undefined,
    ).catch(() => ({ packages: 'not valid JSON' })),
  ]);
  if (!provinces.ok) throw provinces.error;
  if (!provincesTopo.ok) throw provincesTopo.error;
  const data = buildAtlasDataPartial(provinces.value, provincesTopo.value, basemap, indicators, places);
  // A deployment without data-packages.json, or with an empty list, loads no extra code.
  const listed = (packages as { packages?: unknown } | undefined)?.packages;
  if (listed === undefined || (Array.isArray(listed) && listed.length === 0)) return data;
  const { loadRuntimePackages } = await import('./loadRuntimePackages');
  const extra = await loadRuntimePackages(base, packages, data.indicators);
  return {
    ...data,
    indicators: { ...data.indicators, indicators: [...data.indicators.indicators, ...extra.indicators] },
    failures: [...(data.failures ?? []), ...extra.failures],
  };
}
