// The UI language when the URL does not say: Thai if the browser prefers Thai over English.
import type { Lang } from '../lib/kinds';

export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'th') return 'th';
    if (base === 'en') return 'en';
  }
  return 'en';
}
