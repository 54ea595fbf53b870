// The shipped story and the real atlas data it refers to, for tests about what ships; and a
// SYNTHETIC minimal story for validation tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';
import { storyKnown } from '../../../src/present/storyKnown';
import { realPlaces } from '../../fixtures/places';

const read = (path: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8'));

export const shippedStory = () => read('public/stories/learning-city-thailand.json');

export function realKnown() {
  const indicators = read('public/data/indicators.json') as IndicatorsFile;
  return storyKnown(indicators.provinces, indicators, realPlaces());
}

/** SYNTHETIC: the smallest valid story, one slide. */
export function makeStory(slide: Record<string, unknown> = {}, head: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: 'test-story',
    title: { th: 'ทดสอบ', en: 'Test' },
    slides: [{ title: { th: 'สไลด์', en: 'Slide' }, ...slide }],
    ...head,
  };
}
