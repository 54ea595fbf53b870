// A searchable indicator picker (ARIA 1.2 combobox with a listbox): type Thai or English,
// arrows to move, Enter to choose, Escape to close.
import { useId, useMemo, useRef, useState } from 'react';
import type { IndicatorsFile } from '../data/indicatorTypes';
import { setIndicator, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { filterIndicators } from './indicatorSearch';

export function IndicatorPicker({ file }: { file: IndicatorsFile }) {
  const lang = useAtlas((s) => s.doc.lang);
  const currentId = useAtlas((s) => s.doc.indicator);
  const tr = useT();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const current = file.indicators.find((i) => i.id === currentId) ?? file.indicators[0];
  const matches = useMemo(() => filterIndicators(file.indicators, query), [file, query]);

  const choose = (indicatorId: string) => {
    setIndicator(indicatorId);
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((a) => Math.min(a + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter': {
        const m = matches[active];
        if (open && m) {
          e.preventDefault();
          choose(m.id);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setQuery('');
        }
        break;
      default:
        break;
    }
  };

  const activeOption = open ? matches[active] : undefined;
  return (
    <div className="indicator-picker">
      <label htmlFor={`${id}-input`}>{tr('indicator')}</label>
      <div className="combobox">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
          data-testid="indicator-input"
          autoComplete="off"
          placeholder={current ? current.label[lang] : tr('indicatorSearch')}
          value={open ? query : current?.label[lang] ?? ''}
          onFocus={() => {
            setOpen(true);
            setActive(Math.max(0, matches.findIndex((m) => m.id === currentId)));
          }}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" className="combobox-list" aria-label={tr('indicator')}>
            {matches.length === 0 && <li className="combobox-empty">{tr('indicatorNoMatch', { query })}</li>}
            {matches.map((m, i) => (
              <li
                key={m.id}
                id={`${id}-opt-${m.id}`}
                role="option"
                aria-selected={m.id === currentId}
                data-indicator={m.id}
                className={i === active ? 'is-active' : undefined}
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="option-label">{m.label[lang]}</span>
                <span className="option-meta">
                  {m.years.length > 1 ? `${m.years[0]}–${m.years[m.years.length - 1]}` : m.years[0]} · {m.source.organisation[lang]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
