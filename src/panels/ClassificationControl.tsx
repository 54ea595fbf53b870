// Choosing how values are cut into colour classes: method, number of classes, manual breaks.
import { useEffect, useId, useState } from 'react';
import { CLASSIFY_METHODS, K_MAX, K_MIN, type ClassifyMethod } from '../state/doc';
import { setClassification, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { parseBreaks } from './parseBreaks';

export function ClassificationControl({ suggested }: { suggested: readonly number[] }) {
  const method = useAtlas((s) => s.doc.classify);
  const k = useAtlas((s) => s.doc.k);
  const breaks = useAtlas((s) => s.doc.breaks);
  const tr = useT();
  const id = useId();
  const [text, setText] = useState(breaks.join(', '));
  const [error, setError] = useState(false);

  useEffect(() => setText(breaks.join(', ')), [breaks]);

  const onMethod = (m: ClassifyMethod) => {
    // Manual starts from the breaks on screen, so switching does not change the map.
    if (m === 'manual') setClassification(m, suggested.length + 1, [...suggested]);
    else setClassification(m, k);
  };

  return (
    <fieldset className="classification">
      <legend>{tr('classification')}</legend>
      <label>
        <span>{tr('classifyMethod')}</span>
        <select value={method} data-testid="classify" onChange={(e) => onMethod(e.target.value as ClassifyMethod)}>
          {CLASSIFY_METHODS.map((m) => (
            <option key={m} value={m}>
              {tr(m)}
            </option>
          ))}
        </select>
      </label>
      {method !== 'manual' ? (
        <label>
          <span>{tr('classesCount')}</span>
          <select value={k} data-testid="k" onChange={(e) => setClassification(method, Number(e.target.value))}>
            {Array.from({ length: K_MAX - K_MIN + 1 }, (_, i) => K_MIN + i).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <form
          className="manual-breaks"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = parseBreaks(text, K_MAX - 1);
            setError(parsed === null);
            if (parsed) setClassification('manual', parsed.length + 1, parsed);
          }}
        >
          <label htmlFor={`${id}-breaks`}>{tr('manualBreaks')}</label>
          <input
            id={`${id}-breaks`}
            value={text}
            inputMode="decimal"
            aria-invalid={error}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="text-button">
            {tr('apply')}
          </button>
          {error && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {tr('manualBreaksInvalid')}
            </p>
          )}
        </form>
      )}
    </fieldset>
  );
}
