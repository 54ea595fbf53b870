// @vitest-environment jsdom
// Hover is shown outside React's render: the store's hover moves `is-hovered` between marks, and
// the component that holds them does not render again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { hoverProvince, initialState, store } from '../../../src/state/store';
import { useHoverClass } from '../../../src/charts/useMarkState';

let renders = 0;

function Marks({ selected }: { selected: string }) {
  renders++;
  const ref = useRef<HTMLDivElement>(null);
  useHoverClass(ref);
  return (
    <div ref={ref}>
      {['TH-10', 'TH-20', 'TH-30', 'TH-"x\\'].map((code) => (
        <span key={code} data-code={code} className={code === selected ? 'mark is-selected' : 'mark'} />
      ))}
      <span data-code="TH-20" className="not-a-mark" />
    </div>
  );
}

const cls = (code: string) => document.querySelector(`.mark[data-code="${code}"]`)?.getAttribute('class');

beforeEach(() => {
  store.setState(initialState('en'), true);
  renders = 0;
});
afterEach(cleanup);

describe('useHoverClass', () => {
  it('moves is-hovered between marks without rendering their component again', () => {
    render(<Marks selected="TH-30" />);
    expect(renders).toBe(1);
    act(() => hoverProvince('TH-20'));
    expect(cls('TH-20')).toBe('mark is-hovered');
    expect(document.querySelector('.not-a-mark')?.classList.contains('is-hovered')).toBe(false);
    act(() => hoverProvince('TH-10'));
    expect(cls('TH-10')).toBe('mark is-hovered');
    expect(cls('TH-20')).toBe('mark');
    act(() => hoverProvince(null));
    expect(document.querySelectorAll('.is-hovered')).toHaveLength(0);
    expect(renders).toBe(1);
  });

  it('puts the class back when a render rewrites the hovered mark\'s class', () => {
    const { rerender } = render(<Marks selected="TH-30" />);
    act(() => hoverProvince('TH-10'));
    // React sets TH-10's class anew (it becomes selected), which drops the hover class.
    rerender(<Marks selected="TH-10" />);
    expect(cls('TH-10')).toBe('mark is-selected is-hovered');
    expect(cls('TH-30')).toBe('mark');
  });

  it('finds a mark whose code needs escaping in a CSS selector', () => {
    render(<Marks selected="TH-30" />);
    act(() => hoverProvince('TH-"x\\'));
    expect(document.querySelectorAll('.is-hovered')).toHaveLength(1);
    expect(document.querySelector('.is-hovered')?.getAttribute('data-code')).toBe('TH-"x\\');
  });
});
