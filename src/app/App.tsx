import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { useAppStore } from '../store/appStore';
import { atlasArrived, useUrlSync } from '../store/useUrlSync';
import { ErrorMessage } from './ErrorBoundary';
import { Layout } from './Layout';

export function App() {
  const { data, error, isPending } = useQuery(datasetQuery);
  const loaded = useAppStore((s) => s.atlas !== null);
  useEffect(() => { if (data) atlasArrived(data); }, [data]);
  useUrlSync();
  if (error) return <ErrorMessage error={error} />;
  if (isPending || !loaded) return <p className="loading" role="status">Loading the atlas…</p>;
  return <Layout />;
}
