// A worker's remote API whose calls fail instead of hanging: when the worker cannot load (a CSP or
// a missing file), throws at the top level or cannot deserialise a message, every pending call
// and every later one rejects with `WorkerFailedError`. Comlink alone leaves them pending forever
// (the import panel then waited with no error — issue #14).

export class WorkerFailedError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'WorkerFailedError';
  }
}

/**
 * Wraps `remote` (a Comlink proxy, or any object of async methods) so each call races the
 * worker's `error` and `messageerror` events.
 */
export function failFast<T extends object>(remote: T, worker: EventTarget): T {
  let fail: (e: WorkerFailedError) => void = () => undefined;
  let dead = false;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Nobody may be waiting when the worker dies: that is not an unhandled rejection.
  failed.catch(() => undefined);
  const onError = (e: Event) => {
    const message = (e as Partial<ErrorEvent>).message;
    dead = true;
    fail(new WorkerFailedError(typeof message === 'string' && message !== '' ? message : e.type));
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onError);
  return new Proxy(remote, {
    get(target, key) {
      // Not a thenable: `await client.api` must not call the worker.
      if (key === 'then') return undefined;
      return (...args: unknown[]) => (dead ? failed : Promise.race([(Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>)(...args), failed]));
    },
  });
}
