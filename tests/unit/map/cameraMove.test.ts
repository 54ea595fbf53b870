// The camera request → move rule of the WebGL map, without MapLibre.
import { describe, expect, it } from 'vitest';
import { cameraMove, PROVINCE_MAX_ZOOM, thailandPadding, WORLD_BOUNDS } from '../../../src/map/cameraMove';
import { provincePadding } from '../../../src/map/camera';

const frame = { height: 600, bottomInset: 0, zoom: 5 };
const bbox = (code: string) => (code === 'TH-56' ? ([99.5, 18.8, 100.6, 19.8] as const) : undefined);

describe('cameraMove', () => {
  it('frames a province with air around it, capped in zoom, level', () => {
    expect(cameraMove({ kind: 'province', code: 'TH-56' }, frame, false, bbox)).toEqual({
      kind: 'fit',
      bounds: [[99.5, 18.8], [100.6, 19.8]],
      padding: provincePadding(600, 0),
      maxZoom: PROVINCE_MAX_ZOOM,
      duration: 800,
      essential: false,
      pitch: 0,
      bearing: 0,
    });
  });

  it('keeps the framed province above a phone’s bottom sheet', () => {
    const move = cameraMove({ kind: 'province', code: 'TH-56' }, { ...frame, height: 480, bottomInset: 240 }, false, bbox);
    expect(move?.kind === 'fit' && move.padding).toEqual({ top: 16, bottom: 256, left: 16, right: 16 });
  });

  it('does nothing for a province the data does not have', () => {
    expect(cameraMove({ kind: 'province', code: 'TH-99' as never }, frame, false, bbox)).toBeNull();
  });

  it('cuts under reduced motion unless the slide marks the move essential', () => {
    expect(cameraMove({ kind: 'world' }, frame, true, bbox)).toMatchObject({ kind: 'fit', bounds: WORLD_BOUNDS, duration: 0, essential: false });
    expect(cameraMove({ kind: 'world' }, frame, false, bbox)).toMatchObject({ duration: 1200 });
    expect(cameraMove({ kind: 'world', motion: { duration: 3000, essential: true } }, frame, true, bbox)).toMatchObject({ duration: 3000, essential: true });
    expect(cameraMove({ kind: 'world', motion: { duration: 3000, essential: false } }, frame, true, bbox)).toMatchObject({ duration: 0 });
  });

  it('resets tilt and turn on a fit, keeps a slide view’s own', () => {
    const view = { kind: 'view' as const, center: [100, 15] as [number, number], zoom: 6, pitch: 40, bearing: 10 };
    expect(cameraMove(view, frame, false, bbox)).toEqual({ kind: 'fly', center: [100, 15], zoom: 6, pitch: 40, bearing: 10, duration: 800, essential: false });
    expect(cameraMove({ kind: 'fit-thailand', motion: { duration: 2500, essential: false } }, frame, false, bbox)).toEqual({
      kind: 'fit-thailand',
      explicit: true,
      duration: 2500,
      essential: false,
      pitch: 0,
      bearing: 0,
    });
    expect(cameraMove({ kind: 'fit-thailand' }, frame, false, bbox)).toMatchObject({ explicit: false });
  });

  it('flies to a point without zooming out', () => {
    expect(cameraMove({ kind: 'point', coordinates: [100, 14] }, frame, false, bbox)).toMatchObject({ kind: 'fly', zoom: 7 });
    expect(cameraMove({ kind: 'point', coordinates: [100, 14] }, { ...frame, zoom: 10 }, false, bbox)).toMatchObject({ zoom: 10 });
  });
  it('keeps a framed province and the world view clear of the overlays, each avoiding them its own way', () => {
    // A 310 × 268 legend at the foot of the left edge and the zoom buttons at the top right of a 604 × 600 map.
    const overlays = {
      size: { width: 604, height: 600 },
      rects: [
        { left: 0, top: 332, right: 310, bottom: 600 },
        { left: 558, top: 0, right: 604, bottom: 70 },
      ],
    };
    // Thailand is tall: the legend pushes the left edge in, the buttons the top.
    expect(thailandPadding(604, 600, overlays)).toEqual({ top: 82, right: 12, bottom: 12, left: 322 });
    // This province is about as wide as it is high: it loses least with the foot raised over the
    // legend and a right margin beside the buttons.
    const move = cameraMove({ kind: 'province', code: 'TH-56' }, { ...frame, overlays }, false, bbox);
    expect(move).toMatchObject({ kind: 'fit', padding: { top: 40, right: 86, bottom: 308, left: 40 } });
    expect(thailandPadding(604, 600)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
    // The world view is wide: the legend costs it least as a raised foot, the buttons as a right margin.
    expect(cameraMove({ kind: 'world' }, { ...frame, overlays }, false, bbox)).toMatchObject({ padding: { top: 30, right: 76, bottom: 298, left: 30 } });
    // No boxes measured: no padding for them.
    expect(cameraMove({ kind: 'world' }, { ...frame, overlays: { size: overlays.size, rects: [] } }, false, bbox)).toMatchObject({ padding: { top: 30, right: 30, bottom: 30, left: 30 } });
  });
});
