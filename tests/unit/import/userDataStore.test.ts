// The store actions that add and remove the user's datasets: IndexedDB first, then the store, so
// the page never shows data as kept (or removed) that is not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserDataset } from '../../../src/data/import/userDataset';

// IndexedDB as a full or failing disk: idb-keyval's writes reject the way browsers do. Each write
// records what the store held when it ran.
const failure: { error: unknown } = { error: null };
const writes: { stored: string[] | null; shownAtWrite: string[] }[] = [];
const shown = () => store.getState().session.userData.map((d) => d.id);
vi.mock('idb-keyval', () => ({
  get: () => Promise.resolve(undefined),
  set: (_key: string, value: UserDataset[]) => {
    writes.push({ stored: value.map((d) => d.id), shownAtWrite: shown() });
    return failure.error ? Promise.reject(failure.error) : Promise.resolve();
  },
  del: () => {
    writes.push({ stored: null, shownAtWrite: shown() });
    return failure.error ? Promise.reject(failure.error) : Promise.resolve();
  },
}));

const { addDataset, removeDatasets, StorageFullError, approxBytes } = await import('../../../src/import/userDataStore');
const { store, setUserData, setIndicator, replaceDoc } = await import('../../../src/state/store');
const { defaultDoc, DEFAULT_INDICATOR } = await import('../../../src/state/doc');

const dataset = (id: string, over: Partial<UserDataset> = {}): UserDataset => ({
  id,
  fileName: `${id}.csv`,
  importedAt: '2026-01-01T00:00:00.000Z',
  indicators: [],
  report: { fileName: `${id}.csv`, format: 'csv', header: [], totalRows: 0, importedRows: 0, byRule: {}, rejected: [], cellProblems: [], strayQuotes: [] },
  ...over,
});

afterEach(() => {
  failure.error = null;
  writes.length = 0;
  setUserData([]);
  replaceDoc(defaultDoc('en'));
});

describe('addDataset', () => {
  it('writes to IndexedDB before the store shows the dataset', async () => {
    await addDataset(dataset('a'));
    expect(writes).toEqual([{ stored: ['a'], shownAtWrite: [] }]);
    expect(shown()).toEqual(['a']);
  });

  it('two adds at once both stay (each starts from what the other left)', async () => {
    await Promise.all([addDataset(dataset('a')), addDataset(dataset('b'))]);
    expect(shown()).toEqual(['a', 'b']);
    expect(writes.map((w) => w.stored)).toEqual([['a'], ['a', 'b']]);
  });

  it('a full storage rejects with "storage full" and the size, and the store keeps what is stored', async () => {
    await addDataset(dataset('a'));
    failure.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const err = await addDataset(dataset('b')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as InstanceType<typeof StorageFullError>).bytes).toBe(approxBytes(dataset('a')) + approxBytes(dataset('b')));
    expect(shown()).toEqual(['a']);
    // The queue goes on after a failure.
    failure.error = null;
    await addDataset(dataset('c'));
    expect(shown()).toEqual(['a', 'c']);
  });
});

describe('removeDatasets', () => {
  it('removes from IndexedDB first, with the district figures matched to a removed set', async () => {
    await addDataset(dataset('set1', { districts: { features: [], indicators: [] } as unknown as UserDataset['districts'] }));
    await addDataset(dataset('tab1', { districtValues: { setId: 'set1', indicators: [] } }));
    await addDataset(dataset('b'));
    writes.length = 0;
    await removeDatasets((d) => d.id !== 'set1');
    expect(writes).toEqual([{ stored: ['b'], shownAtWrite: ['set1', 'tab1', 'b'] }]);
    expect(shown()).toEqual(['b']);
    await removeDatasets(() => false);
    expect(writes[1]).toEqual({ stored: null, shownAtWrite: ['b'] });
    expect(shown()).toEqual([]);
  });

  it('the indicator on screen falls back to the default once its dataset is removed', async () => {
    const ind = { id: 'my-a-0' } as UserDataset['indicators'][number];
    await addDataset(dataset('a', { indicators: [ind] }));
    setIndicator('my-a-0');
    await removeDatasets(() => false);
    expect(store.getState().doc.indicator).toBe(DEFAULT_INDICATOR);
  });

  it('a removal IndexedDB refuses rejects, and the dataset and its indicator stay', async () => {
    const ind = { id: 'my-a-0' } as UserDataset['indicators'][number];
    await addDataset(dataset('a', { indicators: [ind] }));
    setIndicator('my-a-0');
    failure.error = new Error('InvalidStateError');
    await expect(removeDatasets(() => false)).rejects.toThrow('InvalidStateError');
    expect(shown()).toEqual(['a']);
    expect(store.getState().doc.indicator).toBe('my-a-0');
  });
});
