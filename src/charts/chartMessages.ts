// Strings of the linked charts, in English and Thai. The English object's type is the contract:
// the Thai one must have the same keys. To be merged into i18n/messages.ts.
import type { Lang } from '../state/doc';
import { fillTemplate } from '../i18n/format';

const en = {
  chartsLabel: 'Linked charts',
  noIndicator: 'No indicator data is loaded.',
  national: 'Thailand',
  keyPilot: 'EEF learning-city pilot',
  keyLearningCity: 'UNESCO learning city',
  markPilot: 'EEF pilot',
  markLearningCity: 'UNESCO learning city',
  rankTitle: 'Provinces ranked',
  rankDesc: '{indicator}, {year}: highest {top} {topValue}, lowest {bottom} {bottomValue}; {count} provinces ranked.',
  rankDescMissing: '{count} provinces have no data.',
  rankDescMissingOne: '1 province has no data.',
  listSeparator: '; ',
  rankDescNational: 'Thailand: {value}.',
  rankMark: '{rank}. {name}: {value}',
  rankNoDataHeading: 'No data ({count})',
  rankBrushHint: 'Drag down the names to highlight a range of provinces.',
  scatterTitle: 'Two indicators compared',
  scatterX: 'Horizontal axis',
  scatterY: 'Vertical axis',
  axisTitle: '{label} ({unit}), {year}',
  axisTitleNoUnit: '{label}, {year}',
  logScale: 'log scale',
  logScaleNote: 'Logarithmic scale: equal steps are equal ratios.',
  scatterDesc: '{y} against {x}: {count} provinces with both values; correlation r = {r}.',
  scatterEmpty: 'No province has values for both indicators.',
  scatterMark: '{name}: {x}; {y}',
  scatterBrushHint: 'Drag over the plot to highlight the provinces in an area.',
  regionsTitle: 'Distribution by region',
  regionsDesc: '{indicator}, {year}, by NESDC region: {summary}.',
  regionsAggregate: '{region}: {value} for the region',
  regionsRange: '{region}: {min} to {max}',
  regionsMark: '{name} ({region}): {value}',
  regionsMissing: 'no data for {count}',
  timeTitle: 'Change over time',
  timeHint: 'Select provinces to compare',
  timeSingleYear: 'This indicator has one year of data ({year}), so there is no trend to show.',
  timeDesc: '{indicator}, {from} to {to}. Thailand: {national}. {series}',
  timeDescNone: 'No province is selected.',
  timeMore: 'Showing {shown} of the {count} selected provinces.',
  timeCurrentYear: 'Year shown on the map: {year}',
  timeYearAxis: 'Year',
} as const;

export type ChartMessageKey = keyof typeof en;
export type ChartCatalogue = Record<ChartMessageKey, string>;

const th: ChartCatalogue = {
  chartsLabel: 'แผนภูมิที่เชื่อมโยงกัน',
  noIndicator: 'ยังไม่มีข้อมูลตัวชี้วัด',
  national: 'ทั้งประเทศ',
  keyPilot: 'พื้นที่นำร่องเมืองแห่งการเรียนรู้ของ กสศ.',
  keyLearningCity: 'เมืองแห่งการเรียนรู้ของยูเนสโก',
  markPilot: 'พื้นที่นำร่องของ กสศ.',
  markLearningCity: 'เมืองแห่งการเรียนรู้ของยูเนสโก',
  rankTitle: 'อันดับจังหวัด',
  rankDesc: '{indicator} {year}: สูงสุดคือ{top} {topValue} ต่ำสุดคือ{bottom} {bottomValue} จัดอันดับ {count} จังหวัด',
  rankDescMissing: 'ไม่มีข้อมูล {count} จังหวัด',
  rankDescMissingOne: 'ไม่มีข้อมูล 1 จังหวัด',
  listSeparator: ' ',
  rankDescNational: 'ทั้งประเทศ {value}',
  rankMark: '{rank}. {name}: {value}',
  rankNoDataHeading: 'ไม่มีข้อมูล ({count} จังหวัด)',
  rankBrushHint: 'ลากลงตามรายชื่อจังหวัดเพื่อเน้นจังหวัดในช่วงนั้น',
  scatterTitle: 'เปรียบเทียบสองตัวชี้วัด',
  scatterX: 'แกนนอน',
  scatterY: 'แกนตั้ง',
  axisTitle: '{label} ({unit}) {year}',
  axisTitleNoUnit: '{label} {year}',
  logScale: 'สเกลลอการิทึม',
  logScaleNote: 'สเกลลอการิทึม: ระยะที่เท่ากันหมายถึงอัตราส่วนที่เท่ากัน',
  scatterDesc: '{y} เทียบกับ{x}: มีข้อมูลครบทั้งสองตัว {count} จังหวัด ค่าสหสัมพันธ์ r = {r}',
  scatterEmpty: 'ไม่มีจังหวัดใดมีข้อมูลครบทั้งสองตัวชี้วัด',
  scatterMark: '{name}: {x}; {y}',
  scatterBrushHint: 'ลากบนแผนภูมิเพื่อเน้นจังหวัดในพื้นที่ที่เลือก',
  regionsTitle: 'การกระจายตามภูมิภาค',
  regionsDesc: '{indicator} {year} แยกตามภาคของ สศช.: {summary}',
  regionsAggregate: '{region}: ค่าของทั้งภาค {value}',
  regionsRange: '{region}: ตั้งแต่ {min} ถึง {max}',
  regionsMark: '{name} ({region}): {value}',
  regionsMissing: 'ไม่มีข้อมูล {count} จังหวัด',
  timeTitle: 'การเปลี่ยนแปลงตามช่วงเวลา',
  timeHint: 'เลือกจังหวัดเพื่อเปรียบเทียบ',
  timeSingleYear: 'ตัวชี้วัดนี้มีข้อมูลเพียงปีเดียว ({year}) จึงไม่มีแนวโน้มให้แสดง',
  timeDesc: '{indicator} {from} ถึง {to} ทั้งประเทศ: {national} {series}',
  timeDescNone: 'ยังไม่ได้เลือกจังหวัด',
  timeMore: 'แสดง {shown} จังหวัดจากที่เลือกไว้ {count} จังหวัด',
  timeCurrentYear: 'ปีที่แสดงบนแผนที่: {year}',
  timeYearAxis: 'ปี พ.ศ.',
};

export const chartMessages: Record<Lang, ChartCatalogue> = { en, th };

/** Looks up a chart string and fills `{name}` placeholders (same rules as i18n's `t`). */
export function ct(lang: Lang, key: ChartMessageKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(chartMessages[lang][key], vars);
}
