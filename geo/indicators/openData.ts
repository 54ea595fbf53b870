// The atlas's open data, published with the app: public/data/atlas-data/datapackage.json (a
// Frictionless Data Package) and one long-format CSV per indicator (iso, name_th, name_en, year,
// value), written from the same IndicatorsFile as indicators.json so the two cannot disagree.
// No file IO; the output is a function of its inputs (the reproducibility test compares bytes).
import type { Indicator, IndicatorsFile } from '../../src/data/indicatorTypes';
import type { ProvinceRow } from '../provinceTable';

/** Folder of the published package inside public/data (and so dist/data); part of the stable URLs. */
export const OPEN_DATA_DIR = 'atlas-data';

/** The CSV columns, in order. */
export const OPEN_DATA_COLUMNS = ['iso', 'name_th', 'name_en', 'year', 'value'] as const;

/** File name of an indicator's CSV inside OPEN_DATA_DIR (ids are URL-safe, so is the name). */
export const openDataCsvName = (id: string): string => `${id}.csv`;

/**
 * Every file of the published package, by path relative to public/data. Each CSV has one row per
 * year and province (the 77, in code order), the value blank where there is no data, never 0.
 */
export function buildOpenData(file: IndicatorsFile, provinces: readonly ProvinceRow[]): Record<string, string> {
  const names = new Map(provinces.map((p) => [p.iso, p] as const));
  const out: Record<string, string> = {};
  for (const ind of file.indicators) out[`${OPEN_DATA_DIR}/${openDataCsvName(ind.id)}`] = indicatorCsv(ind, file, names);
  out[`${OPEN_DATA_DIR}/datapackage.json`] = `${JSON.stringify(descriptor(file), null, 2)}\n`;
  return out;
}

function indicatorCsv(ind: Indicator, file: IndicatorsFile, names: ReadonlyMap<string, ProvinceRow>): string {
  const lines: string[] = [OPEN_DATA_COLUMNS.join(',')];
  for (const year of ind.years) {
    const row = ind.values[String(year)] ?? [];
    file.provinces.forEach((iso, i) => {
      const p = names.get(iso);
      const v = row[i] ?? null;
      // String(number) is the same text JSON gives the number in indicators.json.
      lines.push([iso, p?.nameTh ?? '', p?.nameEn ?? '', String(year), v === null ? '' : String(v)].map(csvCell).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The package descriptor. Licences are stated as the sources state them (`licence`), not as
 * `licenses`: the Data Package profile wants an Open Definition identifier there, and most
 * sources' terms ("not stated; cite DOPA", "CC0 1.0 (repository); NESDC terms not stated") have none.
 */
function descriptor(file: IndicatorsFile): object {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'learning-city-atlas',
    title: "Learning City Atlas: indicators of Thailand's 77 provinces",
    description:
      'Every indicator the Learning City Atlas shows, one CSV each: one row per province (ISO 3166-2 code, Thai and English name) and year (CE), the value blank where there is no data (never 0). Each resource names its source (publisher, title, link, year), the licence as the source states it, its unit and caveats in Thai and English.',
    resources: file.indicators.map((ind) => ({
      name: ind.id,
      path: openDataCsvName(ind.id),
      title: ind.label.en,
      description: ind.description.en,
      type: 'table',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      sources: [{ title: `${ind.source.organisation.en}: ${ind.source.title} (${ind.source.year})`, ...(ind.source.url === undefined ? {} : { path: ind.source.url }) }],
      licence: ind.source.licence,
      schema: {
        fields: [
          { name: 'iso', type: 'string', title: 'ISO 3166-2 province code', constraints: { required: true, pattern: 'TH-[0-9]{2}' } },
          { name: 'name_th', type: 'string', title: 'Province name (Thai)' },
          { name: 'name_en', type: 'string', title: 'Province name (English)' },
          { name: 'year', type: 'year', title: 'Year (CE)', constraints: { required: true } },
          { name: 'value', type: 'number', title: `${ind.label.en} (${ind.unit})`, description: 'Blank: no data.' },
        ],
        primaryKey: ['iso', 'year'],
        missingValues: [''],
      },
      atlas: {
        title: ind.label,
        description: ind.description,
        unit: ind.unit,
        polarity: ind.polarity,
        decimals: ind.decimals,
        aggregation: ind.aggregation,
        source: { publisher: ind.source.organisation, title: ind.source.title, url: ind.source.url, year: ind.source.year, licence: ind.source.licence },
        caveats: ind.source.note,
        national: ind.national,
        derivedFrom: ind.derivedFrom,
      },
    })),
  };
}
