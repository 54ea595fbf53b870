// The header's "More" disclosure: the actions used now and then (add your data, make a story,
// high contrast) behind one button, so the header keeps one row on a 1280 px screen and a phone
// reaches every action. A disclosure, not an ARIA menu: its items are ordinary buttons in tab
// order. Esc or a click outside closes it and hands focus back to the toggle.
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

export interface HeaderMenuHandle {
  /** Closes the menu and focuses its toggle: where focus goes back after a dialog it opened. */
  returnFocus(): void;
}

export const HeaderMenu = forwardRef<HeaderMenuHandle, { children: ReactNode }>(function HeaderMenu({ children }, ref) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useImperativeHandle(ref, () => ({
    returnFocus() {
      setOpen(false);
      toggleRef.current?.focus();
    },
  }));

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('.header-menu-items button')?.focus();
    const outside = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="header-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
      onBlur={(e) => {
        // Tabbing out of the open list closes it, so it never hangs over the map unattended.
        if (open && e.relatedTarget instanceof Node && !rootRef.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="text-button header-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        data-testid="header-more"
        onClick={() => setOpen((o) => !o)}
      >
        {tr('moreActions')} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        className="header-menu-items"
        hidden={!open}
        // An item that opens a panel or toggles a setting has done its job: close the list.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
});
