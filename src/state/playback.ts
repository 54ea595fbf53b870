// The year control's animation: which year comes next while playing. Pure.

/** The year after `current` in `years`, or `null` at the end (the player stops there). */
export function nextYear(years: readonly number[], current: number): number | null {
  const later = years.find((y) => y > current);
  return later ?? null;
}

/** Where play starts: the first year if the current one is the last (replay), else the current. */
export function playStart(years: readonly number[], current: number): number {
  return current >= (years[years.length - 1] ?? current) ? (years[0] ?? current) : current;
}

/** Milliseconds each year stays on screen while playing. */
export const PLAY_STEP_MS = 1200;
