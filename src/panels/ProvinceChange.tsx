// The change mode in the detail panel: for each selected province, its value in both years, the
// change (signed, in percentage points, the unit or %) and the rank of the change, with the
// kingdom's change beside when there is one. One column per province, like ComparisonTable.
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import type { ChangeView } from '../state/changeView';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { ctx, formatChange } from '../i18n/changeFormat';
import './comparison.css';
import '../ui/change.css';

export function ProvinceChange({ data, view, codes }: { data: AtlasData; view: ChangeView; codes: readonly ProvinceCode[] }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const { indicator, change } = view;
  const level = (v: number | null | undefined) => formatIndicatorValue(v, indicator, lang);
  const delta = (v: number | null | undefined) => formatChange(v, indicator, change.kind, lang);
  const from = formatYear(change.fromYear, lang);
  const to = formatYear(change.toYear, lang);
  const title = ctx(lang, change.kind === 'pct' ? 'pctChangeTitle' : 'changeTitle', { indicator: indicator.label[lang], from, to });
  const rows = codes.flatMap((code) => {
    const p = data.index.byCode(code);
    return p ? [{ code, name: lang === 'th' ? p.nameTh : p.nameEn }] : [];
  });
  const showNational = change.nationalFrom !== null && change.nationalTo !== null;

  return (
    <section className="comparison province-change" data-testid="province-change">
      <h3 id="province-change-heading">{title}</h3>
      <div className="comparison-scroll" tabIndex={rows.length > 2 ? 0 : undefined} role="group" aria-labelledby="province-change-heading">
        <table className="comparison-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((r) => (
                <th key={r.code} scope="col" lang={lang} data-iso={r.code}>
                  {r.name}
                </th>
              ))}
              {showNational && <th scope="col">{tr('nationalValue')}</th>}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{from}</th>
              {rows.map((r) => (
                <td key={r.code} data-field="from" data-iso={r.code}>
                  {level(change.from.get(r.code))}
                </td>
              ))}
              {showNational && <td data-field="from">{level(change.nationalFrom)}</td>}
            </tr>
            <tr>
              <th scope="row">{to}</th>
              {rows.map((r) => (
                <td key={r.code} data-field="to" data-iso={r.code}>
                  {level(change.to.get(r.code))}
                </td>
              ))}
              {showNational && <td data-field="to">{level(change.nationalTo)}</td>}
            </tr>
            <tr>
              <th scope="row">{ctx(lang, change.kind === 'pct' ? 'pctChange' : 'change')}</th>
              {rows.map((r) => (
                <td key={r.code} data-field="change" data-iso={r.code} className="big-value">
                  <span className="change-swatch" style={{ background: view.hexOf(r.code) }} aria-hidden="true" />
                  {delta(view.values.get(r.code))}
                </td>
              ))}
              {showNational && <td data-field="change">{delta(view.national)}</td>}
            </tr>
            <tr>
              <th scope="row">{ctx(lang, 'rankOfChange')}</th>
              {rows.map((r) => {
                const rank = view.ranks.get(r.code);
                return (
                  <td key={r.code} data-field="change-rank" data-iso={r.code}>
                    {rank ? tr('rankOf', { rank, total: view.values.size }) : tr('noData')}
                  </td>
                );
              })}
              {showNational && <td />}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
