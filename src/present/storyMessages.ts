// Strings of story mode (player, presenter window, story errors), in English and Thai. Kept beside
// the lazily loaded story code (like charts/chartMessages.ts) so the entry chunk does not carry
// them; the English object's type is the contract: the Thai one must have the same keys.
import type { Lang } from '../state/doc';
import { lookupIn } from '../i18n/format';
import type { StoryError } from './validateStory';

const en = {
  storyLabel: 'Story',
  slideOf: 'Slide {n} of {total}',
  progress: 'Story progress',
  next: 'Next slide',
  previous: 'Previous slide',
  fullScreen: 'Full screen (F)',
  leave: 'Leave the story (Esc)',
  presenter: 'Presenter view',
  jumpTo: 'Go to slide {digits}… (Enter)',
  keysHelp: 'Keys: → or Space next, ← previous, Home and End first and last, a number then Enter jumps, F full screen, Esc leaves.',
  backToSlide: 'Back to the slide',
  explored: 'You are exploring: the next key press returns to this slide.',
  loadingStory: 'Loading the story…',
  storyFailed: 'The story “{story}” could not be opened.',
  storyNotFound: 'The file could not be read ({detail}).',
  storyNotSameOrigin: 'Stories load only from this site.',
  storyDropped: 'This story came from a file on your computer: drop the file on the page again.',
  backToMap: 'Back to the map',
  kioskPaused: 'Paused. Press P to play again.',
  kioskPlaying: 'Playing: {seconds} s a slide. Any key or touch pauses.',
  kioskPlay: 'Play (P)',
  presenterTitle: 'Presenter view',
  current: 'Now',
  upNext: 'Next',
  endOfStory: 'End of the story',
  notes: 'Speaker notes',
  noNotes: 'No notes for this slide.',
  timer: 'Time',
  resetTimer: 'Reset the timer',
  presenterHint: 'This window and the audience window follow each other: keys work in both.',
  errorAt: 'Slide {slide}, field “{field}”: {problem}',
  errorAtStory: 'Story field “{field}”: {problem}',
  errorAtSlide: 'Slide {slide}: {problem}',
  errorWhole: 'The file is not a story object.',
  pNotObject: 'must be an object { … }',
  pMissing: 'is missing',
  pNotText: 'must be text',
  pNotBilingual: 'must be { "th": "…", "en": "…" }',
  pNotList: 'must be a list [ … ]',
  pEmpty: 'is empty',
  pTooLong: 'is longer than {max}',
  pNotNumber: 'must be a number from {min} to {max}',
  pUnknownField: 'is not a field here (allowed: {allowed})',
  pOneOf: 'must be one of: {allowed}',
  pUnknownProvince: '“{value}” is not a province code (TH-10 … TH-96)',
  pUnknownIndicator: '“{value}” is not an indicator of this atlas',
  pUnknownPlace: '“{value}” is not a learning city or partner (city:… or partner:…)',
  pYearNotAvailable: '{value} is not a year of this indicator ({years})',
  pBadUrl: '“{value}” is not an allowed link (http, https, mailto or a relative path)',
  pBadVersion: 'must be 1',
  pBadId: 'must be lower-case letters, digits and dashes',
  draftTitle: 'Make a story',
  draftStoryName: 'Story title',
  draftSlideName: 'Title of the next slide',
  draftAdd: 'Add current view as slide',
  draftCount: '{count, plural, one {# slide so far} other {# slides so far}}',
  draftDownload: 'Download story (.json)',
  draftPlay: 'Play',
  draftOpen: 'Open a story file…',
  draftClose: 'Close',
  draftHint: 'A slide keeps the map view, indicator, year, layers, network year and selection. Drop a story file anywhere on the page to play it.',
  draftDefaultTitle: 'My story',
  draftSlideTitle: 'Slide {n}',
};

type StoryCatalogue = typeof en;
export type StoryMessageKey = keyof StoryCatalogue;

