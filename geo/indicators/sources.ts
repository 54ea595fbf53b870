// The `source` block of every shipped indicator: publisher, title, year, licence, URL and the
// caveats users must see, in Thai and English. Facts come from the sidecars beside each table
// (geo/indicators/*.source.md) and ../shared/data/README.md; what they mark BELIEVED stays hedged.
import type { Bilingual, IndicatorSource } from '../../src/data/indicatorTypes';

const DOPA: Bilingual = { th: 'กรมการปกครอง กระทรวงมหาดไทย', en: 'Department of Provincial Administration (DOPA), Ministry of Interior' };
const NESDC: Bilingual = {
  th: 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.)',
  en: 'Office of the National Economic and Social Development Council (NESDC)',
};
const ECONVIS = 'https://github.com/phat-ap/econvis';

/** Registered population, December 2024 (provinces.csv). */
export const POPULATION_2024: IndicatorSource = {
  organisation: { th: `${DOPA.th} (ผ่านวิกิพีเดีย)`, en: `${DOPA.en}, via Wikipedia` },
  title: 'Registered population by province, December 2024, in the English Wikipedia table "Provinces of Thailand"',
  url: 'https://en.wikipedia.org/wiki/Provinces_of_Thailand',
  year: 'December 2024',
  licence: 'CC BY-SA 4.0 (Wikipedia text); cite DOPA and Wikipedia',
  note: {
    th:
      'ประชากรตามทะเบียนราษฎร เดือนธันวาคม 2567 ปัดเป็นหลักพันตามตารางในวิกิพีเดีย นับตามทะเบียนบ้าน ไม่ใช่ที่ที่คนอยู่จริง ' +
      'เช่น สศช. ประมาณประชากรกรุงเทพฯ ไว้ราว 9.0 ล้านคนในปี 2563 แต่ตามทะเบียนเดือนธันวาคม 2567 มี 5.46 ล้านคน',
    en:
      'Registered (house-register) population, December 2024, rounded to 1,000 in the Wikipedia table. It counts people ' +
      'where they are registered, not where they live: NESDC puts Bangkok at about 9.0 million in 2020, against 5.46 million registered in December 2024.',
  },
};

/** Official area (provinces.csv). */
export const AREA_2019: IndicatorSource = {
  organisation: { th: 'กรมป่าไม้', en: 'Royal Forest Department' },
  title: 'Official area of each province (km²)',
  year: '2019',
  licence: 'not stated (facts)',
  note: {
    th: 'พื้นที่ทางการของจังหวัด หน่วยตารางกิโลเมตร เป็นตัวเลขจากแหล่งข้อมูล ไม่ได้คำนวณจากเส้นขอบเขตบนแผนที่',
    en: 'Official area in km², as published; not measured from the map outlines, which are generalised.',
  },
};

/** Density = population 2024 ÷ area 2019, computed here. */
export const DENSITY_2024: IndicatorSource = {
  organisation: { th: `${DOPA.th} (ประชากร) และกรมป่าไม้ (พื้นที่)`, en: `${DOPA.en} (population, via Wikipedia) and Royal Forest Department (area)` },
  title: 'Computed here: registered population (December 2024) ÷ official area (2019)',
  year: 'population December 2024; area 2019',
  licence: 'population: CC BY-SA 4.0 (Wikipedia text; cite DOPA and Wikipedia); area: not stated (facts)',
  note: {
    th:
      'คำนวณในโครงการนี้ ประชากรตามทะเบียนราษฎร (ธ.ค. 2567 ปัดเป็นหลักพัน) หารด้วยพื้นที่ทางการ (ปี 2562) ปัดเป็นจำนวนเต็ม ' +
      'ประชากรและพื้นที่เป็นข้อมูลคนละปี และนับตามทะเบียนบ้าน ไม่ใช่ที่ที่คนอยู่จริง',
    en:
      'Computed here: registered population (December 2024, rounded to 1,000) ÷ official area (2019), rounded to whole people ' +
      'per km². The two inputs are of different years, and population is counted where people are registered, not where they live.',
  },
};

