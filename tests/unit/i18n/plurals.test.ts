// Counts in every catalogue (the app's and the lazily loaded chart, import, story and district
// ones): plural forms by Intl.PluralRules, numbers by the app's formatter, never "1 provinces".
import { describe, expect, it } from 'vitest';
import { chartMessages } from '../../../src/charts/chartMessages';
import { districtMessages } from '../../../src/districts/districtMessages';
import { fillTemplate, t } from '../../../src/i18n/format';
import { catalogues } from '../../../src/i18n/messages';
import { importMessages } from '../../../src/import/importMessages';
import { storyMessages } from '../../../src/present/storyMessages';
import type { Lang } from '../../../src/state/doc';

const CATALOGUES: Record<string, Record<Lang, Record<string, string>>> = {
  app: catalogues,
  charts: chartMessages,
  import: importMessages,
  story: storyMessages,
  districts: districtMessages,
};

/** Placeholders that carry a count of things. */
const COUNT_NAMES = ['count', 'n', 'total', 'rows', 'matched', 'missing', 'imported', 'provinces', 'indicators', 'shown', 'rank'];
/** English plural nouns a count is put before in these catalogues. */
const PLURAL_NOUNS = 'provinces|rows|slides|districts|points|cities|features|indicators|properties|outlines|lines|columns|files|datasets|classes|years|seconds';
/** A singular count followed (within two words) by an English plural noun or verb. */
const ONE_PLURAL = new RegExp(`\\b1 (?:[A-Za-z]+ ){0,2}(${PLURAL_NOUNS}|have|keep|are)\\b`);
/** The same, nouns only: for messages whose every placeholder is set to 1 (a verb may follow a name). */
const ONE_PLURAL_NOUN = new RegExp(`\\b1 (?:[A-Za-z]+ ){0,2}(${PLURAL_NOUNS})\\b`);
/** Thai has no plural inflection; a plural marker after "1" (1 จังหวัดต่าง ๆ, หลาย…) is the same mistake. */
const THAI_ONE_PLURAL = /(?:^|[^\d,.])1 ?\S*(?:ต่าง ๆ|ต่างๆ|หลาย)/;

/** A placeholder left in the output (literal braces, as in "{ … }", are text). */
const UNFILLED = /\{\w+(?:\}|, plural,)/;

/** Names of a message's placeholders (a plural's case bodies are text, not placeholders). */
const placeholders = (template: string): string[] =>
  [...template.replace(/(=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, '').matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? '');

describe('counts in messages', () => {
  for (const [name, cat] of Object.entries(CATALOGUES)) {
    it(`${name}: no message, English or Thai, reads "1 provinces" when a count is 1`, () => {
      const bad: string[] = [];
      for (const lang of ['en', 'th'] as const) {
        for (const [key, template] of Object.entries(cat[lang])) {
          const names = placeholders(template);
          // Counts: the known count names, and any placeholder that takes a plural.
          const counts = new Set(names.filter((n) => COUNT_NAMES.includes(n) || template.includes(`{${n}, plural,`)));
          const asCounts = fillTemplate(template, Object.fromEntries(names.map((n) => [n, counts.has(n) ? 1 : 'X'])), lang);
          // Every placeholder 1: catches a count under a name this test does not know.
          const allOne = fillTemplate(template, Object.fromEntries(names.map((n) => [n, 1])), lang);
          if (ONE_PLURAL.test(asCounts) || ONE_PLURAL_NOUN.test(allOne) || THAI_ONE_PLURAL.test(asCounts) || UNFILLED.test(asCounts)) {
            bad.push(`${lang} ${key}: ${asCounts}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });

    it(`${name}: every English and Thai message with a count formats it as a number`, () => {
      for (const lang of ['en', 'th'] as const) {
        for (const template of Object.values(cat[lang])) {
          const names = placeholders(template).filter((n) => COUNT_NAMES.includes(n));
          // A noun chosen by a count shown elsewhere ("provinces" after a legend's "12") prints no number.
          const printsCount = template.includes('#') || names.some((n) => template.includes(`{${n}}`));
          if (names.length === 0 || !printsCount) continue;
          const out = fillTemplate(template, Object.fromEntries(placeholders(template).map((n) => [n, 12345])), lang);
          expect(out).toContain('12,345');
          expect(out).not.toContain('{');
        }
      }
    });
  }

  it('chooses the plural form by Intl.PluralRules and formats the number', () => {
    expect(t('en', 'provincesCount', { count: 1 })).toBe('1 province');
    expect(t('en', 'provincesCount', { count: 2 })).toBe('2 provinces');
    expect(t('en', 'provincesCount', { count: 0 })).toBe('0 provinces');
    expect(t('en', 'provincesCount', { count: 1234 })).toBe('1,234 provinces');
    expect(t('en', 'mapMissing', { count: 1 })).toBe('1 province has no data.');
    expect(t('th', 'provincesCount', { count: 1234 })).toBe('1,234 จังหวัด');
    expect(fillTemplate('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
  });

  it('does not accept a count inserted as a bare string: the placeholder stays visible', () => {
    expect(t('en', 'provincesCount', { count: '1' })).not.toBe('1 provinces');
    expect(t('en', 'provincesCount', { count: '1' })).toContain('{count, plural');
  });
});
