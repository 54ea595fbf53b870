import { describe, expect, it } from 'vitest';
import { decimalsForStep, tickFormatter, yearTick } from '../../../src/charts/chartFormat';
import { scaleKindFor, valueScale } from '../../../src/charts/scales';
import { approxMeasure, dodgeLabels, fitText, wrapText } from '../../../src/charts/text';

describe('text fitting', () => {
  it('does not count Thai above/below marks as width', () => {
    expect(approxMeasure('ที่', 10)).toBeCloseTo(approxMeasure('ท', 10));
  });

  it('ellipsises at grapheme boundaries, never splitting a Thai cluster', () => {
    const name = 'พระนครศรีอยุธยา';
    const fitted = fitText(name, 40, 10, approxMeasure);
    expect(fitted.endsWith('…')).toBe(true);
    expect(approxMeasure(fitted, 10)).toBeLessThanOrEqual(40);
    // The kept part never ends with a lone above/below mark's base cut off from it.
    expect(name.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(name.charAt(fitted.length - 1))).toBe(false);
    expect(fitText('Yala', 100, 10, approxMeasure)).toBe('Yala');
  });

  it('wraps Thai at word boundaries', () => {
    const lines = wrapText('ผลิตภัณฑ์มวลรวมจังหวัดต่อหัว (บาท) พ.ศ. 2563', 90, 11, approxMeasure, 'th');
    expect(lines.length).toBe(2);
    expect(lines[0]!.length).toBeGreaterThan(0);
    for (const l of lines) expect(approxMeasure(l, 11)).toBeLessThanOrEqual(90);
  });

  it('pushes labels apart within bounds, keeping input order', () => {
    const ys = dodgeLabels([50, 51, 52, 200], 10, 0, 100);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(10);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(10);
    expect(ys[3]).toBe(100);
  });
});

describe('tick formatting and scales', () => {
  it('uses as many decimals as the step needs', () => {
    expect(decimalsForStep(0.05)).toBe(2);
    expect(decimalsForStep(5)).toBe(0);
    const f = tickFormatter({ unit: 'index' }, 'en', [0.55, 0.6, 0.65]);
    expect([0.55, 0.6].map(f)).toEqual(['0.55', '0.60']);
    expect(tickFormatter({ unit: 'percent' }, 'en', [0, 5, 10])(5)).toBe('5%');
    expect(tickFormatter({ unit: 'baht' }, 'en', [0, 200_000, 400_000])(200_000)).toMatch(/^200k$/i);
  });

  it('writes Thai years in the Buddhist Era', () => {
    expect(yearTick(2021, 'th')).toBe('2564');
    expect(yearTick(2021, 'en')).toBe('2021');
  });

  it('chooses a log scale only for positive, strongly skewed values', () => {
    expect(scaleKindFor([0.57, 0.6, 0.62, 0.64, 0.69])).toBe('linear');
    expect(scaleKindFor([60_000, 80_000, 100_000, 110_000, 900_000])).toBe('log');
    expect(scaleKindFor([0, 1, 2, 100])).toBe('linear');
    const s = valueScale([60_000, 80_000, 100_000, 110_000, 900_000]);
    expect(s.ticks).toEqual([100_000, 200_000, 500_000, 1_000_000]);
    const at = s.at([0, 100]);
    // Equal ratios, equal distances.
    expect(at(200_000) - at(100_000)).toBeCloseTo(at(1_000_000) - at(500_000), 6);
  });
});
