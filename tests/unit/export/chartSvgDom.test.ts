// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inlineStyles } from '../../../src/export/chartSvgDom';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('inlineStyles', () => {
  it('leaves out the marks a chart keeps hidden, and keeps the rest with their look', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.innerHTML =
      '<title>Ranking</title><g class="row"><path class="glyph" display="none" d="M0,0Z"/><circle class="glyph" cx="1" cy="1" r="2"/><rect class="bar" fill="#123456" width="3" height="1"/></g>';
    document.body.append(svg);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    expect(clone.querySelector('path')).toBeNull();
    expect([...clone.querySelectorAll('g > *')].map((el) => el.tagName)).toEqual(['circle', 'rect']);
    expect(clone.querySelector('title')?.textContent).toBe('Ranking');
    expect(clone.querySelector('[class]')).toBeNull();
    expect(clone.querySelector('rect')?.getAttribute('width')).toBe('3');
  });
});
