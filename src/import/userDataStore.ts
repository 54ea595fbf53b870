// The user's imported datasets in IndexedDB (idb-keyval): restored on start, written by the import
// panel, removed by "remove my data". Nothing here touches the network. Loaded lazily.
import { del, get, set } from 'idb-keyval';
import { validDatasets, type UserDataset } from '../data/import/userDataset';
import { setUserData, store } from '../state/store';

const KEY = 'atlas:user-datasets:v1';

export async function loadDatasets(provinces: number): Promise<UserDataset[]> {
  try {
    return validDatasets(await get(KEY), provinces);
  } catch {
    // Private windows or blocked storage: the app works, only without remembered data.
    return [];
  }
}

/** The browser would not store the datasets: their size, and what the site already uses of what it may. */
export class StorageFullError extends Error {
  constructor(readonly bytes: number, readonly usage: number | null, readonly quota: number | null) {
    super('storage full');
    this.name = 'StorageFullError';
  }
}

/** About how many bytes a dataset takes in IndexedDB: its JSON, typed arrays and report file. */
export function approxBytes(d: UserDataset): number {
  const { points, reportFile, ...rest } = d;
  return JSON.stringify(rest).length + (points ? points.positions.byteLength + points.province.byteLength : 0) + (reportFile?.size ?? 0);
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22) || (e instanceof Error && /quota/i.test(e.name + e.message));

/**
 * Puts `datasets` in the store and in IndexedDB (an empty list deletes the key). `between` runs
 * after the store update and before the write (the import passes `nextTask`, so the re-render and
 * the structured clone of the write are separate tasks). When the write fails the store goes back
 * to what is stored, so the page never shows data as kept (or removed) that is not; a full
 * storage rejects with `StorageFullError` and the sizes.
 */
export async function saveDatasets(datasets: readonly UserDataset[], between?: () => Promise<void>): Promise<void> {
  const before = store.getState().session.userData;
  setUserData(datasets);
  try {
    await between?.();
    if (datasets.length === 0) await del(KEY);
    else await set(KEY, datasets);
  } catch (e) {
    setUserData(before);
    if (!isQuota(e)) throw e;
    const estimate = typeof navigator === 'undefined' ? undefined : await navigator.storage?.estimate?.().catch(() => undefined);
    throw new StorageFullError(datasets.reduce((n, d) => n + approxBytes(d), 0), estimate?.usage ?? null, estimate?.quota ?? null);
  }
}

/**
 * Restores stored datasets into the store, and keeps `known` (the URL decoder's set of indicator
 * ids) in step with the datasets from now on, so `indicator=my-…` links decode once loaded.
 */
export async function restoreUserData(known: Set<string>, provinces: number): Promise<void> {
  const sync = (datasets: readonly UserDataset[], previous: readonly UserDataset[]) => {
    for (const d of previous) for (const i of d.indicators) known.delete(i.id);
    for (const d of datasets) for (const i of d.indicators) known.add(i.id);
  };
  store.subscribe((s, prev) => {
    if (s.session.userData !== prev.session.userData) sync(s.session.userData, prev.session.userData);
  });
  const datasets = await loadDatasets(provinces);
  if (datasets.length > 0) setUserData(datasets);
}
