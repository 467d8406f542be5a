// Mounts the dashboard. Loaded on demand by main.tsx so that a portal embed that can be drawn
// from its prerendered first paint never downloads React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { geoFileQuery, geoIndexQuery } from '../data/queries.ts';
import { coreQueries } from '../data/useCoreData.ts';
import { App, queryClient } from './App.tsx';

export function boot() {
  const root = document.getElementById('root');
  if (!root) return;
  // Every page reads the core tables: fetch them while the page's own code is still loading.
  const [regions, metrics, reports, facts, rankings] = coreQueries();
  void queryClient.prefetchQuery(regions);
  void queryClient.prefetchQuery(metrics);
  void queryClient.prefetchQuery(reports);
  void queryClient.prefetchQuery(facts);
  void queryClient.prefetchQuery(rankings);
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
