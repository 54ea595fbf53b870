// The map's click rules, which the WebGL and the SVG renderer both call.
import { beforeEach, describe, expect, it } from 'vitest';
import { clickDistrict, clickProvince } from '../../../src/state/mapActions';
import { initialState, setUserData, store } from '../../../src/state/store';
import type { ProvinceCode } from '../../../src/data/types';
import { districtDatasets } from '../districts/fixture';

beforeEach(() => store.setState(initialState('en'), true));

const camera = () => store.getState().session.cameraRequest;

describe('clickProvince', () => {
  it('selects without moving the camera when no districts are loaded', () => {
    clickProvince('TH-56', false);
    expect(store.getState().doc.province).toEqual(['TH-56']);
    expect(camera()).toBeNull();
  });

  it('zooms to a province the user’s districts cover, not to one they do not', () => {
    const datasets = districtDatasets();
    setUserData(datasets);
    const covered = datasets[0]!.districts!.features[0]!.properties.province;
    const others = store.getState().doc.province;
    expect(others).toEqual([]);
    const uncovered = (['TH-10', 'TH-56', 'TH-96', 'TH-50'] as ProvinceCode[]).find(
      (c) => !datasets[0]!.districts!.features.some((f) => f.properties.province === c),
    );
    if (!uncovered) throw new Error('fixture covers every candidate province');
    clickProvince(uncovered, false);
    expect(camera()).toBeNull();
    clickProvince(covered, false);
    expect(store.getState().doc.province).toEqual([covered]);
    expect(camera()?.target).toEqual({ kind: 'province', code: covered });
  });

  it('does not zoom on an additive click or on the click that clears the selection', () => {
    const datasets = districtDatasets();
    setUserData(datasets);
    const covered = datasets[0]!.districts!.features[0]!.properties.province;
    clickProvince(covered, true);
    expect(store.getState().doc.province).toEqual([covered]);
    expect(camera()).toBeNull();
    clickProvince(covered, true);
    clickProvince(covered, false);
    const seq = camera()?.seq;
    clickProvince(covered, false);
    expect(store.getState().doc.province).toEqual([]);
    expect(camera()?.seq).toBe(seq);
  });
});

describe('clickDistrict', () => {
  it('selects and frames the district’s province once; a second click keeps it', () => {
    clickDistrict('TH-50');
    expect(store.getState().doc.province).toEqual(['TH-50']);
    expect(camera()?.target).toEqual({ kind: 'province', code: 'TH-50' });
    const seq = camera()?.seq;
    clickDistrict('TH-50');
    expect(store.getState().doc.province).toEqual(['TH-50']);
    expect(camera()?.seq).toBe(seq);
  });
});
