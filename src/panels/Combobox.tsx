// An ARIA 1.2 combobox with a listbox popup (the WAI-ARIA APG pattern): type to filter, ↑/↓ to
// move, Enter to choose, Escape to close. Focus stays in the input; the active option is
// `aria-activedescendant` and the one option with `aria-selected`, and is scrolled into view.
// The current choice is only styled. "No match" is a status outside the listbox. Used by the
// indicator picker and the province search; the caller filters.
// A list that opens on focus stays in the page, hidden, once it has been shown: choosing closes it
// in the same commit that changes what the atlas shows, and removing and rebuilding its options
// each time cost that change about a millisecond (issue 16).
import { useEffect, useId, useState, type ReactNode } from 'react';

interface Props<T> {
  label: string;
  /** Text shown in the closed input (the current choice), if any. */
  display: string;
  placeholder: string;
  /** Options for a query; called on every keystroke, so keep it cheap. */
  options: (query: string) => readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  isCurrent?: (item: T) => boolean;
  emptyText: (query: string) => string;
  testId: string;
  /** Open the list on focus (a short list to browse) or only once the user types. */
  openOnFocus?: boolean;
  /** The visible label can be hidden when the context already names the field. */
  hideLabel?: boolean;
}

export function Combobox<T>(p: Props<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shownOnce, setShownOnce] = useState(false);
  const listShown = open && (p.openOnFocus || query !== '');
  if (listShown && !shownOnce) setShownOnce(true);
  const keptHidden = !open && shownOnce && p.openOnFocus === true;
  const items = open ? p.options(query) : keptHidden ? p.options('') : [];

  const choose = (item: T) => {
    p.onChoose(item);
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((a) => Math.min(a + 1, Math.max(0, items.length - 1)));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter': {
        const item = items[active];
        if (open && item) {
          e.preventDefault();
          choose(item);
        }
        break;
      }
      case 'Escape':
        if (open) {
          // Closing the list must not also close a panel further up.
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

  const activeItem = items[active];
  const optionId = (item: T) => `${id}-opt-${p.keyOf(item)}`;
  const activeId = open && activeItem ? optionId(activeItem) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <div className="combobox-field">
      <label htmlFor={`${id}-input`} className={p.hideLabel ? 'visually-hidden' : undefined}>
        {p.label}
      </label>
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={listShown && items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          data-testid={p.testId}
          autoComplete="off"
          placeholder={p.placeholder}
          value={open ? query : p.display}
          onFocus={() => {
            if (!p.openOnFocus) return;
            setOpen(true);
            const all = p.options('');
            setActive(Math.max(0, all.findIndex((x) => p.isCurrent?.(x) ?? false)));
          }}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {listShown && items.length === 0 && (
          <p className="combobox-empty" role="status">
            {p.emptyText(query)}
          </p>
        )}
        {(listShown || keptHidden) && items.length > 0 && (
          <ul id={listId} role="listbox" className="combobox-list" aria-label={p.label} hidden={!listShown}>
            {items.map((item, i) => (
              <li
                key={p.keyOf(item)}
                id={optionId(item)}
                role="option"
                aria-selected={listShown && i === active}
                data-key={p.keyOf(item)}
                className={[listShown && i === active ? 'is-active' : '', p.isCurrent?.(item) ? 'is-current' : ''].join(' ').trim() || undefined}
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {p.render(item)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
