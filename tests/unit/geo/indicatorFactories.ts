// Small synthetic fixtures for the indicator catalogue tests, built by factory functions.
import type { Indicator } from '../../../src/data/indicatorTypes';
import type { IndicatorSpec } from '../../../geo/indicators/spec';
import { makeRow } from './factories';
import type { ProvinceRow } from '../../../geo/provinceTable';

/** `count` province rows TH-10, TH-11, …; Thai names จังหวัด10, จังหวัด11, …. */
export function makeProvinceRows(count = 3): ProvinceRow[] {
  return Array.from({ length: count }, (_, i) => makeRow(i, { areaKm2: 100 * (i + 1), population2024: 1000 * (i + 1) }));
}

/** A valid single-year sum indicator over `count` provinces; override any field. */
export function makeIndicator(overrides: Partial<Indicator> = {}, count = 3): Indicator {
  return {
    id: 'things',
    label: { th: 'สิ่งของ', en: 'Things' },
    description: { th: 'จำนวนสิ่งของ', en: 'Number of things.' },
    unit: 'count',
    polarity: 'neutral',
    decimals: 0,
    aggregation: { kind: 'sum' },
    years: [2020],
    values: { '2020': Array.from({ length: count }, (_, i) => i + 1) },
    source: {
      organisation: { th: 'หน่วยงาน', en: 'Agency' },
      title: 'Things by province',
      year: '2020',
      licence: 'CC0 1.0',
    },
    ...overrides,
  };
}

/** Catalogue meta for a test spec: a neutral count summed, with a complete source. */
export function makeMeta(id: string, overrides: Partial<IndicatorSpec['meta']> = {}): IndicatorSpec['meta'] {
  const { years: _y, values: _v, ...meta } = makeIndicator({ id });
  return { ...meta, ...overrides };
}

/** CSV text from a header and rows (cells joined by commas; no quoting needed in fixtures). */
export function csv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n');
}
