import { describe, expect, it } from 'vitest';
import { addPadding, fittedBox, fitsBeside, mercatorAspect, needsRefit, NO_PADDING, overlayPadding, type OverlayRect } from '../../../src/map/overlayPadding';
import { THAILAND_BOUNDS } from '../../../src/state/doc';

const thailand = mercatorAspect(THAILAND_BOUNDS);
const map = { width: 604, height: 600 };

describe('overlays as camera padding', () => {
  it('Thailand is a tall shape in Mercator', () => {
    expect(thailand).toBeGreaterThan(0.45);
    expect(thailand).toBeLessThan(0.6);
  });

  it('a legend in the bottom-left corner pushes in the left edge for tall Thailand, the bottom edge for a wide box', () => {
    const legend = { left: 10, top: 322, right: 310, bottom: 590 };
    expect(overlayPadding(map, [legend], thailand)).toEqual({ top: 0, right: 0, bottom: 0, left: 310 });
    expect(overlayPadding(map, [legend], 4)).toEqual({ top: 0, right: 0, bottom: 278, left: 0 });
  });

  it('takes each overlay by its cheapest edge: a notice on top, zoom buttons on the right', () => {
    const notice = { left: 8, top: 8, right: 520, bottom: 58 };
    const zoom = { left: 558, top: 10, right: 594, bottom: 82 };
    expect(overlayPadding(map, [zoom, notice], thailand)).toEqual({ top: 58, right: 46, bottom: 0, left: 0 });
  });

  it('ignores boxes off the map, clips the rest, and never leaves less than 40 % of the map', () => {
    expect(overlayPadding(map, [{ left: 700, top: 0, right: 900, bottom: 100 }], thailand)).toEqual(NO_PADDING);
    const huge = overlayPadding(map, [{ left: -50, top: 0, right: 500, bottom: 600 }], thailand);
    expect(huge.left).toBe(Math.round(604 * 0.6));
  });

  it('adds air to the overlays', () => {
    expect(addPadding(10, { top: 1, right: 2, bottom: 3, left: 4 })).toEqual({ top: 11, right: 12, bottom: 13, left: 14 });
  });

  it('a legend fits beside the land on a projector, not on a narrow map (it folds there)', () => {
    expect(fitsBeside({ width: 604, height: 550 }, { width: 310, height: 280 }, thailand)).toBe(true);
    expect(fitsBeside({ width: 420, height: 550 }, { width: 310, height: 280 }, thailand)).toBe(false);
  });
});

describe('when the default fit moves for the overlays', () => {
  const size = { width: 800, height: 700 };
  const legend = (width: number, height: number) => ({ left: 10, top: size.height - 10 - height, right: 10 + width, bottom: size.height - 10 });
  const fitBeside = (rects: OverlayRect[]) => overlayPadding(size, rects, thailand);

  it('places the fitted land centred in what the padding leaves', () => {
    const box = fittedBox(size, { top: 0, right: 0, bottom: 0, left: 300 }, thailand);
    expect(box.bottom - box.top).toBeCloseTo(Math.min(500 / thailand, 700));
    expect((box.left + box.right) / 2).toBeCloseTo(550);
    expect((box.top + box.bottom) / 2).toBeCloseTo(350);
  });

  it('stays put for another indicator whose legend is a little narrower or shorter', () => {
    const was = [legend(300, 290)];
    const now = [legend(272, 250)];
    expect(needsRefit(size, fitBeside(was), fitBeside(now), now, thailand)).toBe(false);
  });

  it('stays put when a wider legend still clears the land, fits again once it would cover it', () => {
    const was = [legend(240, 290)];
    const wider = [legend(300, 290)];
    expect(needsRefit(size, fitBeside(was), fitBeside(wider), wider, thailand)).toBe(false);
    // A narrower map: the land fitted beside the narrow legend reaches under the wide one.
    const narrow = { width: 640, height: 700 };
    const pad = (rects: OverlayRect[]) => overlayPadding(narrow, rects, thailand);
    expect(fittedBox(narrow, pad(was), thailand).left).toBeLessThan(310);
    expect(needsRefit(narrow, pad(was), pad(wider), wider, thailand)).toBe(true);
  });

  it('fits again when the legend folds and frees much room', () => {
    const open = [legend(300, 290)];
    const folded = [legend(200, 36)];
    const narrow = { width: 640, height: 700 };
    const pad = (rects: OverlayRect[]) => overlayPadding(narrow, rects, thailand);
    expect(needsRefit(narrow, pad(open), pad(folded), folded, thailand)).toBe(true);
  });

  it('never moves for the same padding', () => {
    const p = fitBeside([legend(300, 290)]);
    expect(needsRefit(size, p, { ...p }, [legend(300, 290)], thailand)).toBe(false);
  });
});
