// The file name every export (CSV, PNG, SVG) is saved under. Pure.

/** File name for an export: `atlas-<indicator>-<year>[-suffix].<ext>`, safe on every OS. */
export function exportFileName(indicatorId: string, year: number, ext: string, suffix = ''): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `atlas-${safe(indicatorId)}-${year}${suffix ? `-${safe(suffix)}` : ''}.${ext}`;
}
