// The import report on screen: rows imported and by which rule, every row not imported with its
// line and reason (the first ones here, all of them in the download), and the new indicators.
import type { AtlasData } from '../data/atlasData';
import { reportCounts, reportCsv, type RejectedRow, type ReportRule } from '../data/import/report';
import { baseName } from '../data/import/userIndicator';
import type { UserDataset } from '../data/import/userDataset';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../state/doc';
import { setDistrict, setIndicator, store } from '../state/store';
import { districtIndicators } from '../state/districtView';
import { csvBlob, downloadBlob } from './download';
import { it, type ImportMessageKey } from './importMessages';

const SHOWN = 50;

/** The district figures a dataset brought, with the `district=` choice that shows each. */
function districtFigures(dataset: UserDataset): { choice: string; name: string }[] {
  const setId = dataset.districts ? dataset.id : dataset.districtValues?.setId;
  if (!setId) return [];
  const mine = new Set(dataset.districts?.indicators ?? dataset.districtValues?.indicators ?? []);
  return districtIndicators(store.getState().session.userData, setId).flatMap((i, n) => (mine.has(i) ? [{ choice: `${setId}.${n}`, name: i.name }] : []));
}
const RULE_KEY: Record<ReportRule, ImportMessageKey> = {
  iso: 'ruleIso',
  dopa: 'ruleDopa',
  thai: 'ruleThai',
  english: 'ruleEnglish',
  confirmed: 'ruleConfirmed',
  point: 'rulePoint',
  'district-code': 'ruleDistrictCode',
};

interface Props {
  lang: Lang;
  data: AtlasData;
  dataset: UserDataset;
}

export function ImportReportView({ lang, data, dataset }: Props) {
  const tr = (key: ImportMessageKey, vars?: Record<string, string | number>) => it(lang, key, vars);
  const r = dataset.report;
  // The page's copy of a big report holds only the first rows; the counts are the full ones.
  const counts = reportCounts(r);
  const n = (x: number) => formatNumber(x, lang);
  const nameOf = (code: string) => {
    const p = data.index.byCode(code);
    return p ? (lang === 'th' ? p.nameTh : p.nameEn) : code;
  };
  const reason = (x: RejectedRow) => {
    switch (x.reason) {
      case 'unknown-province':
        return tr('reasonUnknown') + (x.suggestion ? ` — ${tr('suggestion', { name: nameOf(x.suggestion) })}` : '');
      case 'duplicate':
        return tr('reasonDuplicate', { line: x.duplicateOf ?? '' });
      case 'bad-year':
        return tr('reasonBadYear');
      case 'bad-coordinates':
        return tr('reasonBadCoordinates');
      case 'outside-provinces':
        return tr('reasonOutside');
      case 'no-province':
        return tr('reasonNoProvince');
      case 'total-row':
        return tr('reasonTotalRow');
      case 'unknown-district':
        return tr('reasonUnknownDistrict');
      case 'ambiguous-district':
        return tr('reasonAmbiguousDistrict');
      case 'no-district':
        return tr('reasonNoDistrict');
      default: {
        const never: never = x.reason;
        return String(never);
      }
    }
  };
  return (
    <section className="import-report" data-testid="import-report" aria-labelledby={`report-${dataset.id}`}>
      <h3 id={`report-${dataset.id}`}>{tr('reportTitle', { file: dataset.fileName })}</h3>
      <p role="status" data-testid="import-summary">
        {tr('reportSummary', { imported: r.importedRows, total: r.totalRows })}
      </p>
      <ul>
        {(Object.entries(r.byRule) as [ReportRule, number][]).map(([rule, count]) => (
          <li key={rule}>{tr('reportRule', { rule: tr(RULE_KEY[rule]), count: n(count) })}</li>
        ))}
      </ul>
      {counts.rejected > 0 && (
        <details open={counts.rejected <= 10}>
          <summary>{tr('reportRejected', { count: n(counts.rejected) })}</summary>
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">{tr('line')}</th>
                <th scope="col">{tr('reason')}</th>
                <th scope="col">{tr('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rejected.slice(0, SHOWN).map((x) => (
                <tr key={`${x.line}:${x.detail}`} data-line={x.line}>
                  <td>{x.line}</td>
                  <td>{reason(x)}</td>
                  <td>{x.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {counts.rejected > SHOWN && <p>{tr('reportMore', { count: n(counts.rejected - SHOWN) })}</p>}
        </details>
      )}
      {counts.cellProblems > 0 && <p>{tr('reportCells', { count: n(counts.cellProblems) })}</p>}
      {r.aboveHeader?.length ? <p>{tr('reportTitleRows', { lines: r.aboveHeader.map((x) => x.line).join(', ') })}</p> : null}
      {r.extraCells?.length ? <p data-testid="report-extra-cells">{tr('reportExtraCells', { lines: r.extraCells.slice(0, 20).join(', ') })}</p> : null}
      {r.strayQuotes.length > 0 && <p>{tr('reportStray', { lines: r.strayQuotes.slice(0, 20).join(', ') })}</p>}
      <button
        type="button"
        className="text-button"
        data-testid="import-download"
        onClick={() => downloadBlob(`${baseName(dataset.fileName)}-import-report.csv`, dataset.reportFile ?? csvBlob(reportCsv(r)))}
      >
        {tr('download')}
      </button>
      <ul className="import-new">
        {dataset.indicators.map((ind) => (
          <li key={ind.id}>
            <button type="button" className="text-button" onClick={() => setIndicator(ind.id)} data-indicator={ind.id}>
              {tr('show')}: {ind.label[lang]}
            </button>
          </li>
        ))}
        {districtFigures(dataset).map(({ choice, name }) => (
          <li key={choice}>
            <button type="button" className="text-button" onClick={() => setDistrict(choice)} data-district={choice}>
              {tr('show')}: {name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
