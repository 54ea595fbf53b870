// The searchable indicator picker: Thai or English, any word of the label or description.
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import { setIndicator, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { filterIndicators } from './indicatorSearch';
import { Combobox } from './Combobox';

export function IndicatorPicker({ file }: { file: IndicatorsFile }) {
  const lang = useAtlas((s) => s.doc.lang);
  const currentId = useAtlas((s) => s.doc.indicator);
  const tr = useT();
  const current = file.indicators.find((i) => i.id === currentId) ?? file.indicators[0];
  const years = (m: Indicator) => (m.years.length > 1 ? `${m.years[0]}–${m.years[m.years.length - 1]}` : String(m.years[0]));
  return (
    <div className="indicator-picker">
      <Combobox<Indicator>
        label={tr('indicator')}
        display={current?.label[lang] ?? ''}
        placeholder={current ? current.label[lang] : tr('indicatorSearch')}
        options={(q) => filterIndicators(file.indicators, q)}
        keyOf={(m) => m.id}
        isCurrent={(m) => m.id === currentId}
        onChoose={(m) => setIndicator(m.id)}
        emptyText={(query) => tr('indicatorNoMatch', { query })}
        testId="indicator-input"
        openOnFocus
        render={(m) => (
          <>
            <span className="option-label" data-indicator={m.id}>
              {m.label[lang]}
            </span>
            <span className="option-meta">
              {m.userData && <span className="your-data-badge">{tr('yourData')}</span>}
              {years(m)} ·{' '}
              {/* An indicator from a deployment's Data Package is marked with its publisher. */}
              {m.packageFrom ? (
                <span className="your-data-badge" data-package={m.packageFrom}>
                  {m.source.organisation[lang]}
                </span>
              ) : (
                m.source.organisation[lang]
              )}
            </span>
          </>
        )}
      />
    </div>
  );
}
