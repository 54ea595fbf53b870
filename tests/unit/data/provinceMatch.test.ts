import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProvinceIndex, normaliseLatin, normaliseThai } from '../../../src/data/provinceMatch';
import { realProvinces } from '../../fixtures/provinces';

const index = buildProvinceIndex(realProvinces());

describe('province lookup', () => {
  it.each([
    ['TH-56', 'TH-56', 'iso'],
    ['th56', 'TH-56', 'iso'],
    ['TH 10', 'TH-10', 'iso'],
    ['56', 'TH-56', 'dopa'],
    ['10', 'TH-10', 'dopa'],
  ])('finds %s by code', (raw, code, rule) => {
    expect(index.match(raw)).toEqual({ code, rule });
  });

  it.each([
    ['พะเยา', 'TH-56'],
    ['จังหวัดพะเยา', 'TH-56'],
    ['จ.ลำพูน', 'TH-51'],
    ['กทม.', 'TH-10'],
    ['กรุงเทพฯ', 'TH-10'],
    ['กรุงเทพมหานคร', 'TH-10'],
    ['โคราช', 'TH-30'],
    ['อยุธยา', 'TH-14'],
    ['ศรีสะเกษ', 'TH-33'],
    // SARA AM typed as NIKHAHIT + SARA AA (legacy keyboards) still matches ลำพูน.
    ['ล\u0e4d\u0e32พูน', 'TH-51'],
    [' ยะลา ', 'TH-95'],
  ])('finds Thai name %s', (raw, code) => {
    expect(index.match(raw)).toEqual({ code, rule: 'thai' });
  });

  it.each([
    ['Buri Ram', 'TH-31'],
    ['Buriram', 'TH-31'],
    ['BURIRAM', 'TH-31'],
    ['Chonburi', 'TH-20'],
    ['Chon Buri', 'TH-20'],
    ['Korat', 'TH-30'],
    ['Ayutthaya', 'TH-14'],
    ['Phra Nakhon Si Ayutthaya', 'TH-14'],
    ['Bangkok Metropolis', 'TH-10'],
    ['Phayao Province', 'TH-56'],
    ['udon thani', 'TH-41'],
    ['Nong Bua Lam Phu', 'TH-39'],
  ])('finds English spelling %s', (raw, code) => {
    expect(index.match(raw)).toEqual({ code, rule: 'english' });
  });

  it('does not guess: unknown names, empty strings and bad codes give undefined', () => {
    for (const raw of ['', '   ', 'TH-00', '99', 'Atlantis', 'เมืองลับแล', 'TH-5', '123']) {
      expect(index.match(raw)).toBeUndefined();
    }
  });

  it('every province is found by its ISO, DOPA, Thai and English keys', () => {
    for (const p of index.all) {
      expect(index.match(p.iso)?.code).toBe(p.iso);
      expect(index.match(p.dopa)?.code).toBe(p.iso);
      expect(index.match(p.nameTh)?.code).toBe(p.iso);
      expect(index.match(p.nameEn)?.code).toBe(p.iso);
      for (const alt of p.altNamesEn) expect(index.match(alt)?.code).toBe(p.iso);
    }
  });

  it('normalisers ignore case, spacing and punctuation but keep letters', () => {
    expect(normaliseLatin("Si Sa Ket")).toBe(normaliseLatin('sisaket'));
    expect(normaliseLatin('Phang-nga')).toBe('phangnga');
    expect(normaliseThai('จังหวัด ลำปาง')).toBe('ลำปาง');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = index.match(s);
        expect(m === undefined || index.byCode(m.code) !== undefined).toBe(true);
      }),
    );
  });
});

describe('fuzzy suggestions (offered, never applied)', () => {
  it.each([
    ['Chaingmai', 'TH-50'],
    ['Nakhon Ratchsima', 'TH-30'],
    ['เชียงใม่', 'TH-50'],
    ['พะเยาา', 'TH-56'],
  ])('%s → %s', (raw, code) => {
    expect(index.match(raw)).toBeUndefined();
    expect(index.suggest(raw)).toBe(code);
  });
  it.each(['Atlantis', 'x', 'กข', 'Phayao'])('%s has no suggestion', (raw) => expect(index.suggest(raw)).toBeUndefined());
});
