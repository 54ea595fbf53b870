// The header's "Add your data" button, and the page-wide drop target: dropping a file anywhere
// opens the import panel with it (or story mode, for a story file). The panel itself (parsers, worker, Excel reader) loads lazily.
import { Suspense, useEffect, useRef, useState } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import { PanelBoundary } from '../ui/PanelBoundary';
import { createPortal } from 'react-dom';
import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';

const ImportPanel = retryableLazy(() => import('./ImportPanel').then((m) => ({ default: m.ImportPanel })));

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

interface Props {
  data: AtlasData;
  /** Where focus goes back to when the button itself sits in a closed menu. */
  onPanelClosed?: () => void;
  /**
   * A JSON file dropped on the page: resolves true when the host opened it (a story file), false
   * when it is data to import. Given by the app shell, so the import does not reach into story mode.
   */
  openDroppedJson?: (file: File) => Promise<boolean>;
}

export function ImportButton({ data, onPanelClosed, openDroppedJson }: Props) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const openJsonRef = useRef(openDroppedJson);
  openJsonRef.current = openDroppedJson;

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file || e.defaultPrevented) return;
      e.preventDefault();
      const importIt = () => {
        setDropped(file);
        setOpen(true);
      };
      if (!/\.json$/i.test(file.name) || !openJsonRef.current) return importIt();
      // The one page-wide drop target: a story-shaped JSON file opens story mode, any other file
      // (GeoJSON, a JSON table) is data to import.
      void openJsonRef.current(file).then((opened) => opened || importIt(), importIt);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="text-button"
        aria-expanded={open}
        aria-controls="import-panel"
        data-testid="import-open"
        onClick={() => setOpen((o) => !o)}
      >
        {tr('importOpen')}
      </button>
      {open &&
        // In the body, not beside the button: the button lives in the header's menu, which hides
        // itself once an item is chosen.
        createPortal(
          <PanelBoundary name="import" onDismiss={() => setOpen(false)}>
            <Suspense fallback={<p className="visually-hidden">{tr('importLoading')}</p>}>
              <ImportPanel
                data={data}
                dropped={dropped}
                onDroppedTaken={() => setDropped(null)}
                onClose={() => {
                  setOpen(false);
                  onPanelClosed?.();
                }}
              />
            </Suspense>
          </PanelBoundary>,
          document.body,
        )}
    </>
  );
}
