// Catalogue entries from NESDC's provincial accounts: GPP per capita, GPP, the population NESDC
// divides by, education-sector value added and its share of GPP.
import type { IndicatorSpec } from './spec';
import { gppSource } from './sources';

export const ECONOMY: IndicatorSpec[] = [
  {
    meta: {
      id: 'gpp-per-capita',
      label: { th: 'ผลิตภัณฑ์มวลรวมจังหวัดต่อหัว', en: 'GPP per capita' },
      description: {
        th: 'ผลิตภัณฑ์มวลรวมจังหวัด ณ ราคาประจำปี ต่อประชากรหนึ่งคน หน่วยบาทต่อปี',
        en: 'Gross provincial product at current prices per person, in baht per year.',
      },
      unit: 'baht',
      polarity: 'higher-better',
      decimals: 0,
      // No whole-kingdom row in the source; the 77 provinces sum exactly to GDP and to NESDC's
      // population, and each province value equals GPP ÷ population (checked), so the ratio is exact.
      // gpp is million baht, gpp-population is persons: × 1,000,000 gives baht.
      aggregation: { kind: 'ratio', numerator: 'gpp', denominator: 'gpp-population', scale: 1_000_000 },
      source: gppSource('GPP per capita (baht), current market prices', {
        th:
          'ราคาประจำปี คำนวณจาก GPP หารด้วยประชากรที่ สศช. ประมาณเอง (ประชากรที่อยู่จริง ราว 69.5 ล้านคนในปี 2563) ไม่ใช่ประชากรตามทะเบียนราษฎร ' +
          'GPP นับผลผลิต ณ ที่ผลิต จึงสูงมากในจังหวัดที่มีอุตสาหกรรมหนาแน่น เช่น ระยอง กรุงเทพฯ ปราจีนบุรี ชลบุรี และไม่ได้วัดรายได้ของครัวเรือน ' +
          'ต้นฉบับไม่มีค่าระดับประเทศ ค่าระดับประเทศในที่นี้คือ GPP รวมหารด้วยประชากรของ สศช. รวม (GPP ของ 77 จังหวัดรวมกันเท่ากับ GDP พอดี)',
        en:
          "Current market prices. Divides GPP by NESDC's own estimate of resident population (about 69.5 million in 2020), not " +
          'the DOPA registered population. GPP counts output where it is produced, so it is very high where industry is ' +
          'concentrated (Rayong, Bangkok, Prachinburi, Chonburi) and does not measure household income. The source has no ' +
          "national row: the national figure is total GPP ÷ NESDC's total population (the 77 provinces sum exactly to GDP).",
      }),
    },
    recipe: { kind: 'wide', file: 'gpp_per_capita_baht_2016-2020.csv' },
  },
  {
    meta: {
      id: 'gpp',
      label: { th: 'ผลิตภัณฑ์มวลรวมจังหวัด (GPP)', en: 'Gross provincial product (GPP)' },
      description: {
        th: 'มูลค่าสินค้าและบริการขั้นสุดท้ายที่ผลิตในจังหวัด ณ ราคาประจำปี หน่วยล้านบาท',
        en: 'Value of final goods and services produced in the province, at current prices, in million baht.',
      },
      unit: 'million-baht',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: gppSource('GPP, current market prices (million baht)', {
        th:
          'ราคาประจำปี หน่วยล้านบาท GPP ของ 77 จังหวัดรวมกันเท่ากับ GDP ของ สศช. ทุกปี (ปี 2563: 15,636,891 ล้านบาท) ' +
          'ผลผลิตนับ ณ จังหวัดที่ผลิต ไม่ใช่จังหวัดที่ผู้มีรายได้อาศัยอยู่',
        en:
          "Current market prices, million baht. The 77 provinces sum exactly to NESDC's GDP in every year (2020: 15,636,891 " +
          'million baht). Output is counted in the province where it is produced, not where earners live.',
      }),
    },
    recipe: { kind: 'wide', file: 'gpp_current_million_baht_2016-2020.csv' },
  },
  {
    meta: {
      id: 'gpp-population',
      label: { th: 'ประชากรที่ สศช. ใช้คำนวณ GPP ต่อหัว', en: 'Population used for GPP per capita (NESDC)' },
      description: {
        th: 'ประชากรที่อยู่จริงตามการประมาณของ สศช. ซึ่งใช้เป็นตัวหารของ GPP ต่อหัว',
        en: "NESDC's estimate of resident population, the denominator of GPP per capita.",
      },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: gppSource('Population (1,000 persons)', {
        th:
          'ต้นฉบับมีหน่วยพันคน ทศนิยม 3 ตำแหน่ง ที่นี่แปลงเป็นคน (คูณ 1,000 ได้ค่าตรงทุกหลัก) เป็นค่าประมาณประชากรที่อยู่จริงของ สศช. ' +
          'สูงกว่าประชากรตามทะเบียนราษฎร เช่น กรุงเทพฯ 9.0 ล้านคนในปี 2563 เทียบกับ 5.46 ล้านคนตามทะเบียน ธ.ค. 2567 ควรใช้คู่กับตัวเลข GPP เท่านั้น',
        en:
          'Published in thousands of persons with 3 decimals; shipped here in persons (× 1,000, exact). NESDC\'s estimate of ' +
          'resident population, larger than the DOPA registered population (Bangkok 9.0 million in 2020 against 5.46 million ' +
          'registered in December 2024). Use it only with the GPP figures.',
      }),
    },
    recipe: { kind: 'wide', file: 'gpp_population_thousand_2016-2020.csv', shiftPow10: 3 },
  },
  {
    meta: {
      id: 'education-gva',
      label: { th: 'มูลค่าเพิ่มสาขาการศึกษา', en: 'Education-sector value added' },
      description: {
        th: 'มูลค่าเพิ่มของสาขาการศึกษาที่ตั้งอยู่ในจังหวัด ณ ราคาประจำปี หน่วยล้านบาท',
        en: 'Gross value added of the education industry located in the province, at current prices, in million baht.',
      },
      unit: 'million-baht',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: gppSource('gross value added of the Education sector, current market prices (million baht)', {
        th:
          'มูลค่าเพิ่มของสาขาการศึกษา (ISIC หมวด P ได้แก่ โรงเรียนรัฐและเอกชน มหาวิทยาลัย และการกวดวิชา) ที่ตั้งอยู่ในจังหวัด ' +
          'ใช้แทนขนาดของภาคการศึกษา ไม่ใช่ค่าใช้จ่ายต่อนักเรียน ค่าของกรุงเทพฯ ที่เพิ่มขึ้นมากในปี 2561 (82.5 เป็น 108.4 พันล้านบาท) เป็นไปตามต้นฉบับ',
        en:
          'Output of the education industry (ISIC section P: public and private schools, universities, tutoring) located in ' +
          "the province: a proxy for the size of the education sector, not spending per pupil. Bangkok's jump in 2018 (82.5 → " +
          '108.4 billion baht) is in the source.',
      }),
    },
    recipe: { kind: 'wide', file: 'gpp_education_sector_gva_million_baht_2016-2020.csv' },
  },
  {
    meta: {
      id: 'education-gva-share',
      label: { th: 'สัดส่วนสาขาการศึกษาใน GPP', en: 'Education share of GPP' },
      description: {
        th: 'มูลค่าเพิ่มสาขาการศึกษาเป็นร้อยละของผลิตภัณฑ์มวลรวมจังหวัด',
        en: 'Education-sector value added as a percentage of gross provincial product.',
      },
      unit: 'percent',
      polarity: 'neutral',
      decimals: 2,
      aggregation: { kind: 'ratio', numerator: 'education-gva', denominator: 'gpp', scale: 100 },
      source: gppSource('gross value added of the Education sector and GPP, current market prices', {
        th:
          'คำนวณในโครงการนี้ มูลค่าเพิ่มสาขาการศึกษาหารด้วย GPP คูณ 100 (ราคาประจำปีทั้งคู่) ปัดทศนิยม 2 ตำแหน่ง ' +
          'เป็นผลผลิตของสาขาการศึกษาที่ตั้งอยู่ในจังหวัด ไม่ใช่ค่าใช้จ่ายด้านการศึกษา',
        en:
          'Computed here: education-sector value added ÷ GPP × 100, both at current prices, rounded to 2 decimals. It is the ' +
          'output of the education industry located in the province, not education spending.',
      }),
    },
    recipe: { kind: 'derived-ratio' },
  },
];
