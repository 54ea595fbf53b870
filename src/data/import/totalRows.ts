// Rows that add provinces up instead of naming one: "รวม", "รวมทั้งประเทศ", "Total", "Whole
// Kingdom", "ภาคเหนือ"… Thai statistical tables end (or start) with them. They are reported as a
// total row, never as an unknown province and never imported as one; a national total's figures
// become the dataset's own kingdom value. Pure.

/** `national`: the whole kingdom; `region`: a region or Bangkok and its vicinity. */
export type TotalKind = 'national' | 'region';

const NATIONAL = new Set([
  'รวม', 'รวมทั้งสิ้น', 'รวมทั้งหมด', 'รวมทั้งประเทศ', 'รวมทั่วประเทศ', 'ทั่วประเทศ', 'ทั้งประเทศ', 'ทั้งหมด',
  'ทั่วราชอาณาจักร', 'ทั้งราชอาณาจักร', 'รวมทั่วราชอาณาจักร', 'ประเทศไทย', 'ราชอาณาจักรไทย', 'ประเทศ',
  'total', 'grandtotal', 'totalall', 'alltotal', 'sum', 'wholekingdom', 'kingdom', 'wholecountry',
  'thailand', 'thailandtotal', 'totalthailand', 'national', 'nationaltotal', 'country', 'countrytotal',
]);

const REGION_TH = /^(ภาค(เหนือ|กลาง|ตะวันออกเฉียงเหนือ|อีสาน|ตะวันออก|ตะวันตก|ใต้)|กรุงเทพ(ฯ|มหานคร)?และปริมณฑล)$/;
const REGION_EN = /^(north|northern|northeast|northeastern|northeastregion|central|east|eastern|west|western|south|southern)(region)?$|^(bangkok(metropolis)?and(its)?vicinit(y|ies)|bangkokmetropolitanregion|greaterbangkok|bmr)$/;

/** Case, spaces, dots, dashes, brackets and colons do not change what a total row says. */
const squeeze = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s.\-_:()[\]*,/]/g, '');

/** What kind of total a province cell names, or null when it is not one. */
export function totalKind(raw: string): TotalKind | null {
  const s = squeeze(raw);
  if (s === '') return null;
  if (NATIONAL.has(s)) return 'national';
  // "รวมภาคเหนือ", "ภาคเหนือ รวม", "Northern region total", "Total North".
  const region = s.replace(/^(รวม|total)/, '').replace(/(รวม|total)$/, '');
  return REGION_TH.test(region) || REGION_EN.test(region) ? 'region' : null;
}
