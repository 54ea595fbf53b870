// Ends the current main-thread task and resumes in a new one, so the browser can paint and
// handle input in between: `scheduler.yield()` where the browser has it (it resumes ahead of
// other queued tasks), a zero-delay timeout elsewhere.

interface Scheduler {
  yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