/** Registered population 2002–2013 (prasertcbs/basic-dataset). */
export const POPULATION_2002_2013: IndicatorSource = {
  organisation: DOPA,
  title: 'Registered population by province, BE 2545–2556 (GitHub prasertcbs/basic-dataset, PopulationByProvinces.csv)',
  url: 'https://github.com/prasertcbs/basic-dataset',
  year: 'BE 2545–2556 (2002–2013)',
  licence: 'not stated; cite DOPA',
  note: {
    th:
      'ประชากรตามทะเบียนราษฎร ณ สิ้นปี รวบรวมไว้ใน prasertcbs/basic-dataset ตัวเลขตรงกับของกรมการปกครอง แต่ที่เก็บข้อมูลไม่ได้ระบุแหล่งที่มาและสัญญาอนุญาต ' +
      'ต้นฉบับเป็นปี พ.ศ. 2545–2556 แสดงที่นี่เป็น ค.ศ. 2002–2013 ' +
      'บึงกาฬแยกจากหนองคายในปี 2554 แต่ต้นฉบับมีตัวเลขของบึงกาฬตั้งแต่ปี 2553 ก่อนหน้านั้นบึงกาฬจึงไม่มีข้อมูล และประชากรนับรวมอยู่ในหนองคาย ' +
      'ต้นฉบับให้ตัวเลขของชัยภูมิปี 2553 และ 2554 เท่ากัน (1,127,423 คน)',
    en:
      'Year-end registered population as compiled in prasertcbs/basic-dataset; the figures are consistent with DOPA, but the ' +
      'repository names neither its source nor a licence. Source years are BE 2545–2556, shown as CE 2002–2013. Bueng Kan was ' +
      'split from Nong Khai in 2011 and the source lists it from 2010: before that it has no data and its people are counted in ' +
      'Nong Khai. Chaiyaphum has the same figure (1,127,423) for 2010 and 2011 in the source.',
  },
};

/** Human Achievement Index (phat-ap/econvis). */
export const HAI: IndicatorSource = {
  organisation: NESDC,
  title: 'Human Achievement Index (HAI) by province, 2015–2021 (GitHub phat-ap/econvis, data/tha_human_achievement_index.csv)',
  url: ECONVIS,
  year: '2015–2021',
  licence: 'CC0 1.0 (phat-ap/econvis); cite NESDC',
  note: {
    th:
      'ดัชนีรวม ค่า 0 ถึง 1 ยิ่งสูงยิ่งดี พัฒนาขึ้นครั้งแรกโดย UNDP ประเทศไทย ค่าดัชนีนำมาบวกหรือเฉลี่ยกันไม่ได้ ' +
      'ค่าระดับประเทศจึงเป็นตัวเลขที่ สศช. เผยแพร่เอง ไม่ได้คำนวณจากค่ารายจังหวัด ไม่พบข้อมูลหลังปี 2564',
    en:
      'Composite index from 0 to 1 (higher is better), first developed by UNDP Thailand. It cannot be added up or averaged: the ' +
      'whole-kingdom value is the one NESDC publishes, not computed from provinces. No data after 2021 was found.',
  },
};

/** NESDC provincial accounts (phat-ap/econvis, tha_gpp.csv), with a table-specific note. */
export function gppSource(what: string, note: Bilingual): IndicatorSource {
  return {
    organisation: NESDC,
    title: `Gross Regional and Provincial Product, ${what}, 2016–2020 (GitHub phat-ap/econvis, data/tha_gpp.csv)`,
    url: ECONVIS,
    year: '2016–2020',
    licence: 'CC0 1.0 (phat-ap/econvis); NESDC terms not stated; cite NESDC',
    note,
  };
}

/** OBEC school list (EMIS, via wevisdemo/open-school-data). */
export const OBEC_SCHOOLS: IndicatorSource = {
  organisation: {
    th: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) สำนักนโยบายและแผนการศึกษาขั้นพื้นฐาน',
    en: 'Office of the Basic Education Commission (OBEC), Bureau of Policy and Planning',
  },
  title: 'EMIS school lists by provincial education office, scraped 15 September 2022 (GitHub wevisdemo/open-school-data, 2022-09/html/province)',
  url: 'https://github.com/wevisdemo/open-school-data',
  year: 'September 2022',
  licence: 'not stated (no licence in the repository or on EMIS)',
  note: {
    th:
      'นับเฉพาะโรงเรียนสังกัด สพฐ. ไม่รวมโรงเรียนสังกัดกรุงเทพมหานคร องค์กรปกครองส่วนท้องถิ่น เอกชน และอาชีวศึกษา ' +
      'กรุงเทพฯ จึงนับได้เพียง 156 โรง น้อยกว่าจำนวนโรงเรียนทั้งหมดมาก โรงเรียนนับอยู่ในจังหวัดของสำนักงานศึกษาธิการจังหวัดที่ขึ้นทะเบียนไว้ รวมทั้งประเทศ 29,579 โรง',
    en:
      'OBEC schools only: no BMA, local-government, private or vocational schools, so Bangkok (156) is far under-counted. A ' +
      'school counts in the province of the provincial education office it is registered to. National total 29,579.',
  },
};

