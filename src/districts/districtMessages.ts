// Strings of the district layer's legend, tooltip and summary (issue #5, district sets), in
// English and Thai, loaded with the district UI chunk, not the entry (its budget is tight), like
// the import panel's importMessages.ts. The English object's type is the contract.
import type { Lang } from '../state/doc';
import { lookupIn } from '../i18n/format';

const en = {
  districtsTitle: 'Districts',
  showDistricts: 'Show districts',
  districtFigure: 'District figure',
  outlinesOnly: 'outlines only (no figures)',
  districtsCount: '{count, plural, one {# district} other {# districts}}',
  noData: 'No data',
  sourceYours: 'Source: your file {file}',
  provinceOf: 'Province: {name}',
  summary: 'District layer “{indicator}” from {file}: {count, plural, one {# district} other {# districts}}. Highest {high} ({highValue}), lowest {low} ({lowValue}).',
  summaryMissing: '{count, plural, one {# district has} other {# districts have}} no data.',
  summaryOutlines: 'District layer from {file}: {count, plural, one {# district outline} other {# district outlines}}, no figures.',
};

type Catalogue = { [K in keyof typeof en]: string };
export type DistrictMessageKey = keyof typeof en;

const th: Catalogue = {
  districtsTitle: 'อำเภอ',
  showDistricts: 'แสดงอำเภอ',
  districtFigure: 'ตัวเลขระดับอำเภอ',
  outlinesOnly: 'เฉพาะเส้นขอบ (ไม่มีตัวเลข)',
  districtsCount: '{count} อำเภอ',
  noData: 'ไม่มีข้อมูล',
  sourceYours: 'ที่มา: ไฟล์ของคุณ {file}',
  provinceOf: 'จังหวัด{name}',
  summary: 'ชั้นข้อมูลอำเภอ “{indicator}” จาก {file}: {count} อำเภอ สูงสุด {high} ({highValue}) ต่ำสุด {low} ({lowValue})',
  summaryMissing: 'ไม่มีข้อมูล {count} อำเภอ',
  summaryOutlines: 'ชั้นข้อมูลอำเภอจาก {file}: เส้นขอบ {count} อำเภอ ไม่มีตัวเลข',
};

export const districtMessages: Record<Lang, Catalogue> = { en, th };

export const dt = lookupIn<DistrictMessageKey>(districtMessages);
