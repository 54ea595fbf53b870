// Filtering the indicator list as the user types, in Thai or English, whatever the UI language.
import type { Indicator } from '../data/indicatorTypes';

/** Lowercases and drops spaces and punctuation, so "GPP per capita" matches "gpppercapita". */
function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\-_.,()/]+/g, '');
}

/**
 * Indicators whose id, Thai or English label (or description) contain every word of `query`.
 * Matches on the label come before matches on the description only; order is otherwise kept.
 */
export function filterIndicators(list: readonly Indicator[], query: string): Indicator[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return [...list];
  const inLabel: Indicator[] = [];
  const inDescription: Indicator[] = [];
  for (const ind of list) {
    const label = fold(`${ind.id} ${ind.label.en} ${ind.label.th}`);
    const desc = fold(`${ind.description.en} ${ind.description.th}`);
    if (words.every((w) => label.includes(w))) inLabel.push(ind);
    else if (words.every((w) => label.includes(w) || desc.includes(w))) inDescription.push(ind);
  }
  return [...inLabel, ...inDescription];
}
