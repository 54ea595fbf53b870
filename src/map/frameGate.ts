// A requestAnimationFrame stand-in that lets an animation loop sleep while nothing needs drawing.
// deck.gl 9.4 draws through luma.gl's AnimationLoop, which asks for a frame on every display frame
// for as long as the page is open, even when no layer, view or pointer changed: on a machine
// without a GPU (SwiftShader) an idle map then costs ≈ 60 ms of main-thread CPU a second, plus the
// GPU process's share. The gate passes frame requests on while the loop is busy and holds the
// request back once `idleFrames` frames in a row drew nothing and nobody woke it; `wake` hands the
// held request to the real scheduler. What counts as busy is said from outside: `drew` (deck.gl's
// onAfterRender) and `wake` (new props, pointer events, a resize, a camera change: idleOverlay.ts).
// No globals: the real scheduler is passed in, so a fake one drives it in unit tests.

/** The two calls of `window` an animation loop uses (luma.gl's `animationFrameProvider`). */
export interface FrameScheduler {
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
}

export interface FrameGate extends FrameScheduler {
  /** Something may need a frame (props, input, size, camera): a held request runs on the next frame. */
  wake(): void;
  /** The loop's owner drew (in a frame or outside one): this frame is not idle. */
  drew(): void;
  /** True while a frame request is held back. */
  readonly asleep: boolean;
}

/**
 * Frames in a row with no draw and no wake before the loop sleeps: about a sixth of a second at
 * 60 Hz. A few frames are needed: deck.gl picks under the pointer in the frame after the event and
 * the hover it reports comes back as new layers a task later.
 */
export const IDLE_FRAMES = 10;

/** Wraps `scheduler` so the loop using it sleeps after `idleFrames` idle frames until `wake`. */
export function createFrameGate(scheduler: FrameScheduler, idleFrames = IDLE_FRAMES): FrameGate {
  /** Idle frames in a row so far. */
  let quiet = 0;
  /** A draw or a wake since the last request was made. */
  let busy = true;
  /** The loop's one outstanding request: our id, and either the real id or the held callback. */
  let current: { id: number; real: number | null; held: FrameRequestCallback | null } | null = null;
  let nextId = 1;

  const send = (callback: FrameRequestCallback) =>
    scheduler.requestAnimationFrame((time) => {
      current = null;
      callback(time);
    });

  return {
    requestAnimationFrame(callback) {
      // The loop asks for the next frame at the end of each one: count the frame that just ran.
      quiet = busy ? 0 : quiet + 1;
      busy = false;
      const id = nextId++;
      current = quiet >= idleFrames ? { id, real: null, held: callback } : { id, real: null, held: null };
      if (current.held === null) current.real = send(callback);
      return id;
    },
    cancelAnimationFrame(id) {
      if (current === null || current.id !== id) return;
      if (current.real !== null) scheduler.cancelAnimationFrame(current.real);
      current = null;
    },
    wake() {
      busy = true;
      quiet = 0;
      if (current?.held) {
        const callback = current.held;
        current.held = null;
        current.real = send(callback);
      }
    },
    drew() {
      busy = true;
    },
    get asleep() {
      return current?.held != null;
    },
  };
}
