import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listNav, planeNav, readoutKey, rowsNav, seriesNav, tabStopOf, type PlaneMark } from '../../../src/charts/keyboardNav';

const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

/** Presses `presses` in turn from `start` and returns where focus ends. */
function walk<K>(nav: (current: K, key: string) => K | null, start: K, presses: string[]): K {
  return presses.reduce((at, key) => nav(at, key) ?? at, start);
}

describe('listNav (rank chart)', () => {
  const nav = (c: string, k: string) => listNav(keys, c, k);

  it('moves down and up by one, and stops at the ends', () => {
    expect(walk(nav, 'a', ['ArrowDown', 'ArrowDown'])).toBe('c');
    expect(nav('c', 'ArrowUp')).toBe('b');
    expect(nav('a', 'ArrowUp')).toBe('a');
    expect(nav('l', 'ArrowDown')).toBe('l');
  });

  it('jumps to the first and last with Home and End, and by ten with PageUp/PageDown', () => {
    expect(nav('e', 'Home')).toBe('a');
    expect(nav('e', 'End')).toBe('l');
    expect(nav('a', 'PageDown')).toBe('k');
    expect(nav('k', 'PageDown')).toBe('l');
    expect(nav('c', 'PageUp')).toBe('a');
    expect(listNav(keys, 'a', 'PageDown', 3)).toBe('d');
  });

  it('leaves other keys to the browser, and enters at the first mark', () => {
    expect(nav('a', 'ArrowRight')).toBeNull();
    expect(nav('a', 'Tab')).toBeNull();
    expect(nav('a', 'Enter')).toBeNull();
    expect(nav('gone', 'ArrowDown')).toBe('b');
    expect(listNav([], 'a', 'ArrowDown')).toBeNull();
  });

  it('↓ then ↑ comes back, except from the last mark', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: keys.length - 2 }), (i) => {
        const start = keys[i] as string;
        expect(walk(nav, start, ['ArrowDown', 'ArrowUp'])).toBe(start);
      }),
    );
  });
});

describe('rowsNav (region strip)', () => {
  // Three regions; the middle one is empty (no data) and is skipped.
  const rows = [
    [
      { key: 'a', x: 10 },
      { key: 'b', x: 50 },
      { key: 'c', x: 90 },
    ],
    [],
    [
      { key: 'd', x: 20 },
      { key: 'e', x: 60 },
    ],
  ];
  const nav = (c: string, k: string) => rowsNav(rows, c, k);

  it('moves left and right within a region, stopping at its ends', () => {
    expect(nav('a', 'ArrowRight')).toBe('b');
    expect(nav('b', 'ArrowLeft')).toBe('a');
    expect(nav('c', 'ArrowRight')).toBe('c');
    expect(nav('d', 'ArrowLeft')).toBe('d');
    expect(nav('b', 'Home')).toBe('a');
    expect(nav('a', 'End')).toBe('c');
  });

  it('moves up and down to the next region with data, at the nearest value', () => {
    expect(nav('b', 'ArrowDown')).toBe('e');
    expect(nav('a', 'ArrowDown')).toBe('d');
    expect(nav('e', 'ArrowUp')).toBe('b');
    expect(nav('d', 'ArrowUp')).toBe('a');
    expect(nav('a', 'ArrowUp')).toBe('a');
    expect(nav('e', 'ArrowDown')).toBe('e');
  });

  it('breaks a tie in distance towards the lower value', () => {
    expect(rowsNav([[{ key: 'x', x: 40 }], [{ key: 'l', x: 30 }, { key: 'r', x: 50 }]], 'x', 'ArrowDown')).toBe('l');
  });

  it('leaves other keys alone', () => {
    expect(nav('a', 'PageDown')).toBeNull();
    expect(rowsNav([[], []], 'a', 'ArrowDown')).toBeNull();
  });
});

