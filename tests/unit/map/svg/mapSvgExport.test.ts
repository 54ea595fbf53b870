// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shippedAtlasData } from '../../../fixtures/shippedData';
import { basemapLayer } from '../../../../src/data/atlasData';
import { escapeXml, mapSvgFileName, mapSvgString } from '../../../../src/map/svg/mapSvgExport';
import { indicatorViewOf } from '../../../../src/state/indicatorView';
import { defaultDoc } from '../../../../src/state/doc';

// The shipped files: the SVG map must draw exactly what the WebGL map draws.
const data = shippedAtlasData();

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const err = doc.querySelector('parsererror');
  if (err) throw new Error(err.textContent ?? 'parse error');
  return doc;
}

describe('mapSvgString', () => {
  const doc = { ...defaultDoc('en'), indicator: 'hai', year: 2021 };
  const view = indicatorViewOf(data.indicators, doc);
  if (!view) throw new Error('no view');
  const svg = mapSvgString({
    features: data.features,
    land: basemapLayer(data.basemap, 'countries').features,
    view,
    selected: ['TH-56'],
    pilots: [...data.pilotCodes],
    lang: 'en',
  });
  const dom = parse(svg);

  it('is a standalone SVG with a title naming the indicator and year', () => {
    expect(dom.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(dom.querySelector('title')?.textContent).toBe(`${view.indicator.label.en}, 2021`);
    // No inline style strings: the export is also shown inside a page under a strict CSP.
    expect(svg).not.toMatch(/style=/);
  });

  it('fills every province with the same colour as the map', () => {
    const paths = [...dom.querySelectorAll('path[data-iso]')];
    expect(paths).toHaveLength(77);
    for (const p of paths) {
      const code = p.getAttribute('data-iso') as 'TH-10';
      expect(p.getAttribute('fill')).toBe(view.hexOf(code));
    }
  });

  it('has the legend: a swatch per class plus no data, with counts', () => {
    const swatches = [...dom.querySelectorAll('rect[width="22"]')];
    expect(swatches.map((r) => r.getAttribute('fill'))).toEqual([
      ...view.bins.map((b) => b.color),
      ...(view.missing.length > 0 ? ['#c9c9c9'] : []),
    ]);
    const texts = [...dom.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain('Legend');
    expect(texts).toContain(`Source: ${view.indicator.source.organisation.en}. Boundaries: Natural Earth. Learning City Atlas`);
    expect(texts.filter((t) => / \(\d+\)$/.test(t)).map((t) => Number(/\((\d+)\)$/.exec(t)?.[1]))).toEqual([
      ...view.bins.map((b) => b.codes.length),
      ...(view.missing.length > 0 ? [view.missing.length] : []),
    ]);
  });

  it('outlines the selection and the pilots', () => {
    const outlines = [...dom.querySelectorAll('path[fill="none"]')];
    // Two strokes per pilot (casing and core) and one for the selection.
    expect(outlines).toHaveLength(data.pilotCodes.size * 2 + 1);
    expect(outlines.at(-1)?.getAttribute('stroke')).toBe('rgb(178,34,34)');
  });

  it('writes Thai and escapes text', () => {
    const th = mapSvgString({ features: data.features, land: [], view, selected: [], pilots: [], lang: 'th' });
    expect(parse(th).querySelector('title')?.textContent).toContain('2564');
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    expect(mapSvgFileName(view)).toBe('atlas-hai-2021-map.svg');
  });

  it('draws a plain map without an indicator', () => {
    const plain = parse(mapSvgString({ features: data.features, land: [], view: null, selected: [], pilots: [], lang: 'en' }));
    expect(plain.querySelectorAll('path[data-iso]')).toHaveLength(77);
    expect(plain.querySelectorAll('rect[width="22"]')).toHaveLength(0);
  });
});
