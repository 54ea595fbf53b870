// Matching a table's rows to the districts of a loaded district set: by district code
// ("TH5601", "5601"), then by Thai or English name with or without อำเภอ/อ./เขต/Amphoe/Khet/
// District. Names repeat across provinces (every province has a เมือง…), so an optional
// province column narrows the candidates; a name still shared by several districts is reported
// as ambiguous, never guessed. Every row is imported or reported. Pure.
import { normaliseLatin, normaliseThai, type ProvinceIndex } from '../provinceMatch';
import type { ProvinceCode } from '../types';
import { parseCell } from './cells';
import type { DistrictIndicator, DistrictProps } from './districts';
import type { RawTable } from './rawTable';
import { tableReport, type ImportReport, type ReportRule } from './report';

export interface DistrictMapping {
  /** Column of the district code or name. */
  district: number;
  /** Column of the province (to tell same-named districts apart); −1 when none. */
  province: number;
  /** Value columns, one indicator each. */
  values: number[];
}

const THAI_CHAR = /[\u0e00-\u0e7f]/;
const THAI_PREFIX = /^(กิ่งอำเภอ|กิ่ง\s*อ\.|อำเภอ|อ\.|เขต)\s*/;
const LATIN_PREFIX = /^(kingamphoe|amphoe|amphur|khet|district)/;
const CODE = /^(TH)?(\d{4})$/i;

/** A district name as a lookup key: no prefix, no case, no spaces; Mueang spelt one way. */
export function districtKey(raw: string): string {
  const s = raw.trim();
  if (THAI_CHAR.test(s)) return normaliseThai(s.normalize('NFC').replace(THAI_PREFIX, ''));
  return normaliseLatin(s)
    .replace(LATIN_PREFIX, '')
    .replace(/district$/, '')
    .replace(/^m(ue|eu|u)ang/, 'mueang');
}

/** "TH5601" and "5601" are the same district code. */
function codeKey(raw: string): string | null {
  const m = CODE.exec(raw.trim().replace(/[\s-]/g, ''));
  return m ? (m[2] as string) : null;
}

export type DistrictHit =
  | { kind: 'match'; index: number; rule: ReportRule }
  | { kind: 'ambiguous'; candidates: number[] }
  | { kind: 'unknown' };

export interface DistrictIndex {
  /** The district a cell names, within `province` when given. */
  match(raw: string, province?: ProvinceCode): DistrictHit;
}

export function buildDistrictIndex(districts: readonly DistrictProps[]): DistrictIndex {
  const byCode = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    if (key === '') return;
    const list = byName.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    byName.set(key, list);
  };
  districts.forEach((d, i) => {
    const c = codeKey(d.code);
    if (c) byCode.set(c, i);
    for (const name of [d.nameTh, d.nameEn]) {
      const key = districtKey(name);
      add(key, i);
      // "เมือง" / "Mueang" alone names the capital district of whichever province the row is in.
      if (key.startsWith('เมือง')) add('เมือง', i);
      if (key.startsWith('mueang')) add('mueang', i);
    }
  });
  return {
    match(raw, province) {
      const c = codeKey(raw);
      if (c !== null) {
        const i = byCode.get(c);
        return i === undefined || (province && districts[i]?.province !== province) ? { kind: 'unknown' } : { kind: 'match', index: i, rule: 'district-code' };
      }
      const all = byName.get(districtKey(raw)) ?? [];
      const candidates = province ? all.filter((i) => districts[i]?.province === province) : all;
      if (candidates.length === 1) return { kind: 'match', index: candidates[0] as number, rule: THAI_CHAR.test(raw) ? 'thai' : 'english' };
      return candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'unknown' };
    },
  };
}

const DISTRICT_HEADER = /^(อำเภอ|เขต|ชื่ออำเภอ|รหัสอำเภอ|district|amphoe|amphur|adm2)/i;

/** The column whose header names districts (อำเภอ, เขต, district, amphoe, ADM2…), or −1. */
export function guessDistrictColumn(header: readonly string[]): number {
  return header.findIndex((h) => DISTRICT_HEADER.test(h.trim()));
}

/**
 * One indicator per value column, its values aligned with `districts`. A row naming a district
 * another row already gave is reported as a duplicate (district tables are one row a district).
 */
export function matchDistrictRows(
  table: RawTable,
  mapping: DistrictMapping,
  districts: readonly DistrictProps[],
  provinces: ProvinceIndex,
  fileName: string,
  format: string,
): { indicators: DistrictIndicator[]; report: ImportReport } {
  const report = tableReport(fileName, format, table);
  const index = buildDistrictIndex(districts);
  const columns = mapping.values.filter((c) => c !== mapping.district && c !== mapping.province);
  const acc = columns.map(() => ({ values: new Array<number | null>(districts.length).fill(null), percent: false, decimals: 0 }));
  const seenAt = new Map<number, number>();
  for (const row of table.rows) {
    report.totalRows++;
    const raw = (row.cells[mapping.district] ?? '').trim();
    const provinceText = mapping.province === -1 ? '' : (row.cells[mapping.province] ?? '').trim();
    if (raw === '') {
      report.rejected.push({ line: row.line, reason: 'no-district', detail: '', cells: row.cells });
      continue;
    }
    const province = provinceText ? provinces.match(provinceText)?.code : undefined;
    if (provinceText && !province) {
      const suggestion = provinces.suggest(provinceText);
      report.rejected.push({ line: row.line, reason: 'unknown-province', detail: provinceText, ...(suggestion ? { suggestion } : {}), cells: row.cells });
      continue;
    }
    const hit = index.match(raw, province);
    const detail = provinceText ? `${raw} (${provinceText})` : raw;
    if (hit.kind !== 'match') {
      report.rejected.push({ line: row.line, reason: hit.kind === 'ambiguous' ? 'ambiguous-district' : 'unknown-district', detail, cells: row.cells });
      continue;
    }
    const earlier = seenAt.get(hit.index);
    if (earlier !== undefined) {
      report.rejected.push({ line: row.line, reason: 'duplicate', detail, duplicateOf: earlier, cells: row.cells });
      continue;
    }
    seenAt.set(hit.index, row.line);
    report.importedRows++;
    report.byRule[hit.rule] = (report.byRule[hit.rule] ?? 0) + 1;
    columns.forEach((c, k) => {
      const a = acc[k] as (typeof acc)[number];
      const cell = parseCell(row.cells[c] ?? '');
      if (cell.kind === 'number') {
        a.values[hit.index] = cell.value;
        a.percent ||= cell.percent;
        a.decimals = Math.max(a.decimals, Math.min(3, cell.decimals));
      } else if (cell.kind === 'invalid') report.cellProblems.push({ line: row.line, column: table.header[c] ?? `#${c + 1}`, raw: cell.raw });
    });
  }
  const indicators = columns.map((c, k) => ({ name: table.header[c] || `#${c + 1}`, fileName, ...(acc[k] as (typeof acc)[number]) }));
  return { indicators, report };
}