/** MOE e-inspection 2018 (OBEC teachers and students). `extra` adds an indicator-specific caveat. */
export function obecStaffSource(extra?: Bilingual): IndicatorSource {
  return {
    organisation: { th: 'สำนักงานปลัดกระทรวงศึกษาธิการ', en: 'Ministry of Education, Office of the Permanent Secretary' },
    title: 'ระบบตรวจ ติดตามและประเมินผล (e-inspection) 2561, policy 12, indicator 12.2 อัตราส่วนครูต่อนักเรียน (OBEC schools)',
    url: 'https://sp.moe.go.th/sp_2561/spinfo/?module=policy12_02',
    year: '2018 (system year BE 2561)',
    licence: 'not stated (Thai government web page)',
    note: {
      th:
        'เฉพาะโรงเรียนสังกัด สพฐ. (สพป. สพม. และการศึกษาพิเศษ) ไม่รวมโรงเรียนสังกัดกรุงเทพมหานคร ท้องถิ่น เอกชน อาชีวศึกษา สาธิต และตำรวจตระเวนชายแดน ' +
        'กรุงเทพฯ จึงมีนักเรียนเพียง 268,351 คน มีข้อมูล 73 จาก 77 จังหวัด ไม่มีข้อมูลสมุทรสาคร สมุทรสงคราม เพชรบุรี และประจวบคีรีขันธ์ ' +
        '(ไม่พบหน้าของศึกษาธิการภาค 5) ยอดรวมทั้งประเทศครู 406,637 คน นักเรียน 6,810,718 คน มาจากหน้าสรุประดับประเทศ ซึ่งรวมสี่จังหวัดนี้แล้ว ' +
        'นครสวรรค์เป็นผลรวมของสองแถวที่เผยแพร่ในภาค 14 และภาค 18 ระบบปรับข้อมูลต่อเนื่อง จึงไม่ทราบวันที่ของข้อมูลในรอบปี 2561 แน่ชัด' +
        (extra === undefined ? '' : ` ${extra.th}`),
      en:
        'OBEC schools only (primary and secondary area offices, special education): no BMA, local-government, private, vocational, ' +
        'university-demonstration or Border Patrol Police schools, so Bangkok shows only 268,351 students. 73 of 77 provinces: ' +
        'Samut Sakhon, Samut Songkhram, Phetchaburi and Prachuap Khiri Khan have no data (the page of inspection cluster 5 was not ' +
        'found). The national totals, 406,637 teachers and 6,810,718 students, are from the national summary page and include them. ' +
        'Nakhon Sawan is the sum of two rows published under clusters 14 and 18. The system is live, so the date of the snapshot ' +
        'within the 2018 round is unknown.' +
        (extra === undefined ? '' : ` ${extra.en}`),
    },
  };
}

