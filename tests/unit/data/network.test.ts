import { describe, expect, it } from 'vitest';
import { citiesInYear, cityJoined, linkActive, linkSegments, partnerActive, shortName } from '../../../src/data/network';
import { findPlace } from '../../../src/data/findPlace';
import { makeCity, makePartner, realPlaces } from '../../fixtures/places';

describe('the learning-city network over time', () => {
  it('counts Thailand’s UNESCO learning cities year by year (real data: 1, 4, 4, 7, 7, 10, 13)', () => {
    const places = realPlaces();
    expect([2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => citiesInYear(places, y))).toEqual([1, 4, 4, 7, 7, 10, 13]);
  });

  it('has a city from its year of joining', () => {
    expect(cityJoined(makeCity('a', 2022), 2021)).toBe(false);
    expect(cityJoined(makeCity('a', 2022), 2022)).toBe(true);
  });

  it('treats unknown period ends as open, and ended partners as inactive', () => {
    expect(partnerActive(makePartner('dk', 2005, 2018), 2019)).toBe(false);
    expect(partnerActive(makePartner('ie', 2019, null), 2025)).toBe(true);
    expect(partnerActive(makePartner('x', null, null), 2019)).toBe(true);
    expect(partnerActive(makePartner('chair', 2025, 2030), 2024)).toBe(false);
  });

  it('resolves link ends to coordinates and drops links to unknown places', () => {
    const city = makeCity('a', 2020, { coordinates: [100, 14] });
    const uil = makePartner('uil', 1952, null, { coordinates: [10, 53] });
    const links = [
      { from: 'city:a', to: 'partner:uil', kind: 'gnlc' as const, since: 2020, until: null, label: { th: 'ก', en: 'a' }, sources: [] },
      { from: 'city:zzz', to: 'partner:uil', kind: 'gnlc' as const, since: 2020, until: null, label: { th: 'ก', en: 'a' }, sources: [] },
    ];
    const segs = linkSegments({ pilots: [], learningCities: [city], partners: [uil], links });
    expect(segs).toHaveLength(1);
    expect(segs[0]).toMatchObject({ source: [100, 14], target: [10, 53] });
    expect(linkActive(links[0]!, 2019)).toBe(false);
    expect(linkActive(links[0]!, 2020)).toBe(true);
  });

  it('finds places by id and shortens partner names for labels', () => {
    const places = realPlaces();
    expect(findPlace(places, 'city:chiang-rai')?.kind).toBe('city');
    expect(findPlace(places, 'partner:uil')?.kind).toBe('partner');
    expect(findPlace(places, 'city:nowhere')).toBeUndefined();
    expect(findPlace(places, 'bogus')).toBeUndefined();
    expect(shortName('UNESCO Institute for Lifelong Learning (UIL)')).toBe('UNESCO Institute for Lifelong Learning');
    expect(shortName('ASEM LLL Hub secretariat - University College Cork (UCC)')).toBe('ASEM LLL Hub secretariat');
    expect(shortName('x'.repeat(40), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
