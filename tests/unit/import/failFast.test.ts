import { describe, expect, it } from 'vitest';
import { failFast, WorkerFailedError } from '../../../src/import/failFast';

/** A remote whose calls never answer, like Comlink's when the worker never started. */
const silent = { read: (..._args: unknown[]) => new Promise<string>(() => undefined), ok: async (x: number) => x * 2 };

describe('failFast (a worker that fails rejects every call)', () => {
  it('answers pass through while the worker lives', async () => {
    const api = failFast(silent, new EventTarget());
    expect(await api.ok(21)).toBe(42);
  });

  it('a worker error rejects the pending calls and every later one, with its message', async () => {
    const worker = new EventTarget();
    const api = failFast(silent, worker);
    const pending = [api.read('a.xlsx'), api.read('b.csv')];
    const err = new Event('error') as Event & { message?: string };
    worker.dispatchEvent(err);
    for (const p of pending) await expect(p).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(api.ok(1)).rejects.toThrow('error');
  });

  it('a message the page cannot deserialise fails the calls too', async () => {
    const worker = new EventTarget();
    const api = failFast(silent, worker);
    const p = api.read('x');
    worker.dispatchEvent(new Event('messageerror'));
    await expect(p).rejects.toThrow('messageerror');
  });

  it('is not a thenable, so awaiting the client does not call the worker', async () => {
    const api = failFast(silent, new EventTarget());
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
  });
});
