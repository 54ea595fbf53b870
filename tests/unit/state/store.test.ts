import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearSelection,
  hoverProvince,
  initialState,
  requestCamera,
  selectProvince,
  setLang,
  store,
} from '../../../src/state/store';

beforeEach(() => store.setState(initialState('th'), true));

describe('store actions', () => {
  it('selects one province, replaces it, and toggles it off when selected again', () => {
    selectProvince('TH-56');
    expect(store.getState().doc.province).toEqual(['TH-56']);
    selectProvince('TH-10');
    expect(store.getState().doc.province).toEqual(['TH-10']);
    selectProvince('TH-10');
    expect(store.getState().doc.province).toEqual([]);
  });

  it('builds a multi-selection with the modifier and removes from it', () => {
    selectProvince('TH-56');
    selectProvince('TH-10', true);
    selectProvince('TH-51', true);
    selectProvince('TH-10', true);
    expect(store.getState().doc.province).toEqual(['TH-56', 'TH-51']);
    clearSelection();
    expect(store.getState().doc.province).toEqual([]);
  });

  it('keeps hover in the session, not in the shareable document', () => {
    const docBefore = store.getState().doc;
    hoverProvince('TH-56');
    expect(store.getState().session.hover).toBe('TH-56');
    expect(store.getState().doc).toBe(docBefore);
  });

  it('numbers camera requests so the map can tell new ones from old', () => {
    requestCamera({ kind: 'fit-thailand' });
    requestCamera({ kind: 'province', code: 'TH-56' });
    expect(store.getState().session.cameraRequest).toEqual({ seq: 2, target: { kind: 'province', code: 'TH-56' } });
  });

  it('switches language', () => {
    setLang('en');
    expect(store.getState().doc.lang).toBe('en');
  });
});
