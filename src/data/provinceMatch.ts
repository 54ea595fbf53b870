// Province lookup by any key a user may type or a spreadsheet may hold: ISO 3166-2 (TH-56,
// TH56), DOPA code (56), Thai name (with or without จังหวัด, common short forms such as กทม.)
// or English name in any of the usual romanisations (Buri Ram/Buriram, Korat, Ayutthaya).
import type { Province, ProvinceCode } from './types';

/** Which rule matched; kept so import reports can say how each row was matched. */
export type MatchRule = 'iso' | 'dopa' | 'thai' | 'english';

export interface ProvinceMatch {
  code: ProvinceCode;
  rule: MatchRule;
}

/**
 * Short and colloquial forms that are not in the province table. Thai forms are written as
 * people type them; English forms as they appear in news and spreadsheets.
 */
const EXTRA_ALIASES: Readonly<Record<ProvinceCode, readonly string[]>> = {
  'TH-10': ['กทม', 'กทม.', 'กรุงเทพ', 'กรุงเทพฯ', 'กรุงเทพมหานคร', 'BKK'],
  'TH-14': ['อยุธยา', 'Krung Kao'],
  'TH-30': ['โคราช', 'Khorat'],
  'TH-40': ['ขอนแก่น'],
  'TH-80': ['นครศรีฯ', 'Nakhon Si'],
};

/** Removes what differs between spellings of one name: case, spaces, dots, hyphens, quotes. */
export function normaliseLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.\-'’_,()]/g, '');
}

/**
 * Thai normalisation: drops the จังหวัด / จ. prefix, spaces,
 * dots and zero-width characters; writes SARA AM as one code point (some keyboards and legacy
 * encodings type NIKHAHIT + SARA AA, which renders the same).
 */
export function normaliseThai(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .trim()
    .replace(/^(จังหวัด|จ\.)\s*/, '')
    .replace(/[\s.]/g, '');
}

const THAI_CHAR = /[\u0e00-\u0e7f]/;

export interface ProvinceIndex {
  /** Exact lookup by any known key; `undefined` when nothing matches. */
  match(raw: string): ProvinceMatch | undefined;
  /**
   * The nearest province name by edit distance, for names `match` does not know (typos such as
   * "Chaingmai", "เชียงใม่"). Only ever offered to the user for confirmation, never applied.
   */
  suggest(raw: string): ProvinceCode | undefined;
  byCode(code: string): Province | undefined;
  all: readonly Province[];
}

/** Builds the lookup tables once; `match` is then a few map lookups. */
export function buildProvinceIndex(provinces: readonly Province[]): ProvinceIndex {
  const byIso = new Map<string, Province>();
  const byDopa = new Map<string, Province>();
  const byThai = new Map<string, Province>();
  const byLatin = new Map<string, Province>();

  for (const p of provinces) {
    byIso.set(p.iso, p);
    byDopa.set(p.dopa, p);
    byThai.set(normaliseThai(p.nameTh), p);
    for (const name of [p.nameEn, ...p.altNamesEn]) byLatin.set(normaliseLatin(name), p);
    for (const alias of EXTRA_ALIASES[p.iso] ?? []) {
      if (THAI_CHAR.test(alias)) byThai.set(normaliseThai(alias), p);
      else byLatin.set(normaliseLatin(alias), p);
    }
  }

  function match(raw: string): ProvinceMatch | undefined {
    const s = raw.trim();
    if (s === '') return undefined;
    const iso = /^th[-\s]?(\d{2})$/i.exec(s);
    if (iso) {
      const p = byIso.get(`TH-${iso[1]}`);
      return p && { code: p.iso, rule: 'iso' };
    }
    if (/^\d{1,2}$/.test(s)) {
      const p = byDopa.get(s.padStart(2, '0'));
      return p && { code: p.iso, rule: 'dopa' };
    }
    if (THAI_CHAR.test(s)) {
      const p = byThai.get(normaliseThai(s));
      return p && { code: p.iso, rule: 'thai' };
    }
    const latin = normaliseLatin(s).replace(/province$/, '');
    const p = byLatin.get(latin) ?? byLatin.get(latin.replace(/^changwat/, ''));
    return p && { code: p.iso, rule: 'english' };
  }

  function suggest(raw: string): ProvinceCode | undefined {
    const s = raw.trim();
    if (s === '' || match(s)) return undefined;
    const thai = THAI_CHAR.test(s);
    const key = thai ? normaliseThai(s) : normaliseLatin(s).replace(/province$/, '');
    if (key.length < 3) return undefined;
    // A quarter of the name may be wrong, at least one character: enough for typos, not for other names.
    const limit = Math.max(1, Math.floor(key.length / 4));
    let best: Province | undefined;
    let bestDistance = limit + 1;
    let tie = false;
    for (const [name, p] of thai ? byThai : byLatin) {
      if (Math.abs(name.length - key.length) > limit) continue;
      const d = editDistance(key, name, limit);
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && best !== p) tie = true;
    }
    return best && !tie ? best.iso : undefined;
  }

  return { match, suggest, byCode: (code) => byIso.get(code), all: provinces };
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
