import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, mapLayoutQuery } from '../data/queries';
import { useAppStore } from '../store/appStore';
import { atlasArrived, useUrlSync } from '../store/useUrlSync';
import { afterPaint } from '../lib/afterPaint';
import { useWhenOnline } from '../lib/useWhenOnline';
import { ErrorMessage } from './ErrorBoundary';
import { Layout } from './Layout';
import { FirstFramePainted } from './useAfterFirstFrame';
import { useDocumentLang } from './useDocumentLang';
import { useSourceTexts } from './useSourceTexts';
import { canSayAll, loadCatalogue, useCatalogues } from '../i18n/catalogue';
import { ENDONYMS, type Lang } from '../i18n/langs';
import { useI18n } from '../i18n/useI18n';
import { warmIntlWhenIdle } from '../i18n/warmIntl';

export function App() {
  const { data, error, isPending } = useQuery(datasetQuery);
  const mapLayout = useQuery(mapLayoutQuery);
  // the store has the view the address names (atlasArrived): until then nothing of the page is drawn
  const loaded = useAppStore((s) => s.viewReady);
  const lang = useAppStore((s) => s.lang);
  // The first paint waits for the language's first-view messages (loading beside the dataset; the split:
  // i18n/messageParts.ts), so it is never half English; if they cannot load, the page goes on in English (requested
  // at start-up, data/prefetch.ts) rather than waiting for ever. A language the page changes to afterwards (a link,
  // Back, a deck step) is shown once its whole catalogue is here, as whatever is open may use any of its messages.
  const firstLang = useRef<Lang | null>(null);
  const needsAll = firstLang.current !== null && firstLang.current !== lang;
  const messagesReady = useCatalogues((s) => (needsAll
    ? canSayAll(s, lang) || (s.failed[lang] === true && s.failed.en === true && s.loaded.en !== undefined)
    : s.loaded[lang] !== undefined || (s.failed[lang] === true && s.loaded.en !== undefined)));
  // neither: a page of message keys would say nothing, so the error page says it (its messages are in the first script)
  const noMessages = useCatalogues((s) => s.loaded[lang] === undefined && s.failed[lang] === true && s.loaded.en === undefined && s.failed.en === true);
  const { t } = useI18n();
  // The address is read once the language's messages are here, so its notices are said in that language; once per
  // dataset (a later language switch that waits for its messages must not read the address again).
  const arrived = useRef<unknown>(null);
  useEffect(() => {
    if (data && messagesReady && arrived.current !== data) { arrived.current = data; atlasArrived(data); }
  }, [data, messagesReady]);
  // The sources' texts follow once the first view is painted (data/sourceTexts.ts), checked before they are shown.
  const [painted, setPainted] = useState(false);
  useEffect(() => (loaded && !painted ? afterPaint(() => setPainted(true)) : undefined), [loaded, painted]);
  // (what shows them watches the same query: data/useAtlas.ts useSources; a file that cannot arrive is a notice)
  const textsError = useSourceTexts(data, painted).fatal;
  // and the rest of the language's messages (the lazy features wait for them: i18n/laterMessages.ts)
  useEffect(() => { if (painted) void loadCatalogue(lang).catch(() => undefined); }, [painted, lang]);
  useEffect(() => (painted ? warmIntlWhenIdle(lang) : undefined), [painted, lang]);
  // A language whose messages could not load (a missing or damaged file) is shown in English where they are missing:
  // the notices say so, rather than leave a page of English words under French names and dates without a word.
  const langFailed = useCatalogues((s) => lang !== 'en' && s.failed[lang] === true);
  useEffect(() => { if (langFailed && loaded) useAppStore.getState().languageFailed(ENDONYMS[lang], !navigator.onLine); }, [langFailed, loaded, lang]);
  // Offline (a link or a deck step in another language), they load once the device is back online, as the notice says.
  useWhenOnline(langFailed, useCallback(() => void loadCatalogue(lang).catch(() => undefined), [lang]));
  useUrlSync(loaded ? data ?? null : null);
  useDocumentLang(lang);
  if (error || textsError) return <ErrorMessage error={(error ?? textsError)!} />;
  if (noMessages) return <ErrorMessage error={new Error(`The page's messages (${lang}${lang === 'en' ? '' : ', en'}) could not be loaded: their files in this copy of the atlas are missing or damaged.`)} />;
  if (isPending || mapLayout.isPending || !loaded || !messagesReady) return <p className="loading" role="status">{t('app.loading')}</p>;
  firstLang.current ??= lang;
  return <FirstFramePainted.Provider value={painted}><Layout mapLayout={mapLayout.data ?? null} /></FirstFramePainted.Provider>;
}
