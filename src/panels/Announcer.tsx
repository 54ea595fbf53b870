// Screen-reader announcements of what changed (aria-live), driven by the store.
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';

export function Announcer({ data }: { data: AtlasData }) {
  const code = useAtlas((s) => s.doc.province.at(-1) ?? null);
  const lang = useAtlas((s) => s.doc.lang);
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
    setText(p ? tr('selectedAnnouncement', { name: lang === 'th' ? p.nameTh : p.nameEn }) : tr('selectionCleared'));
  }, [code, data, lang, tr]);

  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
