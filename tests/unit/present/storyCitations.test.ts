// Every slide of the shipped story, every pilot profile and every partner role cites the page that
// says what it says. Each claim below was checked against its source (the seminar summary and the
// stored copies of the cited pages); a text that makes the claim without citing that page fails,
// so does a slide with no source at all. Add a row when a new kind of claim enters the story.
import { describe, expect, it } from 'vitest';
import type { PlaceSource } from '../../../src/data/placeTypes';
import { realPlaces } from '../../fixtures/places';
import { shippedStory } from './storyFixtures';

const SUMMARY = 'https://research.eef.or.th/exchanges-work-to-advance-thailands-city-of-learning/';
const CITY_UNIT = 'https://thecitizen.plus/node/92174';
const NETWORK_SECRETARIAT = 'https://en.eef.or.th/?p=9776';
const UNESCO_BANGKOK_RELEASE = 'http://www.publicnow.com/view/E66AE05A70532B1DE6F90FD383A10C0B1B4B9F00';
const GNLC_LAUNCH = 'https://www.uil.unesco.org/en/global-network-learning-cities/10th-anniversary';
const HUB_CHAIR = 'https://www.asiaeducationreview.com/engineering/news/chula-president-heads-asem-lll-hub-to-advance-lifelong-learning-nwid-5138.html';
const PHAYAO_MUNICIPALITY = 'https://thailandlearningcityplatform.com/town/show/45/en';
const HAI = 'https://github.com/phat-ap/econvis';

/** A claim (matched in English or Thai) and the page that must be cited beside it. */
const CLAIMS: ReadonlyArray<{ claim: RegExp; cite: string; what: string }> = [
  { claim: /City Unit/, cite: CITY_UNIT, what: "the University of Phayao's City Unit and its mentoring" },
  { claim: /EEF and PMU-A|กสศ\. และ บพท\./, cite: CITY_UNIT, what: 'support from EEF and PMU-A for the City Unit' },
  { claim: /Network of Learning Cities secretariat|Network Secretariat|สำนักเลขานุการเครือข่ายเมืองแห่งการเรียนรู้ประเทศไทย/, cite: NETWORK_SECRETARIAT, what: 'the Thailand Network secretariat' },
  { claim: /Bangkok Learning City partners|ภาคีเมืองแห่งการเรียนรู้กรุงเทพฯ/, cite: UNESCO_BANGKOK_RELEASE, what: 'EEF among Bangkok Learning City partners' },
  { claim: /launched the GNLC|ก่อตั้งเครือข่าย/, cite: GNLC_LAUNCH, what: 'UIL launched the GNLC in 2013' },
  { claim: /Chulalongkorn|จุฬาลงกรณ์/, cite: HUB_CHAIR, what: 'the Hub chair 2025–2030' },
  { claim: /Thailand Learning City Awards|รางวัลเมืองแห่งการเรียนรู้ประเทศไทย/, cite: NETWORK_SECRETARIAT, what: 'the Thailand Learning City Awards (31 Oct 2025)' },
  { claim: /Co-funder of learning cities/, cite: CITY_UNIT, what: "PMU-A's support of the City Unit's learning-city work" },
  { claim: /Phayao Town Municipality|เทศบาลเมืองพะเยาเป็นสมาชิก/, cite: PHAYAO_MUNICIPALITY, what: 'the municipality is the GNLC member' },
  { claim: /pilot regions|พื้นที่นำร่อง/, cite: SUMMARY, what: 'the pilots named among the pilot regions' },
  { claim: /Lanna|ล้านนา|diverse population|ประชากรหลากหลาย|National Platform Learning City|evidence/, cite: SUMMARY, what: 'the seminar summary' },
  { claim: /Human Achievement Index|HAI\)/, cite: HAI, what: 'the HAI figures' },
];

type Cited = { where: string; texts: string[]; sources: readonly PlaceSource[] };

interface StorySlide {
  title: { th: string; en: string };
  body?: { th: string; en: string };
  notes?: { th: string; en: string };
  sources?: PlaceSource[];
}

const slides = (shippedStory() as { slides: StorySlide[] }).slides;
const places = realPlaces();
const cited: Cited[] = [
  ...slides.map((s, i) => ({
    where: `slide ${i + 1} (${s.title.en})`,
    texts: [s.title.en, s.title.th, s.body?.en ?? '', s.body?.th ?? '', s.notes?.en ?? '', s.notes?.th ?? ''],
    sources: s.sources ?? [],
  })),
  ...places.pilots.map((p) => ({ where: `pilot ${p.iso}`, texts: [p.programme.en, p.programme.th, p.profile.en, p.profile.th], sources: p.sources })),
  ...places.partners.map((p) => ({ where: `partner ${p.id}`, texts: [p.name.en, p.role.en, p.role.th], sources: p.sources })),
];

describe('citations of the story, the pilot profiles and the partners', () => {
  it('gives every slide, profile and partner a source with a label', () => {
    for (const c of cited) {
      expect(c.sources.length, c.where).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.label.trim(), c.where).not.toBe('');
    }
  });

  it('cites, beside every checked claim, the page that makes it', () => {
    const missing: string[] = [];
    for (const c of cited) {
      const urls = c.sources.map((s) => s.url);
      for (const { claim, cite, what } of CLAIMS) {
        if (c.texts.some((t) => claim.test(t)) && !urls.includes(cite)) missing.push(`${c.where}: says ${what} (${claim}) without citing ${cite}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds each checked claim somewhere, so a reworded claim cannot slip past its row', () => {
    for (const { claim, what } of CLAIMS) expect(cited.some((c) => c.texts.some((t) => claim.test(t))), what).toBe(true);
  });
});
