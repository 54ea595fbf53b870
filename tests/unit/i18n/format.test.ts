import { describe, expect, it } from 'vitest';
import { formatNumber, formatYear, t } from '../../../src/i18n/format';
import { catalogues } from '../../../src/i18n/messages';
import { preferredLang } from '../../../src/i18n/browserLang';

describe('formatting', () => {
  it('formats numbers per locale, with Thai digits on request', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'th')).toBe('1,234,567');
    expect(formatNumber(1234567, 'th', { thaiDigits: true })).toBe('๑,๒๓๔,๕๖๗');
    expect(formatNumber(0.6512, 'en', { maximumFractionDigits: 3 })).toBe('0.651');
  });

  it('shows missing values as "no data", never as zero', () => {
    expect(formatNumber(null, 'en')).toBe('No data');
    expect(formatNumber(Number.NaN, 'th')).toBe('ไม่มีข้อมูล');
    expect(formatNumber(undefined, 'en')).not.toContain('0');
  });

  it('writes years in the Buddhist Era for Thai by default and on request', () => {
    expect(formatYear(2024, 'th')).toBe('พ.ศ. 2567');
    expect(formatYear(2024, 'th', false)).toBe('ค.ศ. 2024');
    expect(formatYear(2024, 'en')).toBe('2024');
    expect(formatYear(2024, 'en', true)).toBe('2567 BE');
  });

  it('fills message placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'selectedAnnouncement', { name: 'Phayao' })).toBe('Phayao selected');
    expect(t('th', 'selectedAnnouncement', { name: 'พะเยา' })).toBe('เลือกพะเยาแล้ว');
    expect(t('en', 'loadError')).toContain('{detail}');
  });

  it('has a non-empty translation for every key in both languages', () => {
    const keys = Object.keys(catalogues.en);
    expect(Object.keys(catalogues.th).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(catalogues.th[k as keyof typeof catalogues.th].trim()).not.toBe('');
    }
  });

  it('picks Thai or English from the browser languages, English otherwise', () => {
    expect(preferredLang(['th-TH', 'en-US'])).toBe('th');
    expect(preferredLang(['en-GB', 'th'])).toBe('en');
    expect(preferredLang(['fr-FR', 'th'])).toBe('th');
    expect(preferredLang(['de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
