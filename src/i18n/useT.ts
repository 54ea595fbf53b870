// React binding of the message catalogue to the store's language.
import { useCallback } from 'react';
import { useAtlas } from '../state/store';
import { t } from './format';
import type { MessageKey } from './messages';

export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const lang = useAtlas((s) => s.doc.lang);
  return useCallback((key, vars) => t(lang, key, vars), [lang]);
}
