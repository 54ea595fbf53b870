// Keyboard navigation through a chart's marks, as pure functions: given the marks in the chart's
// order, the mark that has focus and a key (`KeyboardEvent.key`), the mark to focus next. Each
// returns `null` for a key it does not handle (the browser keeps it: Tab, letters, …) and the
// current mark at an edge (the key is still ours: the page must not scroll). No DOM, no React.

/** A mark on a value axis: its key and position in px along that axis. */
export interface AxisMark<K> {
  key: K;
  x: number;
}

/** A mark in two dimensions; `y` grows upwards (a value, not a screen coordinate). */
export interface PlaneMark<K> {
  key: K;
  x: number;
  y: number;
}

function clampIndex(i: number, length: number): number {
  return Math.max(0, Math.min(length - 1, i));
}

/** Index of `current` in `keys`, or 0 when it is not there (focus enters at the first). */
function indexOr0<K>(keys: readonly K[], current: K): number {
  const i = keys.indexOf(current);
  return i < 0 ? 0 : i;
}

/**
 * A vertical list (the rank chart): ↓/↑ next/previous, Home/End first/last, PageDown/PageUp
 * `page` marks on (default 10).
 */
export function listNav<K>(keys: readonly K[], current: K, key: string, page = 10): K | null {
  if (keys.length === 0) return null;
  const i = indexOr0(keys, current);
  const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
  let next: number;
  if (key === 'Home') next = 0;
  else if (key === 'End') next = keys.length - 1;
  else if (key in step) next = i + (step[key] as number);
  else return null;
  return keys[clampIndex(next, keys.length)] as K;
}

/**
 * Rows of marks (the region strip; each row sorted left to right): ←/→ within the row,
 * Home/End its first/last, ↑/↓ to the previous/next row that has marks, at the mark nearest
 * in x (the left one on a tie).
 */
export function rowsNav<K>(rows: readonly (readonly AxisMark<K>[])[], current: K, key: string): K | null {
  const filled = rows.filter((r) => r.length > 0);
  if (filled.length === 0) return null;
  let ri = filled.findIndex((r) => r.some((m) => m.key === current));
  if (ri < 0) ri = 0;
  const row = filled[ri] as readonly AxisMark<K>[];
  const mi = Math.max(0, row.findIndex((m) => m.key === current));
  const here = row[mi] as AxisMark<K>;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return (row[clampIndex(mi + (key === 'ArrowRight' ? 1 : -1), row.length)] as AxisMark<K>).key;
    case 'Home':
      return (row[0] as AxisMark<K>).key;
    case 'End':
      return (row[row.length - 1] as AxisMark<K>).key;
    case 'ArrowUp':
    case 'ArrowDown': {
      const to = filled[ri + (key === 'ArrowDown' ? 1 : -1)];
      return to ? nearestInX(to, here.x).key : here.key;
    }
    default:
      return null;
  }
}

/** The mark nearest `x` (the first of equals); `marks` is not empty. */
function nearestInX<M extends { x: number }>(marks: readonly M[], x: number): M {
  let best = marks[0] as M;
  for (const m of marks) if (Math.abs(m.x - x) < Math.abs(best.x - x)) best = m;
  return best;
}

/**
 * A scatter plot: ←/→ to the next lower/higher x (ties by y, then input order), ↑/↓ to the
 * next higher/lower y (ties by x), Home/End the lowest/highest x.
 */
export function planeNav<K>(marks: readonly PlaneMark<K>[], current: K, key: string): K | null {
  if (marks.length === 0) return null;
  const indexed = marks.map((m, i) => ({ m, i }));
  const byX = [...indexed].sort((a, b) => a.m.x - b.m.x || a.m.y - b.m.y || a.i - b.i).map((e) => e.m.key);
  const byY = [...indexed].sort((a, b) => a.m.y - b.m.y || a.m.x - b.m.x || a.i - b.i).map((e) => e.m.key);
  const step = (order: K[], d: number) => order[clampIndex(indexOr0(order, current) + d, order.length)] as K;
  switch (key) {
    case 'ArrowRight':
      return step(byX, 1);
    case 'ArrowLeft':
      return step(byX, -1);
    case 'ArrowUp':
      return step(byY, 1);
    case 'ArrowDown':
      return step(byY, -1);
    case 'Home':
      return byX[0] as K;
    case 'End':
      return byX[byX.length - 1] as K;
    default:
      return null;
  }
}

/**
 * Lines of points (the time series; each line's points sorted by x, i.e. year): ←/→ along the
 * line, Home/End its first/last point; ↑/↓ to the line just above/below at the nearest x. "Above"
 * compares each other line's point nearest in x by `y`, ties broken by the lines' order, so ↑
 * then ↓ comes back.
 */
export function seriesNav<K>(lines: readonly (readonly PlaneMark<K>[])[], current: K, key: string): K | null {
  const filled = lines.map((points, line) => ({ points, line })).filter((l) => l.points.length > 0);
  if (filled.length === 0) return null;
  let li = filled.findIndex((l) => l.points.some((p) => p.key === current));
  if (li < 0) li = 0;
  const { points, line } = filled[li] as (typeof filled)[number];
  const pi = Math.max(0, points.findIndex((p) => p.key === current));
  const here = points[pi] as PlaneMark<K>;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return (points[clampIndex(pi + (key === 'ArrowRight' ? 1 : -1), points.length)] as PlaneMark<K>).key;
    case 'Home':
      return (points[0] as PlaneMark<K>).key;
    case 'End':
      return (points[points.length - 1] as PlaneMark<K>).key;
    case 'ArrowUp':
    case 'ArrowDown': {
      const column = filled.map((l) => ({ line: l.line, p: l.line === line ? here : nearestInX(l.points, here.x) }));
      column.sort((a, b) => a.p.y - b.p.y || a.line - b.line);
      const at = column.findIndex((c) => c.line === line);
      return (column[clampIndex(at + (key === 'ArrowUp' ? 1 : -1), column.length)] as (typeof column)[number]).p.key;
    }
    default:
      return null;
  }
}

/**
 * The mark that holds the chart's one tab stop: the last one focused while it is still drawn,
 * else the first selected, else the first; `null` when there are no marks.
 */
export function tabStopOf<K>(keys: readonly K[], lastFocused: K | null, isSelected: (key: K) => boolean): K | null {
  if (lastFocused !== null && keys.includes(lastFocused)) return lastFocused;
  return keys.find(isSelected) ?? keys[0] ?? null;
}

/**
 * The mark a chart's readout describes: the focused one, else the hovered province's, else the
 * first selected province's (in selection order) that has a mark here; `markOf` maps a province
 * to its mark's key, or `undefined` when it has none in this chart.
 */
export function readoutKey<K>(
  focused: K | null,
  hover: string | null,
  selection: Iterable<string>,
  markOf: (code: string) => K | undefined,
): K | null {
  if (focused !== null) return focused;
  const hovered = hover === null ? undefined : markOf(hover);
  if (hovered !== undefined) return hovered;
  for (const code of selection) {
    const k = markOf(code);
    if (k !== undefined) return k;
  }
  return null;
}
