// Builds, simplifies and quantizes TopoJSON, and serialises it deterministically.
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** How to turn GeoJSON into a shipped topology. */
export interface TopologyOptions {
  /**
   * Visvalingam weight below which points are removed (planar triangle area in square degrees;
   * 0 keeps every point). Rings whose own area is below it are removed too.
   */
  minWeight: number;
  /** Grid size for quantization, e.g. 1e5 (points per axis of the bbox). */
  quantization: number;
}

/**
 * Builds one topology from named feature collections, with shared arcs, then simplifies and
 * quantizes it. Feature ids and properties are carried over as they are; order is preserved.
 */
export function buildTopology(
  collections: Record<string, FeatureCollection>,
  { minWeight, quantization }: TopologyOptions,
): Topology {
  // topojson-server joins identical coordinate runs into shared arcs, which is what lets the app
  // draw each border once with topojson `mesh`.
  // @types/topojson-simplify wants Objects<{}> where topojson-server gives Objects<GeoJsonProperties>;
  // the two differ only in the properties type, which simplification never reads.
  let topo = topology(collections) as Topology<Objects>;
  if (minWeight > 0) {
    topo = simplify(presimplify(topo), minWeight);
    // Islands smaller than the threshold would otherwise collapse to degenerate 2-point rings.
    topo = filter(topo, filterWeight(topo, minWeight, planarRingArea)) as Topology<Objects>;
  }
  return quantize(topo, quantization);
}

/** Decodes one GeometryCollection object of a topology into GeoJSON features. */
export function decodeFeatures(topo: Topology, name: string): Feature<Geometry, GeoJsonProperties>[] {
  const object = topo.objects[name];
  if (object === undefined || object.type !== 'GeometryCollection') {
    throw new Error(`topology has no GeometryCollection "${name}"`);
  }
  return (object as GeometryCollection).geometries.map((g) => feature(topo, g) as Feature<Geometry, GeoJsonProperties>);
}

// Keys we know come first, in reading order; any other key follows alphabetically.
const KEY_ORDER = ['type', 'id', 'properties', 'bbox', 'transform', 'objects', 'geometries', 'arcs', 'coordinates'];

/**
 * JSON.stringify with a fixed key order at every level (known keys first, then alphabetical),
 * compact, plus a final newline — so the same data always gives the same bytes.
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(reorder(value))}\n`;
}

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (k: string): number => {
    const i = KEY_ORDER.indexOf(k);
    return i === -1 ? KEY_ORDER.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, reorder(v)]));
}
