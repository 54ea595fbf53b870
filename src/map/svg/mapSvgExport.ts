// The map as a standalone SVG document for print and vector export: the same projection and
// colours as the SVG map, with a title, the legend (every class with its range and count, and
// "no data"), and the source and boundary attribution. Pure: returns a string; the caller saves it.
import type { Feature, Geometry } from 'geojson';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import type { IndicatorView } from '../../state/indicatorView';
import type { Lang } from '../../state/doc';
import { formatYear, t } from '../../i18n/format';
import { changeTitleOf, formatViewValue, viewUnitLabel } from '../../i18n/changeFormat';
import { NO_DATA_HEX } from '../../lib/palettes';
import { LIGHT_BASEMAP } from '../palette';
import { svgMapLayout } from './svgMapLayout';
import { BORDER, outlineStroke, PILOT_STROKES, provinceFill } from './svgMapStyle';
import { exportFileName } from '../../lib/exportFileName';

export interface MapSvgInput {
  features: readonly ProvinceFeature[];
  /** Neighbouring countries (basemap), may be empty. */
  land: readonly Feature<Geometry | null>[];
  view: IndicatorView | null;
  selected: readonly ProvinceCode[];
  /** Pilot provinces, drawn as the cased outline; empty to leave them out. */
  pilots: readonly ProvinceCode[];
  lang: Lang;
  /** Whole document size in px (default 900 × 1000). */
  width?: number;
  height?: number;
}

const LEGEND_W = 260;
const TOP = 64;
const BOTTOM = 56;
const FONT = "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif";

/** Escapes text and attribute values for XML. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeXml(body)}</text>`;
}

function legend(view: IndicatorView, lang: Lang, x: number, y: number): string[] {
  const fmt = (v: number) => formatViewValue(view, v, lang, { withUnit: false });
  const unit = viewUnitLabel(view, lang).trim();
  const rows = view.bins.map((b) => ({ color: b.color, label: `${fmt(b.from)} – ${fmt(b.to)}`, count: b.codes.length }));
  if (view.missing.length > 0) rows.push({ color: NO_DATA_HEX, label: t(lang, 'noDataProvinces'), count: view.missing.length });
  const out = [text(x, y, `${t(lang, 'legendTitle')}${unit ? ` (${unit})` : ''}`, 'font-weight="600" font-size="14"')];
  rows.forEach((r, i) => {
    const ry = y + 16 + i * 24;
    out.push(`<rect x="${x}" y="${ry}" width="22" height="16" fill="${r.color}" stroke="#666" stroke-width="0.5"/>`);
    out.push(text(x + 30, ry + 13, `${r.label} (${r.count})`, 'font-size="13"'));
  });
  return out;
}

/** The map and its legend as an SVG document (UTF-8 text, starts with `<svg`). */
export function mapSvgString(input: MapSvgInput): string {
  const width = input.width ?? 900;
  const height = input.height ?? 1000;
  const { view, lang } = input;
  const mapBox = { width: width - LEGEND_W, height: height - TOP - BOTTOM };
  const layout = svgMapLayout(input.features, input.land, mapBox);
  const title = view
    ? changeTitleOf(view, lang) ?? t(lang, 'exportSvgTitle', { indicator: view.indicator.label[lang], year: formatYear(view.year, lang) })
    : t(lang, 'appTitle');
  const source = view ? t(lang, 'exportSvgSource', { source: view.indicator.source.organisation[lang] }) : t(lang, 'appTitle');
  const byCode = new Map(layout.provinces.map((p) => [p.code, p.d]));
  const outline = (codes: readonly ProvinceCode[], stroke: string, w: number) =>
    codes.flatMap((c) => {
      const d = byCode.get(c);
      return d ? [`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${w}" stroke-linejoin="round"/>`] : [];
    });
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" lang="${lang}" role="img" aria-labelledby="atlas-export-title">`,
    `<title id="atlas-export-title">${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(24, 40, title, 'font-size="22" font-weight="600" fill="#1a1a1a"'),
    `<g transform="translate(${LEGEND_W},${TOP})">`,
    `<rect width="${mapBox.width}" height="${mapBox.height}" fill="${LIGHT_BASEMAP.water}"/>`,
    `<g fill="${LIGHT_BASEMAP.land}" stroke="${LIGHT_BASEMAP.border}" stroke-width="0.5">`,
    ...layout.land.map((d) => `<path d="${d}"/>`),
    '</g>',
    `<g stroke="${BORDER.stroke}" stroke-width="${BORDER.width}" stroke-linejoin="round">`,
    ...layout.provinces.map((p) => {
      const f = provinceFill(p.code, view?.colorOf, null, null, []);
      return `<path d="${p.d}" fill="${f.fill}" data-iso="${p.code}"/>`;
    }),
    '</g>',
    ...PILOT_STROKES.flatMap((s) => outline(input.pilots, s.stroke, s.width)),
    ...input.selected.flatMap((c) => {
      const s = outlineStroke(c, null, input.selected);
      return outline([c], s.stroke, s.width);
    }),
    '</g>',
    ...(view ? legend(view, lang, 24, TOP + 24) : []),
    text(24, height - 20, source, 'font-size="12" fill="#444"'),
    '</svg>',
  ];
  return parts.join('\n');
}

/** A file name for the export, named like every other export: `atlas-<indicator>-<year>-map.svg`. */
export function mapSvgFileName(view: IndicatorView | null): string {
  return view ? exportFileName(view.indicator.id, view.year, 'svg', 'map') : 'atlas-map.svg';
}
