// The high-contrast switch: a preference of this browser (localStorage), not part of a shared
// link, applied as `data-contrast` on <html> so the CSS variables change everywhere.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

const KEY = 'atlas:contrast';

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'high';
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes): fall back to the default.
    return false;
  }
}

export function useHighContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  useEffect(() => {
    document.documentElement.dataset.contrast = on ? 'high' : 'normal';
    try {
      window.localStorage.setItem(KEY, on ? 'high' : 'normal');
    } catch {
      // Not persisted; the choice still applies to this page.
    }
  }, [on]);
  return [on, setOn];
}

export function ContrastToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const tr = useT();
  return (
    <button
      type="button"
      className="text-button contrast-toggle"
      aria-pressed={on}
      data-testid="contrast-toggle"
      aria-label={tr('highContrast')}
      title={tr('highContrast')}
      onClick={() => onChange(!on)}
    >
      <span aria-hidden="true">◐ </span>
      <span className="contrast-label">{tr('highContrast')}</span>
    </button>
  );
}
