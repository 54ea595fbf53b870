import { describe, expect, it } from 'vitest';
import { validateStory, type StoryError } from '../../../src/present/validateStory';
import { formatStoryError } from '../../../src/present/storyMessages';
import { realPlaces } from '../../fixtures/places';
import { makeStory, realKnown, shippedStory } from './storyFixtures';

const known = realKnown();
const errorsOf = (raw: unknown): StoryError[] => {
  const r = validateStory(raw, known);
  if (r.ok) throw new Error('expected the story to be rejected');
  return r.errors;
};
/** The one error of a one-slide story with `slide` fields, worded in English. */
const messageOf = (slide: Record<string, unknown>) => {
  const errors = errorsOf(makeStory(slide));
  expect(errors).toHaveLength(1);
  return formatStoryError(errors[0]!, 'en');
};

describe('validateStory', () => {
  it('accepts the shipped story: 15 slides, the six pilots in the programme order', () => {
    const r = validateStory(shippedStory(), known);
    if (!r.ok) throw new Error(r.errors.map((e) => formatStoryError(e, 'en')).join('\n'));
    expect(r.story.slides).toHaveLength(15);
    const pilots = r.story.slides.filter((s) => s.camera?.kind === 'province').map((s) => s.province?.[0]);
    expect(pilots).toEqual(['TH-10', 'TH-41', 'TH-95', 'TH-92', 'TH-51', 'TH-56']);
  });

  it("quotes each pilot slide's profile and sources exactly as places.json ships them", () => {
    const r = validateStory(shippedStory(), known);
    if (!r.ok) throw new Error('shipped story invalid');
    const slides = r.story.slides.filter((s) => s.camera?.kind === 'province');
    expect(slides).toHaveLength(6);
    for (const slide of slides) {
      const pilot = realPlaces().pilots.find((p) => p.iso === slide.province?.[0]);
      expect(slide.body).toEqual(pilot?.profile);
      expect(slide.sources).toEqual(pilot?.sources);
    }
  });

  it('says the pilots are among the pilot regions, never "N of 6", and says nothing the summary does not about the platform', () => {
    const text = JSON.stringify(shippedStory());
    expect(text).not.toMatch(/\bof 6\b|\d\/6/);
    expect(text).not.toMatch(/part of the platform|ส่วนหนึ่งของแพลตฟอร์ม/);
    const r = validateStory(shippedStory(), known);
    if (!r.ok) throw new Error('shipped story invalid');
    const pilotSlides = r.story.slides.filter((s) => s.camera?.kind === 'province');
    for (const s of pilotSlides) expect(s.title.en).toMatch(/^Among EEF's pilot regions: /);
  });

  it('accepts a minimal story and keeps what it says', () => {
    const r = validateStory(makeStory({ indicator: 'hai', year: 2019, layers: ['links', 'pilots'], camera: { kind: 'view', center: [100, 13], zoom: 6, pitch: 30 } }), known);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.story.slides[0]?.layers).toEqual(['pilots', 'links']);
    expect(r.story.slides[0]?.camera).toEqual({ kind: 'view', center: [100, 13], zoom: 6, pitch: 30, bearing: 0 });
  });

  it('names the slide and field of each kind of bad field', () => {
    expect(messageOf({ title: 'Hello' })).toBe('Slide 1, field “title”: must be { "th": "…", "en": "…" }');
    expect(messageOf({ title: { th: 'ก' } })).toBe('Slide 1, field “title.en”: is missing');
    expect(messageOf({ title: { th: 'ก', en: '  ' } })).toBe('Slide 1, field “title.en”: is empty');
    expect(messageOf({ body: { th: 'ก', en: 3 } })).toBe('Slide 1, field “body.en”: must be text');
    expect(messageOf({ indicater: 'hai' })).toMatch(/^Slide 1, field “indicater”: is not a field here \(allowed: title, body/);
    expect(messageOf({ indicator: 'happiness' })).toBe('Slide 1, field “indicator”: “happiness” is not an indicator of this atlas');
    expect(messageOf({ indicator: 'hai', year: 2030 })).toBe(
      'Slide 1, field “year”: 2030 is not a year of this indicator (2015, 2016, 2017, 2018, 2019, 2020, 2021)',
    );
    expect(messageOf({ network: 2018 })).toBe('Slide 1, field “network”: must be a number from 2019 to 2025');
    expect(messageOf({ layers: ['pilots', 'roads'] })).toBe('Slide 1, field “layers[1]”: must be one of: pilots, cities, partners, links');
    expect(messageOf({ layers: 'pilots' })).toBe('Slide 1, field “layers”: must be a list [ … ]');
    expect(messageOf({ province: ['TH-10', 'TH-99'] })).toBe('Slide 1, field “province[1]”: “TH-99” is not a province code (TH-10 … TH-96)');
    expect(messageOf({ highlight: ['Bangkok'] })).toBe('Slide 1, field “highlight[0]”: “Bangkok” is not a province code (TH-10 … TH-96)');
    expect(messageOf({ place: 'city:atlantis' })).toBe('Slide 1, field “place”: “city:atlantis” is not a learning city or partner (city:… or partner:…)');
    expect(messageOf({ camera: { kind: 'orbit' } })).toBe('Slide 1, field “camera.kind”: must be one of: thailand, world, province, view');
    expect(messageOf({ camera: { kind: 'view', center: [100, 13], zoom: 30 } })).toBe('Slide 1, field “camera.zoom”: must be a number from 1 to 12');
    expect(messageOf({ camera: { kind: 'view', center: [100, 13], zoom: 6, pitch: 80 } })).toBe('Slide 1, field “camera.pitch”: must be a number from 0 to 60');
    expect(messageOf({ camera: { kind: 'province', code: 'TH-00' } })).toBe('Slide 1, field “camera.code”: “TH-00” is not a province code (TH-10 … TH-96)');
    expect(messageOf({ camera: { kind: 'world', duration: -5 } })).toBe('Slide 1, field “camera.duration”: must be a number from 0 to 10000');
    expect(messageOf({ camera: { kind: 'world', zoom: 3 } })).toBe('Slide 1, field “camera.zoom”: is not a field here (allowed: kind, duration, essential)');
    expect(messageOf({ sources: [{ label: 'x', url: 'javascript:alert(1)' }] })).toBe(
      'Slide 1, field “sources[0].url”: “javascript:alert(1)” is not an allowed link (http, https, mailto or a relative path)',
    );
  });

  it('reads the comparison fields and names what is wrong with them', () => {
    const r = validateStory(makeStory({ indicator: 'hai', year: 2021, compare: 2015, change: true }), known);
    expect(r.ok && r.story.slides[0]).toMatchObject({ compare: 2015, change: true });
    const b = validateStory(makeStory({ bivariate: true, scatter: ['gpp-per-capita', 'hai'] }), known);
    expect(b.ok && b.story.slides[0]).toMatchObject({ bivariate: true, scatter: ['gpp-per-capita', 'hai'] });
    expect(messageOf({ indicator: 'hai', compare: 2030 })).toBe('Slide 1, field “compare”: 2030 is not a year of this indicator (2015, 2016, 2017, 2018, 2019, 2020, 2021)');
    expect(messageOf({ change: true })).toBe('Slide 1, field “change”: needs “compare” on the same slide');
    expect(messageOf({ compare: 2015, change: 'yes' })).toBe('Slide 1, field “change”: must be one of: true, "pct", false');
    expect(messageOf({ compare: 2015, multiples: true })).toBe('Slide 1, field “multiples”: one comparison per slide: remove “compare” or this field');
    expect(messageOf({ bivariate: 'yes' })).toBe('Slide 1, field “bivariate”: must be one of: true, false');
    expect(messageOf({ scatter: ['hai', 'happiness'] })).toBe('Slide 1, field “scatter[1]”: “happiness” is not an indicator of this atlas');
    expect(formatStoryError(errorsOf(makeStory({ change: true }))[0]!, 'th')).toContain('compare');
  });

  it('numbers slides from 1 and reports every error, not just the first', () => {
    const raw = makeStory();
    (raw.slides as unknown[]).push({ title: { th: 'ข', en: 'B' }, indicator: 'nope' }, 'not a slide');
    const errors = errorsOf(raw);
    expect(errors.map((e) => [e.slide, e.field])).toEqual([
      [2, 'indicator'],
      [3, ''],
    ]);
    expect(formatStoryError(errors[1]!, 'en')).toBe('Slide 3: must be an object { … }');
  });

  it('reports problems of the story itself without a slide number', () => {
    expect(errorsOf(makeStory({}, { version: 2 })).map((e) => formatStoryError(e, 'en'))).toEqual(['Story field “version”: must be 1']);
    expect(errorsOf(makeStory({}, { id: 'Bad Id' })).map((e) => formatStoryError(e, 'en'))).toEqual([
      'Story field “id”: must be lower-case letters, digits and dashes',
    ]);
    expect(errorsOf(makeStory({}, { slides: [] })).map((e) => formatStoryError(e, 'en'))).toEqual(['Story field “slides”: is empty']);
    expect(errorsOf(null).map((e) => formatStoryError(e, 'en'))).toEqual(['The file is not a story object.']);
    expect(errorsOf([]).map((e) => formatStoryError(e, 'th'))).toEqual(['ไฟล์นี้ไม่ใช่อ็อบเจกต์เรื่องเล่า']);
  });

  it('words errors in Thai too', () => {
    const [e] = errorsOf(makeStory({ camera: { kind: 'view', center: [100, 13], zoom: 30 } }));
    expect(formatStoryError(e!, 'th')).toBe('สไลด์ที่ 1 ช่อง “camera.zoom”: ต้องเป็นตัวเลขตั้งแต่ 1 ถึง 12');
  });
});
