// The hook components translate with: the active language, its messages, and numbers and dates in its conventions.
import { useCallback, useEffect, useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { formatDate } from '../data/dates';
import { canSayAll, formatMessage, loadCatalogue, useCatalogues, type MessageKey, type MessageValues } from './catalogue';
import { isLang, type Lang } from './langs';
import { formatNumber } from './numbers';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, values?: MessageValues) => string;
  date: (v: string) => string;
  number: (n: number) => string;
}


export function useI18n(): I18n {
  const lang = useAppStore((s) => s.lang);
  // Re-render when the language's messages arrive. Not when its later part does: what uses a later key is drawn
  // only once that part is here (i18n/laterMessages.ts, app/App.tsx), so the first view is not rendered again.
  const catalogue = useCatalogues((s) => s.loaded[lang]);
  const t = useCallback((key: MessageKey, values?: MessageValues) => formatMessage(lang, key, values), [lang, catalogue]); // eslint-disable-line react-hooks/exhaustive-deps
  return useMemo(() => ({ lang, t, date: (v: string) => formatDate(v, lang), number: (n: number) => formatNumber(lang, n) }), [lang, t]);
}

/**
 * True once every one of `langs` has its whole catalogue (or failed to load it, when English stands in as everywhere
 * on the page); starts the loads. Slides wait for it, so a step in another language is never drawn in English first.
 */
export function useCataloguesReady(langs: readonly Lang[]): boolean {
  const key = [...new Set(langs)].sort().join(' ');
  // (with English failed too, the slide is drawn with what there is rather than waiting for ever)
  const ready = useCatalogues((s) => langs.every((l) => canSayAll(s, l) || (s.failed[l] === true && s.failed.en === true)));
  useEffect(() => {
    for (const l of key.split(' ')) if (isLang(l)) void loadCatalogue(l).catch(() => undefined);
  }, [key]);
  return ready;
}
