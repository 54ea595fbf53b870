import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyboardEvent } from 'react';
import type { AtlasData } from '../../../src/data/atlasData';
import { stepByKey } from '../../../src/map/stepByKey';
import { hoverProvince, initialState, store } from '../../../src/state/store';
import { makeChartProvinces } from '../../fixtures/indicators';

const data = { provinces: makeChartProvinces() } as unknown as AtlasData;
const key = (k: string) => ({ key: k, preventDefault: () => undefined }) as unknown as KeyboardEvent;

beforeEach(() => store.setState(initialState('en'), true));

describe('stepByKey', () => {
  it('] selects the next province, frames it and drops the stale pointer hover', () => {
    hoverProvince('TH-50');
    expect(stepByKey(key(']'), data, null)).toBe(true);
    const s = store.getState();
    expect(s.doc.province).toEqual([data.provinces[0]!.iso]);
    expect(s.session.hover).toBeNull();
    expect(s.session.cameraRequest?.target).toMatchObject({ kind: 'province', code: data.provinces[0]!.iso });
  });

  it('leaves other keys (and the hover) alone', () => {
    hoverProvince('TH-50');
    expect(stepByKey(key('a'), data, null)).toBe(false);
    expect(store.getState().session.hover).toBe('TH-50');
  });
});
