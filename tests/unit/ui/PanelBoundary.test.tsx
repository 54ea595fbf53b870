// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PanelBoundary } from '../../../src/ui/PanelBoundary';
import { initialState, setLang, store } from '../../../src/state/store';

/** Throws while `broken.now` is true; counts its renders. */
const broken = { now: true };
function Fragile() {
  const [clicks, setClicks] = useState(0);
  if (broken.now) throw new Error('boom');
  return (
    <button type="button" onClick={() => setClicks((c) => c + 1)}>
      fine {clicks}
    </button>
  );
}

describe('PanelBoundary', () => {
  beforeEach(() => {
    store.setState(initialState('en'));
    broken.now = true;
    // React reports caught errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('replaces only the failed panel, and the reload button mounts it again', () => {
    render(
      <div>
        <PanelBoundary name="fragile">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="sibling">
          <p>sibling works</p>
        </PanelBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This part of the page stopped working.');
    expect(screen.getByText('sibling works')).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'fine 0' }));
    expect(screen.getByRole('button', { name: 'fine 1' })).toBeTruthy();
  });

  it('speaks Thai, and keeps failing when the panel still throws', () => {
    setLang('th');
    render(
      <PanelBoundary name="fragile">
        <Fragile />
      </PanelBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'โหลดส่วนนี้ใหม่' }));
    expect(screen.getByRole('alert').textContent).toContain('ส่วนนี้ของหน้าหยุดทำงาน');
  });
});
