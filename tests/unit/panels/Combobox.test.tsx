// @vitest-environment jsdom
// The combobox follows the WAI-ARIA APG pattern: the active option is the input's
// aria-activedescendant and the only aria-selected one, it is scrolled into view, and "no match"
// is a status outside the listbox.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Combobox } from '../../../src/panels/Combobox';

const ITEMS = ['Bangkok', 'Chiang Mai', 'Chiang Rai', 'Phayao', 'Yala'];
const scrolled: string[] = [];

beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout, so no scrollIntoView: record which element asked.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.id);
  });
});
afterEach(cleanup);

function renderBox(onChoose = vi.fn()) {
  render(
    <Combobox<string>
      label="Province"
      display="Phayao"
      placeholder="Search"
      options={(q) => ITEMS.filter((x) => x.toLowerCase().includes(q.toLowerCase()))}
      keyOf={(x) => x.replace(' ', '-')}
      render={(x) => <span className="option-label">{x}</span>}
      onChoose={onChoose}
      isCurrent={(x) => x === 'Phayao'}
      emptyText={(q) => `Nothing matches “${q}”`}
      testId="box"
      openOnFocus
    />,
  );
  return screen.getByTestId('box');
}

describe('Combobox', () => {
  it('marks the active option (not the current choice) selected and points aria-activedescendant at it', () => {
    const input = renderBox();
    fireEvent.focus(input);
    // Opening on focus starts at the current choice.
    const active = () => screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(active().map((o) => o.textContent)).toEqual(['Phayao']);
    expect(input.getAttribute('aria-activedescendant')).toBe(active()[0]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active().map((o) => o.textContent)).toEqual(['Yala']);
    expect(input.getAttribute('aria-activedescendant')).toBe(active()[0]?.id);
    expect(scrolled.at(-1)).toBe(active()[0]?.id);
    // The current choice is still shown as such, without claiming selection.
    const phayao = screen.getByRole('option', { name: 'Phayao' });
    expect(phayao.getAttribute('aria-selected')).toBe('false');
    expect(phayao.classList.contains('is-current')).toBe(true);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(active().map((o) => o.textContent)).toEqual(['Chiang Rai']);
    expect(scrolled.at(-1)).toBe(active()[0]?.id);
  });

  it('says "no match" in a status outside the listbox, and is not expanded then', () => {
    const input = renderBox();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Nothing matches “zzz”');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('keeps a list that opens on focus in the page, hidden, once chosen from, and shows the same nodes again', () => {
    const onChoose = vi.fn();
    const input = renderBox(onChoose);
    // Never opened: nothing rendered yet.
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    fireEvent.focus(input);
    const list = screen.getByRole('listbox');
    const yala = screen.getByRole('option', { name: 'Yala' });
    fireEvent.mouseDown(yala);
    expect(onChoose).toHaveBeenCalledWith('Yala');
    // Closed: hidden from everyone (no listbox, no option by role), not expanded, nothing active.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(list.isConnected).toBe(true);
    expect(list.hidden).toBe(true);
    expect(list.querySelectorAll('[aria-selected="true"], .is-active')).toHaveLength(0);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.blur(input);
    fireEvent.focus(input);
    expect(screen.getByRole('listbox')).toBe(list);
    expect(screen.getByRole('option', { name: 'Yala' })).toBe(yala);
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')?.id);
  });

  it('chooses the active option with Enter', () => {
    const onChoose = vi.fn();
    const input = renderBox(onChoose);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'chiang' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('Chiang Rai');
  });
});
