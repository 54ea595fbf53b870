// Benchmark reference: Thailand's 77 provinces drawn with maplibre-gl + deck.gl and nothing else,
// so `npm run bench` can tell what the app adds on top of its stack's floor.
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Province = Feature<Geometry, Record<string, unknown>>;

/** Thailand, [west, south, east, north]. */
const BOUNDS: [number, number, number, number] = [97.3, 5.6, 105.7, 20.5];
const PROVINCE_COUNT = 77;
/** Same mark name as the app (DESIGN.md "Performance marks"). */
const READY_MARK = 'atlas:map-ready';

// A few fills keyed on the ISO number, only so neighbouring provinces are told apart on screenshots.
const FILLS: [number, number, number][] = [
  [102, 194, 165],
  [252, 141, 98],
  [141, 160, 203],
  [231, 138, 195],
  [166, 216, 84],
];

async function loadProvinces(): Promise<Province[]> {
  const response = await fetch('./data/provinces.topo.json');
  if (!response.ok) throw new Error(`provinces: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ provinces: GeometryCollection }>;
  return feature(topology, topology.objects.provinces).features as Province[];
}

function fillOf(f: Province): [number, number, number] {
  const n = Number(String(f.id).slice(3));
  return FILLS[n % FILLS.length] ?? [200, 200, 200];
}

maplibregl.setWorkerUrl(workerUrl);

// The fetch starts before the map exists, as any reasonable page would do.
let provinces: Province[] = [];
const data = loadProvinces().then((features) => (provinces = features));

const map = new maplibregl.Map({
  container: 'map',
  // No sources, glyphs or sprites: the reference makes no request but the provinces file.
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef3f7' } }],
  },
  bounds: BOUNDS,
  fitBoundsOptions: { padding: 20 },
});

const layer = new GeoJsonLayer<Record<string, unknown>>({
  id: 'provinces',
  data,
  getFillColor: fillOf,
  getLineColor: [255, 255, 255],
  lineWidthMinPixels: 1,
});

let marked = false;
const overlay = new MapLibreOverlay({
  layers: [layer],
  // First frame drawn with all provinces loaded: the same moment the app marks.
  onAfterRender: () => {
    if (!marked && layer.isLoaded && provinces.length === PROVINCE_COUNT) {
      marked = true;
      performance.mark(READY_MARK);
    }
  },
});
map.addControl(overlay);
