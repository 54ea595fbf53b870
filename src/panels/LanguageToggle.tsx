// The visible Thai/English switch; its label is written in the language it switches to.
import { memo } from 'react';
import { setLang, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';

export const LanguageToggle = memo(function LanguageToggle() {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const next = lang === 'th' ? 'en' : 'th';
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      lang={next}
      aria-label={tr('langToggleLabel')}
      onClick={() => setLang(next)}
    >
      {tr('langToggle')}
    </button>
  );
});
