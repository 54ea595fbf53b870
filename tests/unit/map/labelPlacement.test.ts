import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../src/map/labelPlacement';

const label = (id: string, x: number, y: number, priority: number, w = 40, h = 16): LabelCandidate => ({
  id, x, y, w, h, priority,
});
const viewport = { width: 400, height: 300 };

describe('label placement', () => {
  it('keeps the higher-priority label when two overlap', () => {
    const shown = placeLabels([label('small', 100, 100, 1), label('big', 110, 104, 9)], viewport);
    expect([...shown.keys()]).toEqual(['big']);
  });

  it('shows labels that do not touch', () => {
    const shown = placeLabels([label('a', 50, 50, 1), label('b', 200, 50, 1), label('c', 50, 200, 1)], viewport);
    expect(shown.size).toBe(3);
  });

  it('drops labels that would leave the viewport', () => {
    const shown = placeLabels([label('edge', 5, 100, 5), label('out', -50, 100, 5), label('in', 200, 150, 1)], viewport);
    expect([...shown.keys()]).toEqual(['in']);
  });

  it('never returns two overlapping boxes, whatever the input', () => {
    const many = Array.from({ length: 77 }, (_, i) => label(`p${i}`, (i * 37) % 400, (i * 53) % 300, i % 7));
    const shown = placeLabels(many, viewport, 0);
    const boxes = many.filter((c) => shown.has(c.id));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
        expect(overlap).toBe(false);
      }
    }
    expect(shown.size).toBeGreaterThan(5);
  });
});

describe('label placement around map symbols', () => {
  it('never covers an obstacle such as a city dot', () => {
    const dot = { l: 95, t: 95, r: 105, b: 105 };
    const shown = placeLabels([label('over-dot', 100, 100, 9), label('clear', 200, 100, 1)], viewport, 0, [dot]);
    expect([...shown.keys()]).toEqual(['clear']);
  });
});

describe('alternates', () => {
  const viewport = { width: 400, height: 300 };
  it('moves a blocked label to its first free alternate and reports where', () => {
    const dot = { l: 90, t: 90, r: 110, b: 110 };
    const c: LabelCandidate = { ...label('asked', 100, 100, 9), alternates: [{ x: 100, y: 70 }, { x: 100, y: 130 }] };
    const shown = placeLabels([c], viewport, 0, [dot]);
    expect(shown.get('asked')).toEqual({ x: 100, y: 70 });
  });
  it('tries the next alternate when the first is blocked too, and gives up when all are', () => {
    const dots = [{ l: 90, t: 90, r: 110, b: 110 }, { l: 90, t: 60, r: 110, b: 80 }];
    const c: LabelCandidate = { ...label('asked', 100, 100, 9), alternates: [{ x: 100, y: 70 }, { x: 100, y: 130 }] };
    expect(placeLabels([c], viewport, 0, dots).get('asked')).toEqual({ x: 100, y: 130 });
    const all = [...dots, { l: 90, t: 120, r: 110, b: 140 }];
    expect(placeLabels([c], viewport, 0, all).has('asked')).toBe(false);
  });
});
