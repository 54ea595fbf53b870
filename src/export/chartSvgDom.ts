// SVG export of a chart (shell). The on-screen chart takes its look from CSS classes; a saved
// file has no stylesheet, so every element gets the computed values it needs as SVG
// presentation attributes (not a style="" string, which a strict CSP page may not set), and
// the title and source are added around it.
import { canvasMeasure } from '../charts/canvasMeasureDom';
import { wrapText } from '../charts/text';

const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  // The region strip scales smaller dots; their outlines do not scale.
  'vector-effect',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_SIZE = 15;
const SOURCE_SIZE = 11;
const PAD = 4;

/** Writes `source`'s computed look onto its clone `target` (and their children) as SVG attributes. */
export function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  for (const prop of PRESENTATION) {
    const v = cs.getPropertyValue(prop);
    if (v) target.setAttribute(prop, v);
  }
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  const to = [...target.children];
  [...source.children].forEach((child, i) => {
    const copy = to[i];
    if (!copy) return;
    // An element the chart keeps in the DOM but does not show draws nothing: the file leaves it out.
    if (child.getAttribute('display') === 'none') copy.remove();
    else inlineStyles(child, copy);
  });
}

function text(x: number, y: number, content: string, size: number, weight: number, fontFamily: string): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', String(weight));
  el.setAttribute('font-family', fontFamily);
  el.setAttribute('fill', '#1f2328');
  el.textContent = content;
  return el;
}

/** A standalone SVG document of `svg` with `title` above and `source` below, both wrapped to its width. */
export function serialiseChart(svg: SVGSVGElement, title: string, source: string, lang: string): string {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
  const measure = canvasMeasure(fontFamily);
  // Measured in the app font (Sarabun); where the file is opened without it, a fallback font
  // runs wider, so lines are broken with a margin to spare.
  const textWidth = (width - 2 * PAD) * 0.85;
  const titleLines = wrapText(title, textWidth, TITLE_SIZE, measure, lang, 2);
  const sourceLines = wrapText(source, textWidth, SOURCE_SIZE, measure, lang, 3);
  const HEADER = titleLines.length * (TITLE_SIZE + 4) + 8;
  const FOOTER = sourceLines.length * (SOURCE_SIZE + 3) + 8;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + HEADER + FOOTER));
  out.setAttribute('viewBox', `0 0 ${width} ${height + HEADER + FOOTER}`);
  out.setAttribute('font-family', fontFamily);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.append(bg, ...titleLines.map((line, i) => text(PAD, (i + 1) * (TITLE_SIZE + 4), line, TITLE_SIZE, 600, fontFamily)));
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${HEADER})`);
  for (const attrName of ['role', 'aria-labelledby', 'aria-describedby']) clone.removeAttribute(attrName);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  body.append(clone);
  out.append(body, ...sourceLines.map((line, i) => text(PAD, height + HEADER + (i + 1) * (SOURCE_SIZE + 3), line, SOURCE_SIZE, 400, fontFamily)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
}
