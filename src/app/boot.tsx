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
  // Map views also need boundaries: the requested province's, else those the map opens on (every
  // province of a small dataset, about 25 KB each compressed, or the national file).
  if (/^\/(embed\/)?map/.test(window.location.pathname)) {
    const requested = new URLSearchParams(window.location.search).get('province');
    void queryClient
      .fetchQuery(geoIndexQuery())
      .then((index) => {
        const chosen = index.provinces.find((p) => p.adcode === requested);
        const files = requested === 'all' && index.national ? [index.national.counties] : chosen ? [chosen.counties] : index.national && index.provinces.length > 3 ? [index.national.counties] : index.provinces.map((p) => p.counties);
        for (const file of files) void queryClient.prefetchQuery(geoFileQuery(file));
      })
      .catch(() => undefined);
  }
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
