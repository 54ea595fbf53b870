// The frame gate driven by a fake scheduler and a loop shaped like luma.gl's AnimationLoop (one
// request outstanding; each frame runs, then asks for the next): it sleeps only after IDLE_FRAMES
// frames in a row with no draw and no wake, holds exactly one request while asleep, and a wake
// hands that request on, so the loop resumes where it stopped.
import { describe, expect, it } from 'vitest';
import { createFrameGate, IDLE_FRAMES, type FrameScheduler } from '../../../src/map/frameGate';

function fakeScheduler() {
  const queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  const scheduler: FrameScheduler = {
    requestAnimationFrame(cb) {
      queue.set(next, cb);
      return next++;
    },
    cancelAnimationFrame(id) {
      queue.delete(id);
    },
  };
  /** Runs the frames queued now (a display frame). */
  const tick = (time = 0) => {
    const due = [...queue];
    queue.clear();
    for (const [, cb] of due) cb(time);
  };
  return { scheduler, tick, pending: () => queue.size };
}

/** A loop like luma.gl's: each frame calls `onFrame`, then requests the next. */
function loop(gate: FrameScheduler, onFrame: () => void = () => {}) {
  const state = { frames: 0, id: 0, running: true };
  const frame = () => {
    if (!state.running) return;
    state.frames++;
    onFrame();
    state.id = gate.requestAnimationFrame(frame);
  };
  state.id = gate.requestAnimationFrame(frame);
  return {
    state,
    stop() {
      state.running = false;
      gate.cancelAnimationFrame(state.id);
    },
  };
}

describe('createFrameGate', () => {
  it('runs frames while busy and sleeps after IDLE_FRAMES idle frames in a row', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler);
    const l = loop(gate);
    for (let i = 0; i < 50; i++) f.tick();
    // The first request counts as busy; then IDLE_FRAMES idle frames, the last of them held.
    expect(l.state.frames).toBe(IDLE_FRAMES);
    expect(gate.asleep).toBe(true);
    expect(f.pending()).toBe(0);
  });

  it('stays awake while every frame draws (a transition) and sleeps once drawing stops', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 3);
    let drawing = 20;
    const l = loop(gate, () => {
      if (drawing > 0) {
        drawing--;
        gate.drew();
      }
    });
    for (let i = 0; i < 100; i++) f.tick();
    expect(l.state.frames).toBe(20 + 3);
    expect(gate.asleep).toBe(true);
  });

  it('a wake while asleep sends the held request: the loop runs again, then sleeps again', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 2);
    const l = loop(gate);
    for (let i = 0; i < 10; i++) f.tick();
    const before = l.state.frames;
    expect(gate.asleep).toBe(true);
    gate.wake();
    expect(gate.asleep).toBe(false);
    expect(f.pending()).toBe(1);
    for (let i = 0; i < 10; i++) f.tick();
    // The woken frame is busy; then two idle frames, the second held.
    expect(l.state.frames).toBe(before + 3);
    expect(gate.asleep).toBe(true);
  });

  it('a draw outside the loop (MapLibre render event) counts as busy for the next frame', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 3);
    const l = loop(gate);
    f.tick();
    f.tick();
    gate.drew();
    for (let i = 0; i < 10; i++) f.tick();
    // The frame after the draw is busy, then three idle frames.
    expect(l.state.frames).toBe(2 + 1 + 3);
  });

  it('a wake while awake resets the count and schedules nothing twice', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 3);
    const l = loop(gate);
    f.tick();
    f.tick();
    gate.wake();
    gate.wake();
    expect(f.pending()).toBe(1);
    for (let i = 0; i < 10; i++) f.tick();
    expect(l.state.frames).toBe(2 + 1 + 3);
  });

  it('cancel removes a real request and a held one; a later wake then runs nothing', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 2);
    const l = loop(gate);
    l.stop();
    expect(f.pending()).toBe(0);
    f.tick();
    expect(l.state.frames).toBe(0);

    const g2 = createFrameGate(f.scheduler, 1);
    const l2 = loop(g2);
    f.tick();
    expect(g2.asleep).toBe(true);
    l2.stop();
    expect(g2.asleep).toBe(false);
    g2.wake();
    expect(f.pending()).toBe(0);
  });

  it('a cancel with a stale id leaves the current request alone', () => {
    const f = fakeScheduler();
    const gate = createFrameGate(f.scheduler, 5);
    const l = loop(gate);
    const first = l.state.id;
    f.tick();
    gate.cancelAnimationFrame(first);
    expect(f.pending()).toBe(1);
  });
});
