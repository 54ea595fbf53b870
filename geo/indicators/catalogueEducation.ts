// Catalogue entries on schools, poverty and schooling: OBEC schools, teachers and students,
// TPMAP targeted poor, and the NSO Labour Force Survey's educational attainment of people 15+.
import type { Bilingual } from '../../src/data/indicatorTypes';
import type { IndicatorSpec } from './spec';
import { lfsSource, OBEC_SCHOOLS, obecStaffSource, tpmapSource } from './sources';

const OBEC = 'obec_teachers_students_2018.csv';
const TPMAP = 'tpmap_targeted_poor_2018.csv';
const LFS = 'lfs_edu_attainment_shares_pop15plus_2011-2019.csv';

/** OBEC national summary page (indicator 12.2), whole kingdom, 2018. */
const OBEC_NATIONAL = { teachers: 406_637, students: 6_810_718 };

const PEOPLE_15 = { th: 'ของประชากรอายุ 15 ปีขึ้นไป', en: 'of people aged 15 and over' };
const lfsShare = (what: Bilingual): Bilingual => ({
  th: `ร้อยละ${PEOPLE_15.th}ที่${what.th}`,
  en: `Percentage ${PEOPLE_15.en} ${what.en}.`,
});

export const EDUCATION: IndicatorSpec[] = [
  {
    meta: {
      id: 'obec-schools',
      label: { th: 'โรงเรียนสังกัด สพฐ.', en: 'OBEC schools' },
      description: {
        th: 'จำนวนโรงเรียนสังกัดสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานในจังหวัด',
        en: 'Number of schools under the Office of the Basic Education Commission in the province.',
      },
      unit: 'count',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: OBEC_SCHOOLS,
    },
    recipe: { kind: 'column', file: 'obec_school_count_2022.csv', column: 'schools_total', year: 2022 },
  },
  {
    meta: {
      id: 'students-per-teacher',
      label: { th: 'นักเรียนต่อครู (สพฐ.)', en: 'Students per teacher (OBEC)' },
      description: {
        th: 'จำนวนนักเรียนต่อครูหนึ่งคนในโรงเรียนสังกัด สพฐ.',
        en: 'Students per teacher in schools under OBEC.',
      },
      unit: 'ratio',
      polarity: 'higher-worse',
      decimals: 2,
      aggregation: { kind: 'ratio', numerator: 'obec-students', denominator: 'obec-teachers' },
      source: obecStaffSource({
        th: 'คำนวณในโครงการนี้ นักเรียนหารด้วยครู ปัดทศนิยม 2 ตำแหน่ง ค่าระดับประเทศ 16.75 คำนวณจากยอดรวมทั้งประเทศข้างต้น (หน้าเว็บแสดง 1 : 17)',
        en: 'Computed here: students ÷ teachers, 2 decimals. The national 16.75 is from the national totals above (the page prints 1 : 17).',
      }),
    },
    recipe: { kind: 'derived-ratio' },
    national: { '2018': Math.round((OBEC_NATIONAL.students / OBEC_NATIONAL.teachers) * 100) / 100 },
  },
  {
    meta: {
      id: 'obec-students',
      label: { th: 'นักเรียนสังกัด สพฐ.', en: 'OBEC students' },
      description: { th: 'จำนวนนักเรียนในโรงเรียนสังกัด สพฐ. ในจังหวัด', en: 'Number of students in schools under OBEC in the province.' },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: obecStaffSource(),
    },
    recipe: { kind: 'column', file: OBEC, column: 'students', year: 2018 },
    national: { '2018': OBEC_NATIONAL.students },
  },
  {
    meta: {
      id: 'obec-teachers',
      label: { th: 'ครูสังกัด สพฐ.', en: 'OBEC teachers' },
      description: { th: 'จำนวนครูในโรงเรียนสังกัด สพฐ. ในจังหวัด', en: 'Number of teachers in schools under OBEC in the province.' },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: obecStaffSource(),
    },
    recipe: { kind: 'column', file: OBEC, column: 'teachers', year: 2018 },
    national: { '2018': OBEC_NATIONAL.teachers },
  },
  {
    meta: {
      id: 'targeted-poor-pct',
      label: { th: 'สัดส่วนคนจนเป้าหมาย (TPMAP)', en: 'Targeted poor (TPMAP)' },
      description: {
        th: 'คนจนเป้าหมายเป็นร้อยละของผู้ที่อยู่ในการสำรวจข้อมูลความจำเป็นพื้นฐาน (จปฐ.)',
        en: 'Targeted poor as a percentage of the persons covered by the Basic Minimum Needs survey.',
      },
      unit: 'percent',
      polarity: 'higher-worse',
      decimals: 2,
      aggregation: { kind: 'ratio', numerator: 'targeted-poor-persons', denominator: 'tpmap-surveyed-persons', scale: 100 },
      source: tpmapSource({
        th: 'ร้อยละตามที่ TPMAP เผยแพร่ (ปัดทศนิยม 4 ตำแหน่งในตารางที่ใช้)',
        en: 'Percentage as published by TPMAP (4 decimals in the table used).',
      }),
    },
    recipe: { kind: 'column', file: TPMAP, column: 'targeted_poor_pct_of_surveyed', year: 2018 },
  },
  {
    meta: {
      id: 'targeted-poor-persons',
      label: { th: 'คนจนเป้าหมาย (TPMAP)', en: 'Targeted poor, persons (TPMAP)' },
      description: { th: 'จำนวนคนจนเป้าหมายในจังหวัด', en: 'Number of targeted poor people in the province.' },
      unit: 'people',
      polarity: 'higher-worse',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: tpmapSource(),
    },
    recipe: { kind: 'column', file: TPMAP, column: 'targeted_poor_persons', year: 2018 },
  },
  {
    meta: {
      id: 'tpmap-surveyed-persons',
      label: { th: 'ผู้อยู่ในการสำรวจ จปฐ. (TPMAP)', en: 'Persons surveyed (TPMAP)' },
      description: {
        th: 'จำนวนสมาชิกครัวเรือนที่อยู่ในการสำรวจข้อมูลความจำเป็นพื้นฐาน (จปฐ.) ซึ่ง TPMAP ใช้เป็นตัวหาร',
        en: 'Members of households covered by the Basic Minimum Needs survey, the denominator TPMAP uses.',
      },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: tpmapSource(),
    },
    recipe: { kind: 'column', file: TPMAP, column: 'surveyed_persons', year: 2018 },
  },
  {
    meta: {
      id: 'targeted-poor-education',
      label: { th: 'คนจนเป้าหมายด้านการศึกษา (TPMAP)', en: 'Targeted poor deprived in education (TPMAP)' },
      description: {
        th: 'จำนวนคนจนเป้าหมายที่ขาดแคลนด้านการศึกษา',
        en: 'Number of targeted poor people who are deprived in the education dimension.',
      },
      unit: 'people',
      polarity: 'higher-worse',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: tpmapSource({
        th: 'คนหนึ่งอาจขาดแคลนได้หลายด้าน ตัวเลขห้าด้านของ TPMAP จึงรวมกันไม่เท่ากับจำนวนคนจนเป้าหมาย เป็นจำนวนคน ไม่ได้ปรับตามขนาดจังหวัด',
        en: 'A person can be deprived in several of the five TPMAP dimensions, so they do not add up to the targeted poor. A count of people, not adjusted for province size.',
      }),
    },
    recipe: { kind: 'column', file: TPMAP, column: 'targeted_poor_deprived_education', year: 2018 },
  },
  {
    meta: {
      id: 'edu-upper-secondary-plus',
      label: { th: 'จบมัธยมศึกษาตอนปลายขึ้นไป (อายุ 15+)', en: 'Upper secondary or higher (age 15+)' },
      description: lfsShare({
        th: 'สำเร็จการศึกษาระดับมัธยมศึกษาตอนปลาย (สายสามัญ อาชีวะ หรือวิชาการศึกษา) ขึ้นไป',
        en: 'who completed upper secondary education (general, vocational or teacher training) or higher',
      }),
      unit: 'percent',
      polarity: 'higher-better',
      decimals: 1,
      aggregation: { kind: 'weighted-mean', weight: 'lfs-pop15plus' },
      source: lfsSource(),
    },
    recipe: { kind: 'long', file: LFS, column: 'pct_upper_secondary_or_higher', yearColumn: 'year' },
  },
  {
    meta: {
      id: 'edu-university',
      label: { th: 'จบอุดมศึกษา (อายุ 15+)', en: 'University education (age 15+)' },
      description: lfsShare({ th: 'สำเร็จการศึกษาระดับอุดมศึกษา', en: 'who completed university-level education' }),
      unit: 'percent',
      polarity: 'higher-better',
      decimals: 1,
      aggregation: { kind: 'weighted-mean', weight: 'lfs-pop15plus' },
      source: lfsSource(),
    },
    recipe: { kind: 'long', file: LFS, column: 'pct_university', yearColumn: 'year' },
  },
  {
    meta: {
      id: 'edu-no-education',
      label: { th: 'ไม่มีการศึกษา (อายุ 15+)', en: 'No education (age 15+)' },
      description: lfsShare({ th: 'ไม่มีการศึกษา', en: 'with no education' }),
      unit: 'percent',
      polarity: 'higher-worse',
      decimals: 1,
      aggregation: { kind: 'weighted-mean', weight: 'lfs-pop15plus' },
      source: lfsSource({
        th: 'สัดส่วนสูงในจังหวัดชายแดนและบนพื้นที่สูง (ปี 2562 แม่ฮ่องสอนร้อยละ 31.57) อาจส่วนหนึ่งเพราะในกลุ่มตัวอย่างมีชาวเขา ผู้ไร้สัญชาติ และแรงงานข้ามชาติ (ยังไม่ได้ตรวจสอบ)',
        en: 'High in border and hill provinces (2019: Mae Hong Son 31.57 %), possibly in part because hill-tribe, stateless and migrant residents are in the sample (not verified).',
      }),
    },
    recipe: { kind: 'long', file: LFS, column: 'pct_no_education', yearColumn: 'year' },
  },
  {
    meta: {
      id: 'lfs-pop15plus',
      label: { th: 'ประชากรอายุ 15 ปีขึ้นไป (สำรวจภาวะการทำงาน)', en: 'Population aged 15+ (Labour Force Survey)' },
      description: {
        th: 'จำนวนประชากรอายุ 15 ปีขึ้นไปตามค่าประมาณของการสำรวจภาวะการทำงาน ไตรมาส 4 ใช้ถ่วงน้ำหนักสัดส่วนด้านการศึกษา',
        en: 'Estimated number of people aged 15 and over in the Labour Force Survey, quarter 4; the weight of the education shares.',
      },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: lfsSource({
        th: 'จำนวนคนเปรียบเทียบข้ามปี 2556 กับ 2557 ไม่ได้ เพราะค่าถ่วงน้ำหนักเปลี่ยน ตัวเลขหนองคายปี 2554 รวมบึงกาฬ',
        en: 'Counts are not comparable across the 2013/2014 break. The 2011 Nong Khai figure includes Bueng Kan.',
      }),
    },
    recipe: { kind: 'long', file: LFS, column: 'pop15plus', yearColumn: 'year' },
  },
];
