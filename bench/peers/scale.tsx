// Our own graph view (src/views/graph, src/graph/layout.ts) on the real network (?copies=1) or a synthetic one about
// 10× larger (default), to show how layout and drag cost grow. Marks: data:ready, graph:painted. The view computes
// the layout as the app does: the shipped one when its key matches (copies=1), else in the layout worker (see
// src/graph/arrange.ts), whose 'graph:layout' measure runs from the request to the positions' arrival.
import { createRoot } from 'react-dom/client';
import { normaliseDataset } from '../../src/data/atlas';
import type { Dataset } from '../../src/data/schema';
import { QueryClientProvider } from '@tanstack/react-query';
import { datasetQuery, makeQueryClient } from '../../src/data/queries';
import { useAppStore } from '../../src/store/appStore';
import { GraphView } from '../../src/views/graph/GraphView';
import { syntheticAtlas } from './synthetic';
import { loadCatalogue } from '../../src/i18n/catalogue';
import '../../src/styles.css';

const q = new URLSearchParams(location.search);
const copies = Number(q.get('copies') ?? 11);

// with the English messages, as the app's first view has them (their chunk since session 6; without it the view
// showed message keys)
Promise.all([import('../../data/atlas.json'), loadCatalogue('en')]).then(([mod]) => {
  const raw = mod.default as unknown as Dataset;
  const atlas = copies > 1 ? syntheticAtlas(raw, copies) : normaliseDataset(raw);
  performance.mark('data:ready');
  // as in the app: the dataset in react-query's cache, the view in the store
  const client = makeQueryClient();
  client.setQueryData(datasetQuery.queryKey, atlas);
  useAppStore.getState().viewArrived();
  if (q.get('families') === 'all') useAppStore.setState({ hiddenFamilies: [] });
  createRoot(document.getElementById('root')!).render(
    <QueryClientProvider client={client}>
      <section className="view view-graph" aria-label="Cooperation network"><GraphView /></section>
    </QueryClientProvider>,
  );
});
