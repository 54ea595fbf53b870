// The page's side of the import worker: start it (same-origin module worker, CSP-friendly),
// call it through comlink (calls reject if the worker fails, failFast.ts), and cancel by
// terminating it — a cancelled parse stops at once.
import * as Comlink from 'comlink';
import type { ImportWorkerApi, WorkerInit } from './importWorker';
import { failFast } from './failFast';

export interface ImportClient {
  api: Comlink.Remote<ImportWorkerApi>;
  terminate(): void;
}

export async function startImportWorker(init: WorkerInit): Promise<ImportClient> {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'atlas-import' });
  const api = failFast(Comlink.wrap<ImportWorkerApi>(worker), worker);
  await api.setup(init);
  return { api, terminate: () => worker.terminate() };
}

export { Comlink };
