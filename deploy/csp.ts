// The production Content-Security-Policy, in one place: vite.config.ts writes it into the built
// index.html as a <meta>, examples/nginx.conf sends it as a header (a unit test checks they
// agree), and the CSP e2e serves the build with it and counts violations (zero).
// Why each directive is what it is: README → Deploy.

/** Directives shared by the header and the <meta>. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // Vite's module scripts and the lazily loaded chunks: files from our origin, nothing inline.
  ['script-src', "'self'"],
  // Stylesheets from our origin only; React, MapLibre and deck.gl set styles through the CSSOM
  // (element.style), which CSP does not restrict.
  ['style-src', "'self'"],
  // data: for small images Vite inlines; blob: for export previews and downloads.
  ['img-src', "'self' data: blob:"],
  // data: for font subsets small enough for Vite to inline.
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // MapLibre's worker is a file from our origin (maplibregl.setWorkerUrl), never a blob: URL.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Only in the header: a <meta> cannot carry frame-ancestors (browsers ignore it there).
 * Embedding is the point of embed=1, so any site may frame the atlas; narrow it to your
 * partners' origins if you want to.
 */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', '*']];

const join = (ds: readonly (readonly [string, string])[]) => ds.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy for the Content-Security-Policy response header. */
export function cspHeader(): string {
  return join([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` in the built index.html. */
export function cspMeta(): string {
  return join(CSP_DIRECTIVES);
}

/**
 * Every response header examples/nginx.conf adds besides caching: what the e2e suite and the bench
 * serve the build with, so workers and lazily loaded chunks run under the production policy too.
 */
export function productionHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
