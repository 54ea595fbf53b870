import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserDataset } from '../../../src/data/import/userDataset';

// IndexedDB as a full or failing disk: idb-keyval's writes reject the way browsers do.
const failure: { error: unknown } = { error: null };
vi.mock('idb-keyval', () => ({
  get: () => Promise.resolve(undefined),
  set: () => (failure.error ? Promise.reject(failure.error) : Promise.resolve()),
  del: () => (failure.error ? Promise.reject(failure.error) : Promise.resolve()),
}));

const { saveDatasets, StorageFullError, approxBytes } = await import('../../../src/import/userDataStore');
const { store, setUserData } = await import('../../../src/state/store');

const dataset = (id: string): UserDataset => ({
  id,
  fileName: `${id}.csv`,
  importedAt: '2026-01-01T00:00:00.000Z',
  indicators: [],
  report: { fileName: `${id}.csv`, format: 'csv', header: [], totalRows: 0, importedRows: 0, byRule: {}, rejected: [], cellProblems: [], strayQuotes: [] },
});

afterEach(() => {
  failure.error = null;
  setUserData([]);
});

describe('saving the user datasets (nothing shown that is not stored)', () => {
  it('a write that succeeds keeps the datasets in the store', async () => {
    await saveDatasets([dataset('a')]);
    expect(store.getState().session.userData.map((d) => d.id)).toEqual(['a']);
  });

  it('a full storage rejects with "storage full" and the size, and the store goes back', async () => {
    await saveDatasets([dataset('a')]);
    failure.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const err = await saveDatasets([dataset('a'), dataset('b')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as InstanceType<typeof StorageFullError>).bytes).toBe(approxBytes(dataset('a')) + approxBytes(dataset('b')));
    expect(store.getState().session.userData.map((d) => d.id)).toEqual(['a']);
  });

  it('a removal IndexedDB refuses rejects, and the dataset stays listed', async () => {
    await saveDatasets([dataset('a')]);
    failure.error = new Error('InvalidStateError');
    await expect(saveDatasets([])).rejects.toThrow('InvalidStateError');
    expect(store.getState().session.userData.map((d) => d.id)).toEqual(['a']);
  });
});
