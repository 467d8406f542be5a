// Mounts the dashboard. Loaded on demand by main.tsx so that a portal embed that can be drawn
// from its prerendered first paint never downloads React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { buildBaseData } from '../data/coreData.ts';
import { geoFileQuery, geoIndexQuery, reportTextQuery, shardQuery } from '../data/queries.ts';
import { mapBoundaryFiles } from '../data/scopes.ts';
import { baseQueries } from '../data/useCoreData.ts';
import { captureFirstPaint } from '../components/firstPaintCharts.ts';
import { App, queryClient } from './App.tsx';
import { scopeForLocation } from './pageScope.ts';
import { pageAt } from './pages.ts';
import { router } from './router.tsx';

/** Every file the page reads, fetched now: the base tables, then the shards of its view, the
 *  report's text, and on map views the boundaries it opens on (scopes.ts mapBoundaryFiles), as
 *  the page's entry in the page table (pages.ts) says. React has not mounted yet, so the address
 *  is read here rather than through view-state/useViewState.ts. */
function loadPageData(): Promise<unknown> {
  const { pathname, search } = window.location;
  const [regions, metrics, catalog] = baseQueries();
  const base = Promise.all([
    queryClient.fetchQuery(regions),
    queryClient.fetchQuery(metrics),
    queryClient.fetchQuery(catalog),
  ]).then(([r, m, c]) => buildBaseData(r, m, c));
  const shards = base.then((b) =>
    Promise.all(scopeForLocation(b, pathname, search).shards.map((file) => queryClient.fetchQuery(shardQuery(file)))),
  );
  const waits: Promise<unknown>[] = [shards];
  const at = pageAt(pathname, search);
  const report = at?.page.reportText?.(at.address);
  if (report) waits.push(queryClient.fetchQuery(reportTextQuery(report)));
  if (at?.page.charts === 'map') {
    // A first paint must not give way to a loading map: the boundaries it opens on come first.
    const params = at.address.query;
    waits.push(
      Promise.all([queryClient.fetchQuery(geoIndexQuery()), base]).then(([index, b]) =>
        Promise.all(mapBoundaryFiles(index, b, params).map((file) => queryClient.fetchQuery(geoFileQuery(file)))),
      ),
    );
  }
  return Promise.all(waits);
}

function routerReady(): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

/** Mounts the dashboard. `firstPaint` says whether the entry put a prerendered first paint on screen. */
export function boot(firstPaint: Promise<boolean> = Promise.resolve(false)) {
  const root = document.getElementById('root');
  if (!root) return;
  const data = loadPageData().catch(() => undefined);
  const mount = () => {
    // A first paint on screen stays until React's first commit puts the same page in its place.
    if (!captureFirstPaint(root)) root.replaceChildren();
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  void firstPaint.then((shown) => {
    if (!shown) return mount();
    // The page's first commit is the whole page, code and data loaded, never a loading state over
    // the first paint; a slow or failed load still mounts (and says what failed) after a few seconds.
    void Promise.race([Promise.all([data, routerReady()]), new Promise((r) => setTimeout(r, 4000))]).then(mount);
  });
}