const th: StoryCatalogue = {
  storyLabel: 'เรื่องเล่า',
  slideOf: 'สไลด์ที่ {n} จาก {total}',
  progress: 'ความคืบหน้าของเรื่องเล่า',
  next: 'สไลด์ถัดไป',
  previous: 'สไลด์ก่อนหน้า',
  fullScreen: 'เต็มจอ (F)',
  leave: 'ออกจากเรื่องเล่า (Esc)',
  presenter: 'มุมมองผู้นำเสนอ',
  jumpTo: 'ไปที่สไลด์ {digits}… (Enter)',
  keysHelp: 'แป้นพิมพ์: → หรือ Space ถัดไป ← ก่อนหน้า Home และ End แรกสุดและท้ายสุด พิมพ์ตัวเลขแล้วกด Enter เพื่อข้ามไป F เต็มจอ Esc ออก',
  backToSlide: 'กลับสู่สไลด์',
  explored: 'คุณกำลังสำรวจแผนที่ กดแป้นถัดไปเพื่อกลับสู่สไลด์นี้',
  loadingStory: 'กำลังโหลดเรื่องเล่า…',
  storyFailed: 'เปิดเรื่องเล่า “{story}” ไม่ได้',
  storyNotFound: 'อ่านไฟล์ไม่ได้ ({detail})',
  storyNotSameOrigin: 'โหลดเรื่องเล่าได้จากเว็บไซต์นี้เท่านั้น',
  storyDropped: 'เรื่องเล่านี้มาจากไฟล์ในเครื่องของคุณ โปรดลากไฟล์มาวางบนหน้านี้อีกครั้ง',
  backToMap: 'กลับสู่แผนที่',
  kioskPaused: 'หยุดชั่วคราว กด P เพื่อเล่นต่อ',
  kioskPlaying: 'กำลังเล่น สไลด์ละ {seconds} วินาที กดแป้นใดหรือแตะหน้าจอเพื่อหยุด',
  kioskPlay: 'เล่น (P)',
  presenterTitle: 'มุมมองผู้นำเสนอ',
  current: 'ขณะนี้',
  upNext: 'ถัดไป',
  endOfStory: 'จบเรื่องเล่า',
  notes: 'บันทึกผู้บรรยาย',
  noNotes: 'สไลด์นี้ไม่มีบันทึก',
  timer: 'เวลา',
  resetTimer: 'เริ่มจับเวลาใหม่',
  presenterHint: 'หน้าต่างนี้กับหน้าต่างของผู้ชมเปลี่ยนสไลด์ตามกัน ใช้แป้นพิมพ์ได้ทั้งสองหน้าต่าง',
  errorAt: 'สไลด์ที่ {slide} ช่อง “{field}”: {problem}',
  errorAtStory: 'ช่อง “{field}” ของเรื่องเล่า: {problem}',
  errorAtSlide: 'สไลด์ที่ {slide}: {problem}',
  errorWhole: 'ไฟล์นี้ไม่ใช่อ็อบเจกต์เรื่องเล่า',
  pNotObject: 'ต้องเป็นอ็อบเจกต์ { … }',
  pMissing: 'ขาดหายไป',
  pNotText: 'ต้องเป็นข้อความ',
  pNotBilingual: 'ต้องเป็น { "th": "…", "en": "…" }',
  pNotList: 'ต้องเป็นรายการ [ … ]',
  pEmpty: 'ว่างเปล่า',
  pTooLong: 'ยาวเกิน {max}',
  pNotNumber: 'ต้องเป็นตัวเลขตั้งแต่ {min} ถึง {max}',
  pUnknownField: 'ไม่ใช่ช่องที่ใช้ได้ในตำแหน่งนี้ (ใช้ได้: {allowed})',
  pOneOf: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed}',
  pUnknownProvince: '“{value}” ไม่ใช่รหัสจังหวัด (TH-10 … TH-96)',
  pUnknownIndicator: '“{value}” ไม่ใช่ตัวชี้วัดในแผนที่นี้',
  pUnknownPlace: '“{value}” ไม่ใช่เมืองแห่งการเรียนรู้หรือภาคี (city:… หรือ partner:…)',
  pYearNotAvailable: 'ตัวชี้วัดนี้ไม่มีข้อมูลปี {value} (มีปี {years})',
  pBadUrl: '“{value}” เป็นลิงก์ที่ไม่อนุญาต (ใช้ได้เฉพาะ http, https, mailto หรือที่อยู่สัมพัทธ์)',
  pBadVersion: 'ต้องเป็น 1',
  pBadId: 'ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด',
  draftTitle: 'สร้างเรื่องเล่า',
  draftStoryName: 'ชื่อเรื่องเล่า',
  draftSlideName: 'ชื่อสไลด์ถัดไป',
  draftAdd: 'เพิ่มมุมมองปัจจุบันเป็นสไลด์',
  draftCount: 'มี {count} สไลด์แล้ว',
  draftDownload: 'ดาวน์โหลดเรื่องเล่า (.json)',
  draftPlay: 'เล่น',
  draftOpen: 'เปิดไฟล์เรื่องเล่า…',
  draftClose: 'ปิด',
  draftHint: 'สไลด์จะจำมุมมองแผนที่ ตัวชี้วัด ปี ชั้นข้อมูล ปีของเครือข่าย และจังหวัดที่เลือกไว้ ลากไฟล์เรื่องเล่ามาวางที่ใดก็ได้บนหน้านี้เพื่อเล่น',
  draftDefaultTitle: 'เรื่องเล่าของฉัน',
  draftSlideTitle: 'สไลด์ที่ {n}',
};

export const storyMessages: Record<Lang, StoryCatalogue> = { en, th };

/** Looks up a story-mode string and fills `{name}` placeholders (same rules as i18n's `t`). */
export const st = lookupIn<StoryMessageKey>(storyMessages);

const PROBLEM_KEY = {
  'not-object': 'pNotObject',
  missing: 'pMissing',
  'not-text': 'pNotText',
  'not-bilingual': 'pNotBilingual',
  'not-list': 'pNotList',
  empty: 'pEmpty',
  'too-long': 'pTooLong',
  'not-number': 'pNotNumber',
  'unknown-field': 'pUnknownField',
  'one-of': 'pOneOf',
  'unknown-province': 'pUnknownProvince',
  'unknown-indicator': 'pUnknownIndicator',
  'unknown-place': 'pUnknownPlace',
  'year-not-available': 'pYearNotAvailable',
  'bad-url': 'pBadUrl',
  'bad-version': 'pBadVersion',
  'bad-id': 'pBadId',
} as const satisfies Record<StoryError['problem']['kind'], StoryMessageKey>;

/** One validation error as a sentence naming the slide and the field. */
export function formatStoryError(e: StoryError, lang: Lang): string {
  const { kind, ...vars } = e.problem;
  // Values quoted from the story file (a year, a field's bounds) are shown as written, not as counts.
  const quoted = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
  const problem = st(lang, PROBLEM_KEY[kind], quoted);
  if (e.field === '') return e.slide === null ? st(lang, 'errorWhole') : st(lang, 'errorAtSlide', { slide: e.slide, problem });
  return e.slide === null
    ? st(lang, 'errorAtStory', { field: e.field, problem })
    : st(lang, 'errorAt', { slide: e.slide, field: e.field, problem });
}