/** TPMAP 2018 province files (via na399/faces-of-poverty). `extra` adds an indicator-specific caveat. */
export function tpmapSource(extra?: Bilingual): IndicatorSource {
  return {
    organisation: {
      th: 'สศช. และศูนย์เทคโนโลยีอิเล็กทรอนิกส์และคอมพิวเตอร์แห่งชาติ (เนคเทค) ระบบ TPMAP',
      en: 'NESDC and NECTEC (NSTDA), Thai People Map and Analytics Platform (TPMAP)',
    },
    title: 'TPMAP province files for data year 61 (61_province_11111.csv, 61_province_common.csv), downloaded 5 January 2019 (GitHub na399/faces-of-poverty)',
    url: 'https://github.com/na399/faces-of-poverty',
    year: '2018 (BE 2561)',
    licence: 'The Unlicense (na399/faces-of-poverty); TPMAP terms not stated; cite TPMAP and NESDC',
    note: {
      th:
        '“คนจนเป้าหมาย” เป็นการนับจากทะเบียน คือผู้ที่ไม่ผ่านเกณฑ์ข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และอยู่ในข้อมูลผู้ลงทะเบียนสวัสดิการแห่งรัฐของกระทรวงการคลัง ' +
        '(ความหมายนี้ตีความจากชื่อคอลัมน์) ไม่ใช่สัดส่วนคนจนตามเส้นความยากจนของ สศช. และ สสช. ตัวหารคือผู้ที่อยู่ในการสำรวจ จปฐ. ' +
        '(รวม 36.6 ล้านคน ราวครึ่งหนึ่งของประชากร) ไม่ใช่ประชากรทั้งจังหวัด ไม่มีข้อมูลกรุงเทพฯ เพราะการสำรวจ จปฐ. ไม่ครอบคลุม' +
        (extra === undefined ? '' : ` ${extra.th}`),
      en:
        '"Targeted poor" is a register-based count: people who fail the Basic Minimum Needs (BMN, จปฐ.) survey criteria and appear ' +
        "in the Ministry of Finance state-welfare registration (meaning inferred from the column names). It is not NESDC/NSO's " +
        'expenditure-based poverty rate. The denominator is persons covered by the BMN survey (36.6 million, about half the ' +
        'population), not the whole province. Bangkok is not covered by the survey: no data.' +
        (extra === undefined ? '' : ` ${extra.en}`),
    },
  };
}

/** NSO Labour Force Survey Q4 education attainment. `extra` adds an indicator-specific caveat. */
export function lfsSource(extra?: Bilingual): IndicatorSource {
  return {
    organisation: { th: 'สำนักงานสถิติแห่งชาติ (สสช.)', en: 'National Statistical Office (NSO)' },
    title:
      'Labour Force Survey, provincial statistical tables, quarter 4 (ISSN 0859-8770), table 2: population aged 15+ by level of ' +
      'education completed; read from the NSO PDFs in GitHub phat-ap/econvis (data/lfs_raw)',
    url: ECONVIS,
    year: '2011–2019 (quarter 4 of each year)',
    licence: 'NSO terms not stated; repository CC0 1.0; cite NSO',
    note: {
      th:
        'การสำรวจภาวะการทำงานของประชากร ไตรมาส 4 (ต.ค.–ธ.ค.) ประชากรอายุ 15 ปีขึ้นไปจำแนกตามระดับการศึกษาสูงสุดที่สำเร็จ ' +
        'สัดส่วนคำนวณจากจำนวนที่เผยแพร่ ตัวหารรวมผู้ที่มีการศึกษาระดับ “อื่น ๆ” และ “ไม่ทราบ” ด้วย เป็นค่าประมาณจากการสำรวจ จังหวัดเล็กมีความคลาดเคลื่อนสูง ' +
        'และไม่ได้เผยแพร่ค่าความคลาดเคลื่อน ข้อมูลขาดความต่อเนื่องระหว่างปี 2556 กับ 2557 เพราะค่าถ่วงน้ำหนักเปลี่ยน ' +
        '(เช่น ประชากรอายุ 15 ปีขึ้นไปของกรุงเทพฯ เพิ่มจาก 5.61 เป็น 7.45 ล้านคน) ข้ามช่วงนี้ให้เทียบเฉพาะสัดส่วน ไม่เทียบจำนวน ' +
        'ปี 2554 ไม่ได้แยกบึงกาฬ (รวมอยู่ในหนองคาย) จึงไม่ควรเทียบหนองคายปี 2554 กับปีต่อ ๆ มา ระดับอุดมศึกษารวมอนุปริญญา ไม่มีข้อมูลปี 2563–2564' +
        (extra === undefined ? '' : ` ${extra.th}`),
      en:
        'Labour Force Survey, quarter 4 (October–December): people aged 15+ by highest level of education completed. Shares are ' +
        "computed from the published counts; the denominator includes 'other' and 'unknown'. Survey estimates: small provinces " +
        'have large sampling errors, which are not published. Break in series between 2013 and 2014: the survey weights changed ' +
        "(e.g. Bangkok's population aged 15+ jumps from 5.61 to 7.45 million), so compare shares, not counts, across it. 2011: " +
        'Bueng Kan is not published separately (it is inside Nong Khai), so do not compare Nong Khai 2011 with later years. ' +
        "'University' includes diploma-level higher vocational education. No data for 2020–2021." +
        (extra === undefined ? '' : ` ${extra.en}`),
    },
  };
}
