// The user's imported datasets in IndexedDB (idb-keyval): restored on start, written by the import
// panel, removed by "remove my data": the store actions that add and remove datasets. Nothing
// here touches the network. Loaded lazily.
import { del, get, set } from 'idb-keyval';
import { keptDatasets, validDatasets, type UserDataset } from '../data/import/userDataset';
import { DEFAULT_INDICATOR, DEFAULT_SCATTER } from '../state/doc';
import { setIndicator, setScatterAxes, setUserData, store } from '../state/store';

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

// Writes run one after another, each from the datasets the previous one left, so two quick
// changes (an import finishing while a removal is written) cannot undo each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the user's datasets: `next` of the current list is written to IndexedDB first (an empty
 * list deletes the key), then put in the store, so the page never shows data as kept (or removed)
 * that is not. A full storage rejects with `StorageFullError` and the sizes; the store keeps the
 * stored list on any failure.
 */
function commit(next: (current: readonly UserDataset[]) => readonly UserDataset[]): Promise<void> {
  const run = queue.then(async () => {
    const datasets = next(store.getState().session.userData);
    try {
      if (datasets.length === 0) await del(KEY);
      else await set(KEY, datasets);
    } catch (e) {
      if (!isQuota(e)) throw e;
      const estimate = typeof navigator === 'undefined' ? undefined : await navigator.storage?.estimate?.().catch(() => undefined);
      throw new StorageFullError(datasets.reduce((n, d) => n + approxBytes(d), 0), estimate?.usage ?? null, estimate?.quota ?? null);
    }
    setUserData(datasets);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Store action: keeps an imported dataset (stored, then shown). */
export function addDataset(dataset: UserDataset): Promise<void> {
  return commit((current) => [...current, dataset]);
}

/**
 * Store action: removes the datasets `keepThis` refuses (with the district figures matched to a
 * removed district set). An indicator or scatter axis on screen that goes falls back to the
 * default once the removal is stored.
 */
export async function removeDatasets(keepThis: (d: UserDataset) => boolean): Promise<void> {
  let gone = new Set<string>();
  await commit((current) => {
    const kept = keptDatasets(current, keepThis);
    gone = new Set(current.filter((d) => !kept.includes(d)).flatMap((d) => d.indicators.map((i) => i.id)));
    return kept;
  });
  const { indicator, scatter } = store.getState().doc;
  if (gone.has(indicator)) setIndicator(DEFAULT_INDICATOR);
  if (scatter.some((id) => gone.has(id))) setScatterAxes(...DEFAULT_SCATTER);
}

/** Restores the stored datasets into the store (on start; the URL decoder derives its ids from them). */
export async function restoreUserData(provinces: number): Promise<void> {
  const datasets = await loadDatasets(provinces);
  if (datasets.length > 0) setUserData(datasets);
}
