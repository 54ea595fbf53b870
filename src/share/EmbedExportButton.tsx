// Opens the "Embed & export" dialog. The dialog, the snippet builder and every exporter load
// only when it is first opened, so the map's first frame never waits for them.
import { memo, Suspense, useState } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import { PanelBoundary } from '../ui/PanelBoundary';
import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';

const ShareDialog = retryableLazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export const EmbedExportButton = memo(function EmbedExportButton({ data }: { data: AtlasData }) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="text-button share-button" data-testid="embed-export-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="share-icon" aria-hidden="true">⤓ </span>
        {tr('embedExport')}
      </button>
      {open && (
        <PanelBoundary name="share-dialog" onDismiss={() => setOpen(false)}>
          <Suspense fallback={null}>
            <ShareDialog data={data} onClose={() => setOpen(false)} />
          </Suspense>
        </PanelBoundary>
      )}
    </>
  );
});
