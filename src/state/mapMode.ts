// Which comparison the map shows. The document keeps the URL's keys (`compare`, `change`,
// `bivariate`, `multiples`); this module turns them into one mode, and a mode back into keys, so
// the URL, a host's `atlas:set`, a story slide and the mode control cannot disagree. Pure.
import type { Unit } from '../data/indicatorTypes';
import type { ChangeKind, Doc } from './doc';

export type MapMode = 'single' | 'compare' | 'change' | 'bivariate' | 'multiples';

export const MAP_MODES: readonly MapMode[] = ['single', 'compare', 'change', 'bivariate', 'multiples'];

/** The document's fields that say which mode shows. */
export type ModeFields = Pick<Doc, 'compare' | 'change' | 'bivariate' | 'multiples'>;

/**
 * The mode the keys ask for. When several are set (a hand-edited link) one wins, in the order
 * multiples, bivariate, change, compare; `change` without `compare` is no change.
 */
export function mapModeOf(doc: ModeFields): MapMode {
  if (doc.multiples) return 'multiples';
  if (doc.bivariate) return 'bivariate';
  if (doc.compare !== null) return doc.change ? 'change' : 'compare';
  return 'single';
}

/** True for the modes that need an indicator with two or more years. */
export function needsYears(mode: MapMode): boolean {
  return mode === 'compare' || mode === 'change' || mode === 'multiples';
}

/**
 * The mode actually drawn: one that needs years falls back to a single map for an indicator with
 * one year (nothing to compare).
 */
export function effectiveMode(doc: ModeFields, yearCount: number): MapMode {
  const mode = mapModeOf(doc);
  return needsYears(mode) && yearCount < 2 ? 'single' : mode;
}

/**
 * The keys of one mode, every other mode's keys cleared. `compare` is the year to compare with
 * (kept from the document when not given); `change` says difference or % change.
 */
export function modeFields(mode: MapMode, compare: number | null, change: ChangeKind = 'diff'): ModeFields {
  const off: ModeFields = { compare: null, change: null, bivariate: false, multiples: false };
  switch (mode) {
    case 'single':
      return off;
    case 'compare':
      return compare === null ? off : { ...off, compare };
    case 'change':
      return compare === null ? off : { ...off, compare, change };
    case 'bivariate':
      return { ...off, bivariate: true };
    case 'multiples':
      return { ...off, multiples: true };
    default: {
      const never: never = mode;
      throw new Error(`unknown map mode ${String(never)}`);
    }
  }
}

/** The keys normalised to the one mode they ask for (what `decode` keeps). */
export function normaliseModes(doc: ModeFields): ModeFields {
  return modeFields(mapModeOf(doc), doc.compare, doc.change ?? 'diff');
}

/**
 * The year to compare with when a comparison is switched on without one: the indicator's first
 * year, or its second when the shown year is the first.
 */
export function defaultCompareYear(years: readonly number[], year: number): number | null {
  const first = years[0];
  if (first === undefined || years.length < 2) return null;
  return first === year ? (years[1] ?? null) : first;
}

/** Units whose change can also be read as a % change (counts and amounts, not shares or indices). */
const PCT_CHANGE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['people', 'count', 'baht', 'million-baht']);

export function allowsPctChange(unit: Unit): boolean {
  return PCT_CHANGE_UNITS.has(unit);
}
