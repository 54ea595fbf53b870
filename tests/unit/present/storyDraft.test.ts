import { describe, expect, it } from 'vitest';
import { defaultDoc } from '../../../src/state/doc';
import { draftStory, slideFromDoc, storyIdOf } from '../../../src/present/storyDraft';
import { validateStory } from '../../../src/present/validateStory';
import { slideDoc } from '../../../src/present/slideState';
import { realKnown } from './storyFixtures';

describe('story draft', () => {
  const explored = {
    ...defaultDoc('th'),
    indicator: 'edu-university',
    year: 2019,
    province: ['TH-56' as const, 'TH-51' as const],
    layers: ['pilots' as const, 'links' as const],
    network: 2022,
    place: 'partner:uil',
    view: { lon: 100.123456, lat: 15.987654, zoom: 6.54321 },
  };

  it('keeps the comparison shown, and the slide it makes shows it again', () => {
    const base = { ...defaultDoc('en'), indicator: 'hai', year: 2021 };
    for (const fields of [
      { compare: 2015, change: null },
      { compare: 2015, change: 'pct' as const },
      { bivariate: true, scatter: ['gpp-per-capita', 'hai'] as [string, string] },
      { multiples: true },
    ]) {
      const doc = { ...base, ...fields };
      const slide = slideFromDoc(doc, 'Compare');
      expect(slideDoc(defaultDoc('en'), slide)).toMatchObject(fields);
    }
    expect(slideFromDoc(base, 'One')).not.toHaveProperty('compare');
  });

  it('turns the current view into a slide that shows the same thing again', () => {
    const slide = slideFromDoc(explored, 'Phayao and Lamphun');
    expect(slide.camera).toEqual({ kind: 'view', center: [100.1235, 15.9877], zoom: 6.54 });
    const shown = slideDoc(defaultDoc('th'), slide);
    for (const key of ['indicator', 'year', 'province', 'layers', 'network', 'place'] as const) expect(shown[key]).toEqual(explored[key]);
    expect(slideFromDoc(defaultDoc('en'), 'All').camera).toEqual({ kind: 'thailand' });
  });

  it('builds a story file that passes validation', () => {
    const story = draftStory([slideFromDoc(defaultDoc('en'), 'Start'), slideFromDoc(explored, 'North')], 'My seminar 2026');
    expect(story.id).toBe('my-seminar-2026');
    const r = validateStory(JSON.parse(JSON.stringify(story)), realKnown());
    expect(r.ok).toBe(true);
  });

  it('makes an id even from a Thai title', () => {
    expect(storyIdOf('เมืองแห่งการเรียนรู้')).toBe('my-story');
    expect(storyIdOf('  Learning Cities — ASEM!  ')).toBe('learning-cities-asem');
  });
});
