// Whether a CSS media query matches, kept up to date (narrow screens, reduced motion).
import { useEffect, useState } from 'react';

export const NARROW = '(max-width: 720px)';
/** One column (map above the panels, see styles.css), or a short window: a full legend would cover much of the map. */
export const SMALL_MAP = '(max-width: 900px), (max-height: 640px)';
/**
 * Narrow and tall enough for a bottom sheet over the map. Shorter narrow windows (a laptop at
 * 200 % zoom, a phone in landscape) stack the panels below the map and scroll the page instead,
 * so the map never disappears under the sheet.
 */
export const SHEET = '(max-width: 720px) and (min-height: 560px)';
/** Room for the indicator, year, comparison and classification controls on one toolbar row. */
export const ROOMY_TOOLBAR = '(min-width: 1500px)';
export const DARK_SCHEME = '(prefers-color-scheme: dark)';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const onChange = () => setMatches(mq.matches);
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
