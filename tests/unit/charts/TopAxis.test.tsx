// @vitest-environment jsdom
// A new scale renames and moves the axis ticks in place: no tick is removed and created again.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { TopAxis } from '../../../src/charts/ChartSvg';

afterEach(cleanup);

const axis = (ticks: { value: number; x: number }[]) => (
  <svg>
    <TopAxis ticks={ticks} top={30} bottom={200} format={(v) => `${v} %`} />
  </svg>
);
const tickGroups = () => [...document.querySelectorAll('g.axis > g')];

describe('TopAxis', () => {
  it('keeps the tick elements when the values change, moving and renaming them', () => {
    const { rerender } = render(axis([{ value: 0, x: 10 }, { value: 50, x: 110 }, { value: 100, x: 210 }]));
    const before = tickGroups();
    expect(before.map((g) => g.textContent)).toEqual(['0 %', '50 %', '100 %']);
    rerender(axis([{ value: 0, x: 10 }, { value: 20, x: 60 }, { value: 40, x: 110 }, { value: 60, x: 160 }]));
    const after = tickGroups();
    expect(after.slice(0, 3).every((g, i) => g === before[i])).toBe(true);
    expect(after.map((g) => g.textContent)).toEqual(['0 %', '20 %', '40 %', '60 %']);
    expect(after.map((g) => g.getAttribute('transform'))).toEqual(['translate(10,0)', 'translate(60,0)', 'translate(110,0)', 'translate(160,0)']);
    expect(after[1]?.querySelector('line')?.getAttribute('y2')).toBe('200');
  });
});
