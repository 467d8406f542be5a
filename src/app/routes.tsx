// The route table, used by the browser's router (router.tsx) and by the build-time first paints
// (scripts/prerenderPages.ts). Pages load on demand (map code and geometry only on map views);
// every unknown path ends at a page that says what was not found.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout, RouteError } from './Layout.tsx';
import { routeModules } from './routeModules.ts';

// Route modules load before their route renders (React Router's route.lazy), not behind a
// Suspense fallback: React throttles how soon a revealed fallback gives way, which would hold back
// a page whose code and data are already here.
type PageModule = { default: ComponentType };
const lazyPage = (load: () => Promise<PageModule>) => ({ lazy: () => load().then((m) => ({ Component: m.default })) });
const embedPage = (pick: (m: Awaited<ReturnType<typeof routeModules.embed>>) => ComponentType) => ({ lazy: () => routeModules.embed().then((m) => ({ Component: pick(m) })) });

/** Shown while the first page's code arrives; no hooks, so it needs nothing loaded yet. */
function FirstLoad() {
  return (
    <p role="status" className="p-8 text-muted">
      {new URLSearchParams(window.location.search).get('lang') === 'en' ? 'Loading…' : '正在加载…'}
    </p>
  );
}

export const routes: RouteObject[] = [
  // Embeds and the presenter have no site chrome; they share the views of the pages below.
  { path: 'embed/compare', ...embedPage((m) => m.EmbedCompare), hydrateFallbackElement: <FirstLoad /> },
  { path: 'embed/map', ...lazyPage(routeModules.embedMap), hydrateFallbackElement: <FirstLoad /> },
  { path: 'embed/regions/:regionId', ...embedPage((m) => m.EmbedRegion), hydrateFallbackElement: <FirstLoad /> },
  { path: 'embed/metrics/:metricId', ...embedPage((m) => m.EmbedMetric), hydrateFallbackElement: <FirstLoad /> },
  { path: 'present', ...lazyPage(routeModules.present), hydrateFallbackElement: <FirstLoad /> },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FirstLoad />,
    children: [
      { index: true, ...lazyPage(routeModules.overview) },
      { path: 'compare', ...lazyPage(routeModules.compare) },
      { path: 'map', ...lazyPage(routeModules.map) },
      { path: 'regions/:regionId', ...lazyPage(routeModules.region) },
      { path: 'reports/:reportId', ...lazyPage(routeModules.report) },
      { path: 'metrics/:metricId', ...lazyPage(routeModules.metric) },
      { path: 'data', ...lazyPage(routeModules.data) },
      { path: 'targets', ...lazyPage(routeModules.targets) },
      { path: '*', ...lazyPage(routeModules.notFound) },
    ],
  },
];
