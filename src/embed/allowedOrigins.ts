// The embed allow-list (pure): which host origins may drive the map with `atlas:set`. Configured
// by the deployer at build time (`VITE_ATLAS_ALLOWED_ORIGINS`) and/or at run time
// (`embed-config.json` beside index.html); an empty list means any parent may.

/** Normalises one configured origin (`https://example.org/` → `https://example.org`), or null. */
export function normaliseOrigin(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return null;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Parses a comma- or space-separated list; invalid entries are dropped. */
export function parseOriginList(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(/[\s,]+/).flatMap((s) => normaliseOrigin(s) ?? []))];
}

/** Reads `{ "allowedOrigins": [...] }` from embed-config.json; anything else gives []. */
export function originsFromConfig(json: unknown): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const list = (json as { allowedOrigins?: unknown }).allowedOrigins;
  if (!Array.isArray(list)) return [];
  return parseOriginList(list.filter((x): x is string => typeof x === 'string').join(','));
}

/** True when `origin` may send `atlas:set`: the list is empty (no restriction) or names it. */
export function originAllowed(origin: string, allowList: readonly string[]): boolean {
  return allowList.length === 0 || allowList.includes(origin);
}

/**
 * Where outbound messages go. No list: `*` (any parent may listen; the messages carry only the
 * public view). A list: the parent's origin if it is on it, nothing if it is not (our state
 * never reaches a host that is not on the list, and the browser logs no target-origin
 * mismatch); when the parent's origin is unknown, each listed origin (the browser delivers to
 * the one that matches). `null` (config unreadable): nothing.
 */
export function outboundTargets(allowList: readonly string[] | null, parent: string | null): string[] {
  if (allowList === null) return [];
  if (allowList.length === 0) return ['*'];
  if (parent === null) return [...allowList];
  return allowList.includes(parent) ? [parent] : [];
}
