// Mounts the dashboard. Loaded on demand by main.tsx so that a portal embed that can be drawn
// from its prerendered first paint never downloads React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { buildBaseData } from '../data/coreData.ts';
import { geoFileQuery, geoIndexQuery, shardQuery } from '../data/queries.ts';
import { scopeForLocation } from '../data/scopes.ts';
import { baseQueries } from '../data/useCoreData.ts';
import { App, queryClient } from './App.tsx';

export function boot() {
  const root = document.getElementById('root');
  if (!root) return;
  // Every page reads the base tables, then the shards of its view: fetch them while the page's
  // own code is still loading.
  const [regions, metrics, catalog] = baseQueries();
  void Promise.all([queryClient.fetchQuery(regions), queryClient.fetchQuery(metrics), queryClient.fetchQuery(catalog)])
    .then(([r, m, c]) => {
      const { pathname, search } = window.location;
      for (const file of scopeForLocation(buildBaseData(r, m, c), pathname, search).shards) void queryClient.prefetchQuery(shardQuery(file));
    })
    .catch(() => undefined);
  // Map views also need boundaries; the county files are small (about 25 KB each, compressed).
  if (/^\/(embed\/)?map/.test(window.location.pathname)) {
    void queryClient.fetchQuery(geoIndexQuery()).then((index) => index.provinces.forEach((p) => void queryClient.prefetchQuery(geoFileQuery(p.counties))));
  }
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
