// What ran in a main-thread long task, from the long animation frames (LoAF) around it: the
// scripts that started inside it (with what invoked them: a worker message, an event listener, an
// animation frame callback), the frame's style, layout and paint when they fell inside it, and the
// rest — time with neither, which on this machine is the thread waiting (descheduled on a busy
// CPU, or blocked in a synchronous WebGL read until the GPU process finishes). Pure.

export interface LongTask {
  /** ms since navigation start. */
  start: number;
  duration: number;
}

export interface FrameScript {
  start: number;
  duration: number;
  /** e.g. `Worker.onmessage`, `DIV#root.onchange`, `FrameRequestCallback`. */
  invoker: string;
  /** File name of the script, without its path. */
  source: string;
}

/** The parts of a long-animation-frame entry used here. */
export interface LongFrame {
  start: number;
  duration: number;
  /** Start of the frame's rendering (rAF callbacks, style, layout, paint); 0 when it had none. */
  renderStart: number;
  scripts: FrameScript[];
}

export interface TaskAttribution extends LongTask {
  /** Scripts inside the task, longest first, as "invoker (source) N ms". */
  scripts: string[];
  scriptMs: number;
  /** Rendering inside the task outside the scripts above (style, layout, paint). */
  renderMs: number;
  /** Neither script nor rendering. */
  otherMs: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

export function attributeTask(task: LongTask, frames: readonly LongFrame[]): TaskAttribution {
  const end = task.start + task.duration;
  // A script belongs to the task it starts in; 1 ms of slack for the rounding of both clocks.
  const scripts = frames
    .flatMap((f) => f.scripts)
    .filter((s) => s.start >= task.start - 1 && s.start < end)
    .sort((a, b) => b.duration - a.duration);
  const scriptMs = Math.min(task.duration, scripts.reduce((sum, s) => sum + overlap(s.start, s.start + s.duration, task.start, end), 0));
  const renderMs = frames.reduce((sum, f) => {
    if (f.renderStart <= 0) return sum;
    const r0 = f.renderStart;
    const r1 = f.start + f.duration;
    const inScripts = scripts.reduce((s, x) => s + overlap(x.start, x.start + x.duration, r0, r1), 0);
    return sum + Math.max(0, overlap(r0, r1, task.start, end) - inScripts);
  }, 0);
  const round = (x: number) => Math.round(x);
  return {
    ...task,
    scripts: scripts.map((s) => `${s.invoker}${s.source ? ` (${s.source})` : ''} ${round(s.duration)} ms`),
    scriptMs: round(scriptMs),
    renderMs: round(Math.min(renderMs, task.duration - scriptMs)),
    otherMs: round(Math.max(0, task.duration - scriptMs - renderMs)),
  };
}

/** One line for a report: "164 ms: Worker.onmessage (ImportPanel-….js) 71 ms; rendering 40 ms; other 53 ms". */
export function describeTask(a: TaskAttribution): string {
  const parts = [...a.scripts.slice(0, 3), ...(a.scripts.length > 3 ? [`${a.scripts.length - 3} more scripts`] : [])];
  if (a.renderMs > 0) parts.push(`rendering ${a.renderMs} ms`);
  if (a.otherMs > 0) parts.push(`no script or rendering ${a.otherMs} ms`);
  return `${Math.round(a.duration)} ms: ${parts.join('; ')}`;
}
