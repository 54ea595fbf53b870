// Every string the UI shows, in Thai and English. The English catalogue's type is the contract:
// the Thai one must have exactly the same keys, so a missing translation fails the type check.
import type { Region6, RegionNesdc } from '../data/types';

const en = {
  appTitle: 'Learning City Atlas',
  appSubtitle: "Thailand's learning-city movement",
  langToggle: 'ภาษาไทย',
  langToggleLabel: 'เปลี่ยนเป็นภาษาไทย (Switch to Thai)',
  loading: 'Loading the map…',
  loadError: 'The map data could not be loaded: {detail}',
  mapLabel: "Map of Thailand's 77 provinces",
  mapDescription:
    'Thailand with its 77 provinces. Hover a province to see its name; click or press Enter on the province list to select it.',
  resetView: 'Show all of Thailand',
  close: 'Close',
  detailTitle: 'Province details',
  iso: 'ISO 3166-2 code',
  dopa: 'DOPA code',
  region6: 'Region (six-region scheme)',
  regionNesdc: 'Region (NESDC)',
  population: 'Registered population',
  area: 'Area',
  density: 'Population density',
  perKm2: 'people per km²',
  km2: 'km²',
  source: 'Source',
  sources: 'Sources and licences',
  year: 'Year',
  asOf: 'as of {date}',
  selectedAnnouncement: '{name} selected',
  selectionCleared: 'Selection cleared',
  provinceList: 'Provinces',
  attribution: 'Boundaries: Natural Earth (public domain) · Data: DOPA, RFD, NESDC',
  noData: 'No data',
  derivedFrom: 'derived: population ÷ area',
  zoomTo: 'Zoom to this province',
  licence: 'Licence',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const th: Catalogue = {
  appTitle: 'แผนที่เมืองแห่งการเรียนรู้',
  appSubtitle: 'ขบวนการเมืองแห่งการเรียนรู้ของประเทศไทย',
  langToggle: 'English',
  langToggleLabel: 'Switch to English (เปลี่ยนเป็นภาษาอังกฤษ)',
  loading: 'กำลังโหลดแผนที่…',
  loadError: 'โหลดข้อมูลแผนที่ไม่สำเร็จ: {detail}',
  mapLabel: 'แผนที่ 77 จังหวัดของประเทศไทย',
  mapDescription:
    'ประเทศไทยและ 77 จังหวัด ชี้ที่จังหวัดเพื่อดูชื่อ คลิกหรือกด Enter ที่รายชื่อจังหวัดเพื่อเลือก',
  resetView: 'แสดงทั้งประเทศ',
  close: 'ปิด',
  detailTitle: 'ข้อมูลจังหวัด',
  iso: 'รหัส ISO 3166-2',
  dopa: 'รหัสจังหวัด (กรมการปกครอง)',
  region6: 'ภาค (แบ่ง 6 ภาค)',
  regionNesdc: 'ภาค (สศช.)',
  population: 'ประชากรตามทะเบียนราษฎร',
  area: 'พื้นที่',
  density: 'ความหนาแน่นประชากร',
  perKm2: 'คนต่อ ตร.กม.',
  km2: 'ตร.กม.',
  source: 'แหล่งที่มา',
  sources: 'แหล่งข้อมูลและสัญญาอนุญาต',
  year: 'ปี',
  asOf: 'ณ {date}',
  selectedAnnouncement: 'เลือก{name}แล้ว',
  selectionCleared: 'ยกเลิกการเลือกแล้ว',
  provinceList: 'รายชื่อจังหวัด',
  attribution: 'ขอบเขต: Natural Earth (สาธารณสมบัติ) · ข้อมูล: กรมการปกครอง กรมป่าไม้ สศช.',
  noData: 'ไม่มีข้อมูล',
  derivedFrom: 'คำนวณ: ประชากร ÷ พื้นที่',
  zoomTo: 'ซูมไปที่จังหวัดนี้',
  licence: 'สัญญาอนุญาต',
};

export const catalogues = { en: en as Catalogue, th } as const;

export const REGION6_NAMES: Record<Region6, { th: string; en: string }> = {
  Central: { th: 'ภาคกลาง', en: 'Central' },
  East: { th: 'ภาคตะวันออก', en: 'East' },
  North: { th: 'ภาคเหนือ', en: 'North' },
  Northeast: { th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeast' },
  South: { th: 'ภาคใต้', en: 'South' },
  West: { th: 'ภาคตะวันตก', en: 'West' },
};

export const REGION_NESDC_NAMES: Record<RegionNesdc, { th: string; en: string }> = {
  Bangkok: { th: 'กรุงเทพมหานคร', en: 'Bangkok' },
  'Central (Except Bangkok)': { th: 'ภาคกลาง (ไม่รวมกรุงเทพฯ)', en: 'Central (except Bangkok)' },
  Eastern: { th: 'ภาคตะวันออก', en: 'Eastern' },
  Northeastern: { th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeastern' },
  Northern: { th: 'ภาคเหนือ', en: 'Northern' },
  'Southern (11)': { th: 'ภาคใต้ (11 จังหวัด)', en: 'Southern (11 provinces)' },
  '3 Southernmost Provinces': { th: 'สามจังหวัดชายแดนภาคใต้', en: 'Three southernmost provinces' },
};
