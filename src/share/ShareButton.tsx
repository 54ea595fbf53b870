// The header's "Share" button: copies the address of this exact view (the URL carries the whole
// document, see state/urlCodec.ts) and says so. Where the clipboard is denied (an iframe without
// clipboard-write, an old browser, a user who said no) the link is shown selected for Ctrl+C.
import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import './share.css';

type Status = 'idle' | 'copied' | 'manual';

export const ShareButton = memo(function ShareButton() {
  const tr = useT();
  const [status, setStatus] = useState<Status>('idle');
  const [link, setLink] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status !== 'copied') return undefined;
    const timer = setTimeout(() => setStatus('idle'), 3000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (status === 'manual') inputRef.current?.select();
  }, [status]);

  const share = async () => {
    const url = window.location.href;
    setLink(url);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <div className="share">
      <button type="button" className="text-button share-button" data-testid="share-button" title={tr('shareLabel')} onClick={() => void share()}>
        {tr('share')}
      </button>
      <span className="share-status" role="status" data-testid="share-status">
        {status === 'copied' ? tr('shareCopied') : ''}
      </span>
      {status === 'manual' && (
        <div className="share-manual" data-testid="share-manual">
          <label>
            {tr('shareCopyManually')}
            <input ref={inputRef} type="text" readOnly value={link} aria-label={tr('shareLinkLabel')} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="icon-button" aria-label={tr('close')} onClick={() => setStatus('idle')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
});
