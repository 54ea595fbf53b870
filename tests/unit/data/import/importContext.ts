// Shared pieces of the import tests: the real province index and a build context.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildProvinceIndex } from '../../../../src/data/provinceMatch';
import type { BuildContext } from '../../../../src/data/import/userIndicator';
import { realProvinces } from '../../../fixtures/provinces';

export const provinces = realProvinces();
export const index = buildProvinceIndex(provinces);
export const codes = provinces.map((p) => p.iso).sort();

export function makeContext(over: Partial<BuildContext> = {}): BuildContext {
  return {
    provinces: codes,
    datasetId: 'test1',
    fileName: 'file.csv',
    source: { organisation: { th: 'ข้อมูลของคุณ', en: 'Your data' }, licence: 'yours' },
    names: {
      rows: { th: 'แถว {file}', en: 'Rows of {file}' },
      sumOf: { th: 'ผลรวม {column}', en: 'Sum of {column}' },
      meanOf: { th: 'ค่าเฉลี่ย {column}', en: 'Mean of {column}' },
      points: { th: 'จุด {file}', en: 'Points of {file}' },
      per100k: { th: 'จุด {file} ต่อแสนคน', en: 'Points of {file} per 100,000 people' },
    },
    ...over,
  };
}

/** A committed fixture's bytes. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url))));
}

/** Value of an indicator for a province and year. */
export function valueOf(values: Record<string, (number | null)[]>, year: number, code: string): number | null | undefined {
  return values[String(year)]?.[codes.indexOf(code as (typeof codes)[number])];
}
