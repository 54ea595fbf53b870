// @vitest-environment jsdom
// The one legend list: rows from the choropleth's bins, a no-data row, buttons only when they light.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { choropleth } from '../../../src/data/choropleth';
import { ChoroplethBins } from '../../../src/ui/ChoroplethBins';

const values: Record<string, number> = { a: 1, b: 2, d: 3, e: 4 };
const c = choropleth({ keys: ['a', 'b', 'c', 'd', 'e'], valueOf: (k) => values[k], classifyOver: Object.values(values), method: 'equal', k: 2, polarity: 'neutral' });
const common = { bins: c.bins, missing: c.missing, fmt: (v: number) => v.toFixed(1), noDataLabel: 'No data', count: (n: number) => `${n} items` };

afterEach(cleanup);

describe('ChoroplethBins', () => {
  it('lists each class with its colour, range and count, then no data', () => {
    const { container } = render(<ChoroplethBins {...common} rowClass="district-bin" />);
    const rows = [...container.querySelectorAll('li.district-bin')];
    expect(rows.map((r) => r.getAttribute('data-bin'))).toEqual(['0', '1', 'no-data']);
    expect(rows.map((r) => r.querySelector('.range')?.textContent)).toEqual(['1.0 – 2.5', '2.5 – 4.0', 'No data']);
    expect(rows.map((r) => r.querySelector('.count')?.textContent)).toEqual(['2 items', '2 items', '1 items']);
    expect((rows[0]?.querySelector('.swatch') as HTMLElement).style.background).not.toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('makes rows buttons that light their features when asked, and marks the lit one', () => {
    const lit: (readonly string[] | null)[] = [];
    const { rerender } = render(<ChoroplethBins {...common} rowClass="legend-bin" onLight={(codes) => lit.push(codes)} lit={null} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    fireEvent.mouseEnter(buttons[1] as HTMLElement);
    fireEvent.mouseLeave(buttons[1] as HTMLElement);
    fireEvent.focus(buttons[2] as HTMLElement);
    expect(lit).toEqual([c.bins[1]?.codes, null, c.missing]);
    rerender(<ChoroplethBins {...common} rowClass="legend-bin" onLight={() => {}} lit={c.missing} />);
    expect(screen.getAllByRole('button').map((b) => b.className)).toEqual(['legend-bin', 'legend-bin', 'legend-bin no-data is-lit']);
  });

  it('has no no-data row when every feature has a value', () => {
    const { container } = render(<ChoroplethBins {...common} missing={[]} rowClass="legend-bin" />);
    expect(container.querySelector('[data-bin="no-data"]')).toBeNull();
  });
});
