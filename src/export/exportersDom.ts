// The export actions behind the dialog's buttons (shell): each gathers what it needs from the
// live page, hands the work to a pure builder or the canvas composer, and downloads the result.
import { isChangeView } from '../state/changeView';
import { changeCsvRows } from './changeCsv';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import type { Lang } from '../state/doc';
import type { IndicatorView } from '../state/indicatorView';
import { formatYear, t } from '../i18n/format';
import { indicatorCsvRows, toCsv } from './csv';
import { downloadBlob } from './download';
import { canvasToPng, composeMapCanvas } from './mapPngDom';
import { atPixelRatio, mapPicture } from './mapPictureDom';
import { serialiseChart } from './chartSvgDom';

export async function exportMapPng(view: IndicatorView, lang: Lang, scale: number, fileName: string): Promise<void> {
  await document.fonts?.ready;
  const canvas = await atPixelRatio(scale, async () => composeMapCanvas(await mapPicture(), view, lang, scale));
  downloadBlob(await canvasToPng(canvas), fileName);
}

export async function exportChartSvg(chart: string, title: string, view: IndicatorView, lang: Lang, fileName: string): Promise<void> {
  const svg = document.querySelector<SVGSVGElement>(`svg[data-chart="${chart}"]`);
  if (!svg) throw new Error('the chart is not on the page');
  const s = view.indicator.source;
  const heading = `${title}: ${view.indicator.label[lang]}, ${formatYear(view.year, lang)}`;
  const source = t(lang, 'exportSourceLine', { organisation: s.organisation[lang], title: s.title, year: s.year, licence: s.licence });
  downloadBlob(new Blob([serialiseChart(svg, heading, source, lang)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export async function exportCsv(data: AtlasData, view: IndicatorView, codes: readonly ProvinceCode[] | null, fileName: string): Promise<void> {
  // In change mode the CSV holds what the map shows: both years and the change.
  const rows = isChangeView(view)
    ? changeCsvRows(data.indicators, view.indicator, view.change.fromYear, view.change.toYear, view.change.kind, data.provinces, codes ?? undefined)
    : indicatorCsvRows(data.indicators, view.indicator, view.year, data.provinces, codes ?? undefined);
  downloadBlob(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Prints with the print stylesheet (A4 landscape); map/printSnapshot.ts swaps in a 2D map. */
export function printView(): void {
  window.print();
}