describe('planeNav (scatter plot)', () => {
  const points: PlaneMark<string>[] = [
    { key: 'p', x: 1, y: 5 },
    { key: 'q', x: 3, y: 1 },
    { key: 'r', x: 2, y: 9 },
    { key: 's', x: 3, y: 4 },
  ];
  const nav = (c: string, k: string) => planeNav(points, c, k);

  it('steps through x with ← → (ties by y) and through y with ↑ ↓', () => {
    expect(walk(nav, 'p', ['ArrowRight', 'ArrowRight', 'ArrowRight'])).toBe('s');
    expect(nav('r', 'ArrowRight')).toBe('q');
    expect(nav('q', 'ArrowLeft')).toBe('r');
    expect(nav('q', 'ArrowUp')).toBe('s');
    expect(nav('s', 'ArrowUp')).toBe('p');
    expect(nav('r', 'ArrowUp')).toBe('r');
    expect(nav('p', 'ArrowDown')).toBe('s');
    expect(nav('p', 'Home')).toBe('p');
    expect(nav('p', 'End')).toBe('s');
    expect(nav('p', 'Enter')).toBeNull();
  });

  it('visits every point once along either axis', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 20 }), (xy) => {
        const marks = xy.map(([x, y], i) => ({ key: i, x, y }));
        for (const [first, forward] of [
          ['Home', 'ArrowRight'],
          [null, 'ArrowUp'],
        ] as const) {
          const lowestY = [...marks].sort((a, b) => a.y - b.y || a.x - b.x || a.key - b.key)[0]!.key;
          let at = first ? planeNav(marks, 0, first)! : lowestY;
          const seen = new Set([at]);
          for (let n = 1; n < marks.length; n++) {
            at = planeNav(marks, at, forward)!;
            seen.add(at);
          }
          expect(seen.size).toBe(marks.length);
        }
      }),
    );
  });
});

describe('seriesNav (time series)', () => {
  // Two lines that cross between x = 1 and x = 2; line B has no point at x = 1.
  const a = [
    { key: 'a0', x: 0, y: 10 },
    { key: 'a1', x: 1, y: 10 },
    { key: 'a2', x: 2, y: 10 },
  ];
  const b = [
    { key: 'b0', x: 0, y: 5 },
    { key: 'b2', x: 2, y: 20 },
  ];
  const lines = [a, b];
  const nav = (c: string, k: string) => seriesNav(lines, c, k);

  it('moves along a line by year, Home and End to its ends', () => {
    expect(nav('a0', 'ArrowRight')).toBe('a1');
    expect(nav('a2', 'ArrowRight')).toBe('a2');
    expect(nav('a2', 'ArrowLeft')).toBe('a1');
    expect(nav('a1', 'Home')).toBe('a0');
    expect(nav('b0', 'End')).toBe('b2');
  });

  it('moves ↑ ↓ to the line above or below at the same (or nearest) year', () => {
    expect(nav('a0', 'ArrowDown')).toBe('b0');
    expect(nav('b0', 'ArrowUp')).toBe('a0');
    expect(nav('a2', 'ArrowUp')).toBe('b2');
    expect(nav('b2', 'ArrowDown')).toBe('a2');
    expect(nav('a0', 'ArrowUp')).toBe('a0');
    // B has no point at x = 1: the nearest (the earlier on a tie) stands in.
    expect(nav('a1', 'ArrowDown')).toBe('b0');
  });

  it('orders equal values by the lines’ order, so ↑ then ↓ comes back', () => {
    const flat = [[{ key: 'x', x: 0, y: 1 }], [{ key: 'y', x: 0, y: 1 }], [{ key: 'z', x: 0, y: 1 }]];
    expect(seriesNav(flat, 'x', 'ArrowUp')).toBe('y');
    expect(seriesNav(flat, 'y', 'ArrowUp')).toBe('z');
    expect(seriesNav(flat, 'z', 'ArrowDown')).toBe('y');
  });

  it('leaves other keys alone', () => {
    expect(nav('a0', 'PageUp')).toBeNull();
    expect(seriesNav([[], []], 'a0', 'ArrowUp')).toBeNull();
  });
});

describe('tabStopOf and readoutKey', () => {
  it('keeps the tab stop on the last focused mark, else the first selected, else the first', () => {
    const sel = (k: string) => k === 'c';
    expect(tabStopOf(keys, 'e', sel)).toBe('e');
    expect(tabStopOf(keys, 'gone', sel)).toBe('c');
    expect(tabStopOf(keys, null, () => false)).toBe('a');
    expect(tabStopOf([], null, sel)).toBeNull();
  });

  it('describes the focused mark, else the hovered, else the first selected one drawn here', () => {
    const here = (code: string) => (['TH-10', 'TH-20'].includes(code) ? code : undefined);
    expect(readoutKey('TH-10', 'TH-20', [], here)).toBe('TH-10');
    expect(readoutKey(null, 'TH-20', ['TH-10'], here)).toBe('TH-20');
    expect(readoutKey(null, 'TH-99', ['TH-99', 'TH-10'], here)).toBe('TH-10');
    expect(readoutKey(null, null, new Set(['TH-99']), here)).toBeNull();
  });
});
