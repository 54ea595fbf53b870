// Strings of the bivariate map and the small multiples (legend, summary, tooltip), in English and
// Thai. Kept beside the modes, not in i18n/messages.ts, so the modes add no merge churn to the main
// catalogue; `mt` fills them with the same `lookupIn` as `t`. The English object's type is the
// contract: the Thai one must have the same keys.
import { lookupIn } from './format';
import type { Lang } from '../state/doc';

const en = {
  bivLegendTitle: 'Two indicators, in thirds',
  bivLegendLabel: 'Legend of the two-indicator map: {x} across, {y} up',
  bivHigher: 'higher →',
  bivHigherUp: 'higher ↑',
  bivCell: '{x} {xClass}, {y} {yClass}: {count, plural, one {# province} other {# provinces}}',
  bivLow: 'low',
  bivMid: 'middle',
  bivHigh: 'high',
  bivNoData: 'No data (either value missing)',
  bivThirdsHint: 'Each indicator is cut into thirds over the {count} provinces with both values; ties stay in the lower third.',
  bivSummary:
    '{x} ({xYear}) and {y} ({yYear}): 9 classes by thirds (tertiles) of the {count} provinces with both values; {hh} high in both, {ll} low in both, {hl} high in {x} but low in {y}, {lh} low in {x} but high in {y}.',
  bivMissing: '{count, plural, one {# province has} other {# provinces have}} no data for one or both.',
  multiplesLabel: 'Small maps of {indicator}, one per year',
  multipleLabel: '{indicator}, {year}',
  multiplesSummary: '{indicator}, every year {from}–{to}: {count} small maps sharing one legend.',
  multiplesChange: 'From {from} to {to}, {rose} of the {both} provinces with both years rose and {fell} fell.',
  multiplesKeys: 'Arrow keys move between years; Enter or Space shows that year.',
};

type Key = keyof typeof en;

const th: Record<Key, string> = {
  bivLegendTitle: 'สองตัวชี้วัด แบ่งเป็นสามส่วน',
  bivLegendLabel: 'คำอธิบายแผนที่สองตัวชี้วัด: {x} ตามแนวนอน {y} ตามแนวตั้ง',
  bivHigher: 'สูงขึ้น →',
  bivHigherUp: 'สูงขึ้น ↑',
  bivCell: '{x} {xClass} {y} {yClass}: {count} จังหวัด',
  bivLow: 'ต่ำ',
  bivMid: 'กลาง',
  bivHigh: 'สูง',
  bivNoData: 'ไม่มีข้อมูล (ขาดค่าใดค่าหนึ่ง)',
  bivThirdsHint: 'แต่ละตัวชี้วัดแบ่งเป็นสามส่วนเท่า ๆ กันจาก {count} จังหวัดที่มีข้อมูลทั้งสองค่า ค่าที่เท่ากันอยู่ในส่วนที่ต่ำกว่า',
  bivSummary:
    '{x} ({xYear}) และ{y} ({yYear}): 9 กลุ่มตามการแบ่งสามส่วนของ {count} จังหวัดที่มีข้อมูลทั้งสองค่า สูงทั้งสองค่า {hh} จังหวัด ต่ำทั้งสองค่า {ll} จังหวัด {x}สูงแต่{y}ต่ำ {hl} จังหวัด {x}ต่ำแต่{y}สูง {lh} จังหวัด',
  bivMissing: '{count} จังหวัดไม่มีข้อมูลค่าใดค่าหนึ่งหรือทั้งสองค่า',
  multiplesLabel: 'แผนที่เล็กของ{indicator} ปีละหนึ่งแผนที่',
  multipleLabel: '{indicator} {year}',
  multiplesSummary: '{indicator} ทุกปี {from}–{to}: แผนที่เล็ก {count} แผนที่ ใช้คำอธิบายสัญลักษณ์ร่วมกัน',
  multiplesChange: 'จาก {from} ถึง {to} จังหวัดที่มีข้อมูลทั้งสองปี {both} จังหวัด เพิ่มขึ้น {rose} จังหวัด ลดลง {fell} จังหวัด',
  multiplesKeys: 'ใช้ปุ่มลูกศรเลื่อนระหว่างปี กด Enter หรือ Space เพื่อแสดงปีนั้น',
};

export type ModeMessageKey = Key;
export const mt = lookupIn<Key>({ en, th } as Record<Lang, Record<Key, string>>);
