// Catalogue entries for people and land: population (2024 and 2002–2013), area, density, HAI.
import type { IndicatorSpec } from './spec';
import { AREA_2019, DENSITY_2024, HAI, POPULATION_2002_2013, POPULATION_2024 } from './sources';

export const DEMOGRAPHY: IndicatorSpec[] = [
  {
    meta: {
      id: 'population',
      label: { th: 'ประชากรตามทะเบียนราษฎร ธ.ค. 2567', en: 'Registered population, Dec 2024' },
      description: {
        th: 'จำนวนประชากรตามทะเบียนราษฎรของจังหวัด เดือนธันวาคม 2567 ปัดเป็นหลักพัน',
        en: 'Number of people on the house registers of the province in December 2024, rounded to 1,000.',
      },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: POPULATION_2024,
    },
    recipe: { kind: 'province-field', field: 'population2024', year: 2024 },
  },
  {
    meta: {
      id: 'population-registered',
      label: { th: 'ประชากรตามทะเบียนราษฎร 2545–2556', en: 'Registered population 2002–2013' },
      description: {
        th: 'จำนวนประชากรตามทะเบียนราษฎรของจังหวัด ณ สิ้นปี พ.ศ. 2545–2556',
        en: 'Number of people on the house registers of the province at the end of each year, 2002–2013.',
      },
      unit: 'people',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: POPULATION_2002_2013,
    },
    recipe: { kind: 'wide', file: 'population_registered_2002_2013.csv' },
  },
  {
    meta: {
      id: 'area',
      label: { th: 'พื้นที่', en: 'Area' },
      description: { th: 'พื้นที่ทางการของจังหวัด หน่วยตารางกิโลเมตร', en: 'Official area of the province in square kilometres.' },
      unit: 'km2',
      polarity: 'neutral',
      decimals: 0,
      aggregation: { kind: 'sum' },
      source: AREA_2019,
    },
    recipe: { kind: 'province-field', field: 'areaKm2', year: 2019 },
  },
  {
    meta: {
      id: 'density',
      label: { th: 'ความหนาแน่นของประชากร', en: 'Population density' },
      description: {
        th: 'ประชากรตามทะเบียนราษฎรต่อพื้นที่หนึ่งตารางกิโลเมตร',
        en: 'Registered population per square kilometre of official area.',
      },
      unit: 'people-per-km2',
      polarity: 'neutral',
      decimals: 0,
      // Area has one year (2019); it is the denominator of every population year.
      aggregation: { kind: 'ratio', numerator: 'population', denominator: 'area', denominatorYear: 2019 },
      source: DENSITY_2024,
    },
    recipe: { kind: 'derived-ratio' },
  },
  {
    meta: {
      id: 'hai',
      label: { th: 'ดัชนีความก้าวหน้าของคน (HAI)', en: 'Human Achievement Index (HAI)' },
      description: {
        th: 'ดัชนีรวมที่วัดความก้าวหน้าในการพัฒนาคนหลายด้านของจังหวัด ค่า 0 ถึง 1 ยิ่งสูงยิ่งดี',
        en: 'Composite index of progress in human development across several areas of life, from 0 to 1; higher is better.',
      },
      unit: 'index',
      polarity: 'higher-better',
      decimals: 3,
      // Not additive: the whole-kingdom value comes from the source's TH row.
      aggregation: { kind: 'none' },
      source: HAI,
    },
    recipe: { kind: 'wide', file: 'hai_2015_2021.csv', national: true },
  },
];
