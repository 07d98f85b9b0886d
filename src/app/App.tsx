import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, mapLayoutQuery } from '../data/queries';
import { useAppStore } from '../store/appStore';
import { atlasArrived, useUrlSync } from '../store/useUrlSync';
import { ErrorMessage } from './ErrorBoundary';
import { Layout } from './Layout';
import { useDocumentLang } from './useDocumentLang';
import { useCatalogues } from '../i18n/catalogue';
import { useI18n } from '../i18n/useI18n';

export function App() {
  const { data, error, isPending } = useQuery(datasetQuery);
  const mapLayout = useQuery(mapLayoutQuery);
  const loaded = useAppStore((s) => s.atlas !== null);
  const lang = useAppStore((s) => s.lang);
  // The first paint waits for the language's messages (loading beside the dataset), so it is never half English;
  // if they cannot load, the page goes on in English rather than waiting for ever.
  const messagesReady = useCatalogues((s) => s.loaded[lang] !== undefined || s.failed[lang] === true);
  const { t } = useI18n();
  useEffect(() => { if (data) atlasArrived(data); }, [data]);
  useUrlSync();
  useDocumentLang(lang);
  if (error) return <ErrorMessage error={error} />;
  if (isPending || mapLayout.isPending || !loaded || !messagesReady) return <p className="loading" role="status">{t('app.loading')}</p>;
  return <Layout mapLayout={mapLayout.data ?? null} />;
}
