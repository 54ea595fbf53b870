import { describe, expect, it } from 'vitest';
import { learningCitiesLayer } from '../../../src/map/layers/learningCitiesLayer';
import { partnersLayer } from '../../../src/map/layers/partnersLayer';
import { linksLayer } from '../../../src/map/layers/linksLayer';
import { pilotsCasingLayer, pilotsCoreLayer } from '../../../src/map/layers/pilotsLayer';
import { PARTNER_INACTIVE, PARTNER_STROKE, SELECTED_RING } from '../../../src/map/layers/placeStyle';
import type { LearningCity, Partner } from '../../../src/data/placeTypes';
import type { LinkSegment } from '../../../src/data/network';
import { makeCity, makePartner } from '../../fixtures/places';

type Acc<T, R> = (x: T) => R;
const acc = <T, R>(v: unknown) => v as Acc<T, R>;

describe('place layer factories', () => {
  const cities = [makeCity('early', 2019), makeCity('late', 2024)];

  it('hides cities that joined after the network year and grows the older ones', () => {
    const layer = learningCitiesLayer({ cities, visible: true, year: 2022, selected: null });
    const radius = acc<LearningCity, number>(layer.props.getRadius);
    expect(radius(cities[1]!)).toBe(0);
    expect(radius(cities[0]!)).toBeGreaterThan(5);
    const later = learningCitiesLayer({ cities, visible: true, year: 2025, selected: null });
    expect(acc<LearningCity, number>(later.props.getRadius)(cities[1]!)).toBeGreaterThan(0);
    expect(layer.props.updateTriggers.getRadius).toEqual([2022]);
  });

  it('rings the selected city', () => {
    const layer = learningCitiesLayer({ cities, visible: true, year: 2025, selected: 'city:late' });
    expect(acc<LearningCity, number[]>(layer.props.getLineColor)(cities[1]!)).toEqual(SELECTED_RING);
    expect(acc<LearningCity, number[]>(layer.props.getLineColor)(cities[0]!)).not.toEqual(SELECTED_RING);
  });

  it('greys partners outside the network year instead of hiding them', () => {
    const partners = [makePartner('dk', 2005, 2018), makePartner('ie', 2019, null)];
    const layer = partnersLayer({ partners, visible: true, year: 2020, selected: null });
    const color = acc<Partner, number[]>(layer.props.getLineColor);
    expect(color(partners[0]!)).toEqual(PARTNER_INACTIVE);
    expect(color(partners[1]!)).toEqual(PARTNER_STROKE);
  });

  it('draws links only from their year, as flat great circles', () => {
    const seg: LinkSegment = {
      link: { from: 'city:a', to: 'partner:uil', kind: 'gnlc', since: 2024, until: null, label: { th: '', en: '' }, sources: [] },
      source: [100, 14],
      target: [10, 53],
    };
    const before = linksLayer({ segments: [seg], visible: true, year: 2023 });
    const after = linksLayer({ segments: [seg], visible: true, year: 2024 });
    expect(acc<LinkSegment, number>(before.props.getWidth)(seg)).toBe(0);
    expect(acc<LinkSegment, number>(after.props.getWidth)(seg)).toBeGreaterThan(0);
    expect(after.props.greatCircle).toBe(true);
  });

  it('switches layers off with visible: false (layers keep their ids)', () => {
    const off = pilotsCasingLayer({ features: [], visible: false });
    expect(off.props.visible).toBe(false);
    expect(off.id).toBe('pilots-casing');
    expect(pilotsCoreLayer({ features: [], visible: true }).props.getLineWidth).toBeLessThan(
      pilotsCasingLayer({ features: [], visible: true }).props.getLineWidth as number,
    );
    expect(learningCitiesLayer({ cities, visible: false, year: 2025, selected: null }).props.visible).toBe(false);
  });
});
