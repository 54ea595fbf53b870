// Offline support's visible part: registers the service worker (production builds only) and, when
// a new version has been downloaded, offers to reload. Hidden while a story is shown, so an update
// never interrupts a presentation; it is offered again after leaving the story.
import { useEffect, useState } from 'react';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';

export function UpdateNotice() {
  const tr = useT();
  const inStory = useAtlas((s) => s.doc.story !== null);
  const [apply, setApply] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD) return;
    let stop = () => {};
    let cancelled = false;
    void import('./startServiceWorker').then((m) => {
      if (!cancelled) stop = m.startServiceWorker((fn) => setApply(() => fn));
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  if (!apply || inStory) return null;
  return (
    <div className="update-notice" role="status">
      {tr('updateReady')}{' '}
      <button type="button" className="text-button" onClick={apply}>
        {tr('updateReload')}
      </button>
    </div>
  );
}
