// The deck.gl overlay with a loop that sleeps while the map is still (frameGate.ts): deck.gl 9.4's
// MapLibreOverlay (interleaved: false) runs luma.gl's animation loop on every display frame, though
// the overlay redraws itself in MapLibre's own `render` event when the camera moves. Here the loop
// gets a gated frame scheduler (`animationFrameProvider`, which Deck hands on to its AnimationLoop)
// and is woken by everything that can need a loop frame:
// - new props (layers, `useDevicePixels`): deck.gl updates its layers in the next loop frame;
// - MapLibre's `resize` and deck.gl's `onResize`: a resized canvas is drawn in the next frame;
// - MapLibre's `render` (a camera move or restyle);
// and kept awake while it draws (onAfterRender: a layer transition draws every frame). Pointer
// events do not wake it: no layer is pickable (the pointer is hit-tested on the CPU, hitTest.ts),
// so a loop frame after one would find nothing to do.
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createFrameGate, type FrameGate, type FrameScheduler } from './frameGate';

/** The MapLibre events after which deck.gl's loop may have work. */
export const WAKE_EVENTS = ['resize', 'render'] as const;

export class IdleOverlay extends MapLibreOverlay {
  private readonly gate: FrameGate;
  private awakeOn: MaplibreMap | null = null;
  private readonly wake = () => this.gate.wake();

  /** `scheduler`: the page's frames (`window`); the loop's requests go through a gate over it. */
  constructor(props: MapLibreOverlayProps, scheduler: FrameScheduler) {
    const gate = createFrameGate({
      requestAnimationFrame: (cb) => scheduler.requestAnimationFrame(cb),
      cancelAnimationFrame: (id) => scheduler.cancelAnimationFrame(id),
    });
    // `animationFrameProvider` is not in DeckProps' type, but Deck passes its props to
    // AnimationLoop.setProps, which takes it (luma.gl 9.4, animation-loop.ts), before the loop starts.
    const noop = () => {};
    super({ ...gated({ onAfterRender: noop, onResize: noop, ...props }, gate), animationFrameProvider: gate } as MapLibreOverlayProps);
    this.gate = gate;
  }

  /** True while deck.gl's loop is asleep (for tests). */
  get asleep(): boolean {
    return this.gate.asleep;
  }

  override setProps(props: MapLibreOverlayProps): void {
    super.setProps(gated(props, this.gate));
    this.gate.wake();
  }

  override onAdd(map: MaplibreMap): HTMLDivElement {
    const container = super.onAdd(map);
    for (const type of WAKE_EVENTS) map.on(type, this.wake);
    this.awakeOn = map;
    this.gate.wake();
    return container;
  }

  override onRemove(map: MaplibreMap): void {
    for (const type of WAKE_EVENTS) this.awakeOn?.off(type, this.wake);
    this.awakeOn = null;
    super.onRemove(map);
  }
}

/** `props` with the callbacks the gate listens through wrapped (only those given: setProps is partial). */
function gated(props: MapLibreOverlayProps, gate: FrameGate): MapLibreOverlayProps {
  const out = { ...props };
  const { onAfterRender, onResize } = props;
  if (onAfterRender) {
    out.onAfterRender = (context) => {
      gate.drew();
      onAfterRender(context);
    };
  }
  if (onResize) {
    out.onResize = (size, canvasContext) => {
      gate.wake();
      onResize(size, canvasContext);
    };
  }
  return out;
}
