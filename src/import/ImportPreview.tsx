// The preview of a file before importing: its first rows, the detected encoding (with an
// override), the table shape and column choices, and fuzzy name matches to confirm.
import { useEffect, useId, useMemo, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { TEXT_ENCODINGS, type TextEncodingName } from '../data/import/encoding';
import { DUPLICATE_RULES, TABLE_SHAPES, type ImportMapping, type TableShape } from '../data/import/mapping';
import type { Unmatched } from '../data/import/unmatched';
import type { Lang } from '../state/doc';
import { it, type ImportMessageKey } from './importMessages';
import type { Preview } from './importWorker';
import { guessDistrictColumn, type DistrictMapping } from '../data/import/districtMatch';

const SHAPE_KEY: Record<TableShape, ImportMessageKey> = {
  wide: 'shapeWide',
  'wide-years': 'shapeWideYears',
  long: 'shapeLong',
  points: 'shapePoints',
};
/**
 * Columns the preview table draws: a screenful. A file may have up to 1,000 (limits.ts); all of
 * them can still be chosen below, but drawing every one would hold the page for nothing.
 */
const PREVIEW_COLUMNS = 20;

const DUP_KEY = { report: 'dupReport', sum: 'dupSum', mean: 'dupMean', count: 'dupCount' } as const;

interface Props {
  lang: Lang;
  data: AtlasData;
  file: string;
  preview: Extract<Preview, { ok: true; mapping: unknown }>;
  onEncoding: (e: TextEncodingName) => void;
  onUnmatched: (column: number) => Promise<Unmatched[]>;
  onImport: (mapping: ImportMapping) => void;
  /** Loaded district sets the rows may be matched to instead of provinces. */
  districtSets?: readonly { id: string; fileName: string }[];
  onImportDistricts?: (mapping: DistrictMapping, setId: string) => void;
}

export function ImportPreview({ lang, data, file, preview, onEncoding, onUnmatched, onImport, districtSets = [], onImportDistricts }: Props) {
  const id = useId();
  const tr = (key: ImportMessageKey, vars?: Record<string, string | number>) => it(lang, key, vars);
  const [mapping, setMapping] = useState<ImportMapping>(preview.mapping);
  const [unmatched, setUnmatched] = useState<Unmatched[]>(preview.unmatched);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const set = (patch: Partial<ImportMapping>) => setMapping((m) => ({ ...m, ...patch }));
  const { header } = preview;
  const shown = header.slice(0, PREVIEW_COLUMNS);
  // Membership per column, in constant time (a wide file has hundreds of checkboxes).
  const chosen = useMemo(() => new Set(mapping.values), [mapping.values]);
  // '' = provinces; else the id of the district set the rows are matched to.
  // A table with a district column is matched to the latest district set unless the user says otherwise.
  const guessed = guessDistrictColumn(preview.header);
  const [target, setTarget] = useState(guessed !== -1 ? (districtSets.at(-1)?.id ?? '') : '');
  const [districtColumn, setDistrictColumn] = useState(Math.max(0, guessed));
  const [districtProvince, setDistrictProvince] = useState(preview.mapping.province === districtColumn ? -1 : preview.mapping.province);
  const toDistricts = target !== '';
  const points = mapping.shape === 'points' && !toDistricts;

  useEffect(() => {
    if (mapping.province === preview.mapping.province) return;
    let live = true;
    void onUnmatched(mapping.province).then((u) => live && setUnmatched(u));
    return () => {
      live = false;
    };
  }, [mapping.province, preview.mapping.province, onUnmatched]);

  const columnSelect = (label: string, value: number, onChange: (c: number) => void, testId: string) => (
    <label className="import-field">
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        <option value={-1}>{tr('none')}</option>
        {header.map((h, c) => (
          <option key={c} value={c}>
            {h || `#${c + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  const nameOf = (code: string) => {
    const p = data.index.byCode(code);
    return p ? (lang === 'th' ? p.nameTh : p.nameEn) : code;
  };
  const confirmed = Object.fromEntries(
    unmatched.flatMap((u) => (u.suggestion && accepted.has(u.raw) ? [[u.raw, u.suggestion]] : [])),
  ) as ImportMapping['confirmed'];
  const canImport = points ? mapping.lat !== -1 && mapping.lon !== -1 : mapping.province !== -1 && (mapping.values.length > 0 || mapping.duplicates === 'count');

  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>{tr('previewTitle', { file })}</h3>
      <p className="import-meta">
        {tr('previewMeta', { format: preview.format.toUpperCase(), rows: preview.totalRows })}
      </p>
      {preview.encoding && (
        <label className="import-field">
          {tr('encoding')}
          <select
            value={preview.encoding.used}
            data-testid="import-encoding"
            data-detected={preview.encoding.encoding}
            onChange={(e) => onEncoding(e.target.value as TextEncodingName)}
          >
            {TEXT_ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {enc === preview.encoding?.encoding ? tr('encodingDetected', { encoding: enc }) : enc}
              </option>
            ))}
          </select>
        </label>
      )}
      {preview.replacements > 0 && <p className="import-warning">{tr('encodingWarning')}</p>}
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label={tr('previewTitle', { file })}>
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              {shown.map((h, c) => (
                <th key={c} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                {shown.map((_, c) => (
                  <td key={c}>{r.cells[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {header.length > shown.length && (
        <p className="import-meta" data-testid="import-columns-cut">
          {tr('previewColumnsCut', { shown: shown.length, total: header.length })}
        </p>
      )}

      {districtSets.length > 0 && (
        <label className="import-field">
          {tr('matchTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="import-target">
            <option value="">{tr('matchProvinces')}</option>
            {districtSets.map((d) => (
              <option key={d.id} value={d.id}>
                {tr('matchDistricts', { file: d.fileName })}
              </option>
            ))}
          </select>
        </label>
      )}
      {toDistricts ? (
        <>
          {columnSelect(tr('districtColumn'), districtColumn, setDistrictColumn, 'import-district')}
          {columnSelect(tr('districtProvinceColumn'), districtProvince, setDistrictProvince, 'import-district-province')}
        </>
      ) : (
      <>
      <label className="import-field">
        {tr('shape')}
        <select value={mapping.shape} onChange={(e) => set({ shape: e.target.value as TableShape })} data-testid="import-shape">
          {TABLE_SHAPES.map((s) => (
            <option key={s} value={s}>
              {tr(SHAPE_KEY[s])}
            </option>
          ))}
        </select>
      </label>
      {points ? (
        <>
          {columnSelect(tr('latColumn'), mapping.lat, (c) => set({ lat: c }), 'import-lat')}
          {columnSelect(tr('lonColumn'), mapping.lon, (c) => set({ lon: c }), 'import-lon')}
        </>
      ) : (
        columnSelect(tr('provinceColumn'), mapping.province, (c) => set({ province: c }), 'import-province')
      )}
      {mapping.shape === 'long' && columnSelect(tr('yearColumn'), mapping.year, (c) => set({ year: c }), 'import-year')}
      </>
      )}
      <fieldset className="import-values">
        <legend>{tr(points ? 'pointValueColumns' : mapping.shape === 'wide-years' ? 'yearColumns' : 'valueColumns')}</legend>
        {header.map((h, c) =>
          (toDistricts ? c === districtColumn || c === districtProvince : c === mapping.province || c === mapping.year || c === mapping.lat || c === mapping.lon) ? null : (
            <label key={c}>
              <input
                type="checkbox"
                checked={chosen.has(c)}
                onChange={(e) =>
                  set({ values: e.target.checked ? [...mapping.values, c].sort((a, b) => a - b) : mapping.values.filter((v) => v !== c) })
                }
              />
              {h || `#${c + 1}`}
            </label>
          ),
        )}
      </fieldset>
      {!toDistricts && (mapping.shape === 'wide' || points) && (
        <label className="import-field">
          {tr('year')}
          <input
            type="number"
            min={1900}
            max={2100}
            value={mapping.defaultYear}
            onChange={(e) => Number.isInteger(e.target.valueAsNumber) && set({ defaultYear: e.target.valueAsNumber })}
          />
        </label>
      )}
      {!points && !toDistricts && (
        <label className="import-field">
          {tr('duplicates')}
          <select value={mapping.duplicates} onChange={(e) => set({ duplicates: e.target.value as ImportMapping['duplicates'] })}>
            {DUPLICATE_RULES.map((d) => (
              <option key={d} value={d}>
                {tr(DUP_KEY[d])}
              </option>
            ))}
          </select>
        </label>
      )}
      {!points && !toDistricts && (
        <fieldset className="import-unmatched" data-testid="import-unmatched">
          <legend>{tr('unmatchedTitle', { count: unmatched.length })}</legend>
          {unmatched.length === 0 && <p>{tr('unmatchedNone')}</p>}
          {unmatched.map((u) =>
            u.suggestion ? (
              <label key={u.raw}>
                <input
                  type="checkbox"
                  checked={accepted.has(u.raw)}
                  onChange={(e) => {
                    const next = new Set(accepted);
                    if (e.target.checked) next.add(u.raw);
                    else next.delete(u.raw);
                    setAccepted(next);
                  }}
                />
                {tr('useSuggestion', { raw: u.raw, count: u.count, name: nameOf(u.suggestion) })}
              </label>
            ) : (
              <p key={u.raw}>{tr('noSuggestion', { raw: u.raw, count: u.count })}</p>
            ),
          )}
        </fieldset>
      )}
      <button
        type="button"
        className="text-button import-go"
        id={`${id}-go`}
        data-testid="import-go"
        disabled={toDistricts ? districtColumn === -1 || mapping.values.length === 0 : !canImport}
        onClick={() =>
          toDistricts
            ? onImportDistricts?.({ district: districtColumn, province: districtProvince, values: mapping.values }, target)
            : onImport({ ...mapping, confirmed })
        }
      >
        {tr('importButton')}
      </button>
    </div>
  );
}
