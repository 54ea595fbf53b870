// One imported file as the app keeps it: its indicators (shaped like the shipped ones), its
// points when it had coordinates, and its report. Stored in IndexedDB as is (structured clone
// keeps the typed arrays). Pure types and helpers.
import type { Indicator, IndicatorsFile } from '../indicatorTypes';
import type { PointSet } from './points';
import type { ImportReport } from './report';
import type { ProvinceFeature } from '../types';
import { validDistrictSet, validDistrictValues, type DistrictSet, type DistrictValues } from './districts';

export interface UserDataset {
  /** Short [a-z0-9] id; its indicators are `my-<id>-<n>`. */
  id: string;
  fileName: string;
  /** ISO date-time of the import. */
  importedAt: string;
  indicators: Indicator[];
  points?: PointSet;
  /** Province boundaries drawn instead of the built-in ones (the provinces they cover). */
  boundaries?: ProvinceFeature[];
  /** A district boundary set, with the numeric properties of its features (districts.ts). */
  districts?: DistrictSet;
  /** A table's figures matched to the districts of another dataset (districtMatch.ts). */
  districtValues?: DistrictValues;
  report: ImportReport;
  /**
   * The complete report as CSV (UTF-8 with BOM), made in the import worker: `report` may hold only
   * the first rejected rows (see `reportForPage`). Absent on datasets stored before it existed,
   * whose `report` is complete.
   */
  reportFile?: Blob;
}

/**
 * The shipped catalogue with the user's indicators appended ("your data" last in the picker).
 * Returns `file` itself when there are none, so memoised consumers see no change.
 */
export function withUserIndicators(file: IndicatorsFile, datasets: readonly UserDataset[]): IndicatorsFile {
  if (datasets.length === 0) return file;
  return { provinces: file.provinces, indicators: [...file.indicators, ...datasets.flatMap((d) => d.indicators)] };
}

/**
 * The datasets `keepThis` keeps, less the district figures matched to a district set that goes
 * (a table's district figures go with the set they were matched to).
 */
export function keptDatasets(all: readonly UserDataset[], keepThis: (d: UserDataset) => boolean): UserDataset[] {
  const sets = new Set(all.filter((d) => d.districts && keepThis(d)).map((d) => d.id));
  return all.filter((d) => keepThis(d) && (!d.districtValues || sets.has(d.districtValues.setId)));
}

/** Checks a value read back from storage; anything malformed is dropped, never thrown. */
export function validDatasets(value: unknown, provinces: number): UserDataset[] {
  if (!Array.isArray(value)) return [];
  const valid = value.filter((d): d is UserDataset => {
    if (typeof d !== 'object' || d === null) return false;
    const x = d as Partial<UserDataset>;
    return (
      typeof x.id === 'string' &&
      /^[a-z0-9]{1,20}$/.test(x.id) &&
      typeof x.fileName === 'string' &&
      Array.isArray(x.indicators) &&
      x.indicators.every(
        (i) =>
          typeof i?.id === 'string' &&
          Array.isArray(i.years) &&
          i.years.length > 0 &&
          i.years.every((y) => Array.isArray(i.values?.[String(y)]) && i.values[String(y)]?.length === provinces),
      ) &&
      (x.districts === undefined || validDistrictSet(x.districts))
    );
  });
  // District figures are kept only while the district set they were matched to is.
  const featuresOf = new Map(valid.flatMap((d) => (d.districts ? [[d.id, d.districts.features.length] as const] : [])));
  return valid.filter((d) => d.districtValues === undefined || validDistrictValues(d.districtValues, featuresOf.get((d.districtValues as Partial<DistrictValues> | null)?.setId ?? '')));
}

/** A new dataset id from a timestamp and a counter (the shell supplies both). */
export function datasetId(timeMs: number, n: number): string {
  return `${Math.floor(timeMs).toString(36)}${n.toString(36)}`.slice(-12);
}
