// What the "Embed" dialog hands to a partner site (pure): the iframe snippet for the current view,
// the optional auto-height script version, and the CSP line the host page needs.

/** Escapes text for a double-quoted HTML attribute. */
export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed address of a dashboard URL: same view, `embed=1`. */
export function embedUrlOf(dashboardUrl: string): string {
  const u = new URL(dashboardUrl);
  u.searchParams.set('embed', '1');
  u.hash = '';
  return u.toString();
}

/** The full dashboard's address of an embed URL: same view, without `embed`. */
export function dashboardUrlOf(embedUrl: string): string {
  const u = new URL(embedUrl);
  u.searchParams.delete('embed');
  return u.toString();
}

/** Height the snippets start with, before the script (if any) follows `atlas:resize`. */
export const DEFAULT_EMBED_HEIGHT = 640;

export function iframeSnippet(src: string, title: string, height = DEFAULT_EMBED_HEIGHT): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" ` +
    // No style attribute: hosts with a strict CSP (no 'unsafe-inline' styles) would drop it.
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write"></iframe>`
  );
}

/** The custom-element version; `embed.js` sits beside index.html (public/embed.js). */
export function scriptSnippet(src: string, title: string): string {
  const script = new URL('embed.js', src).toString();
  return `<script src="${attr(script)}" defer></script>\n<atlas-map src="${attr(src)}" label="${attr(title)}"></atlas-map>`;
}

/** The host page's CSP additions: frame the atlas, and load the script from it when used. */
export function hostCspLine(src: string, withScript: boolean): string {
  const origin = new URL(src).origin;
  return withScript ? `frame-src ${origin}; script-src ${origin}` : `frame-src ${origin}`;
}
