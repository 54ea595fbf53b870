// Screen-reader announcements of what changed (aria-live), driven by the store:
// "Phayao selected: Human Achievement Index 2021 0.651, rank 21 of 77."
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { indicatorViewOf } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { comparisonAnnouncement, comparisonRows } from './comparisonRows';

export function Announcer({ data }: { data: AtlasData }) {
  const codes = useAtlas((s) => s.doc.province);
  const code = codes.at(-1) ?? null;
  const lang = useAtlas((s) => s.doc.lang);
  const view = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  const tr = useT();
  const [text, setText] = useState('');
  const first = useRef(true);

  useEffect(() => {
    // The state a link opened with is not news; announce only what the user changes.
    if (first.current) {
      first.current = false;
      return;
    }
    const p = code ? data.index.byCode(code) : undefined;
    if (!p) return setText(tr('selectionCleared'));
    const name = lang === 'th' ? p.nameTh : p.nameEn;
    if (!view) return setText(tr('selectedAnnouncement', { name }));
    if (codes.length >= 2) {
      return setText(comparisonAnnouncement(comparisonRows(data.indicators, view, data.index.byCode, codes), view.indicator, view.year, lang));
    }
    const value = view.values.get(p.iso);
    const vars = { name, indicator: view.indicator.label[lang], year: formatYear(view.year, lang) };
    setText(
      value === undefined
        ? tr('selectedNoValue', vars)
        : tr('selectedWithValue', {
            ...vars,
            value: formatIndicatorValue(value, view.indicator, lang),
            rank: view.ranks.get(p.iso) ?? '–',
            total: view.values.size,
          }),
    );
    // Only a change of selection is announced, not every year step while it stays selected.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codes]);

  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
