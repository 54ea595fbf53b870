// Whether a CSS media query matches, kept up to date (narrow screens, reduced motion).
import { useEffect, useState } from 'react';

export const NARROW = '(max-width: 720px)';
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
