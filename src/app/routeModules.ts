// The code of each page, loaded on demand. The router uses these, and the entry script starts the
// current page's download at once, beside the dashboard's, instead of after it.
import { loadLiveChart, loadLiveMapChart } from '../components/liveChartModule.ts';

export const routeModules = {
  overview: () => import('../routes/overview/OverviewRoute.tsx'),
  compare: () => import('../routes/compare/CompareRoute.tsx'),
  map: () => import('../routes/map/MapRoute.tsx'),
  region: () => import('../routes/region/RegionRoute.tsx'),
  report: () => import('../routes/report/ReportRoute.tsx'),
  metric: () => import('../routes/metric/MetricRoute.tsx'),
  data: () => import('../routes/data/DataRoute.tsx'),
  targets: () => import('../routes/targets/TargetsRoute.tsx'),
  notFound: () => import('../routes/errors/NotFoundRoute.tsx'),
  embed: () => import('../routes/embed/EmbedRoutes.tsx'),
  embedMap: () => import('../routes/embed/EmbedMapRoute.tsx'),
  present: () => import('../routes/present/PresentRoute.tsx'),
};

/** Starts ECharts' download with the page's code, where the page draws charts (the data, targets,
 *  overview and not-found pages draw none; maps need the map modules too). */
export function preloadCharts(pathname: string): void {
  if (/^\/(embed\/)?map$/.test(pathname)) void loadLiveMapChart();
  else if (/^\/(embed\/)?(compare$|regions\/|metrics\/)|^\/present$/.test(pathname)) void loadLiveChart();
}

export function preloadRoute(pathname: string): void {
  if (pathname === '/embed/map') void routeModules.embedMap();
  else if (pathname.startsWith('/embed/')) void routeModules.embed();
  else if (pathname === '/') void routeModules.overview();
  else if (pathname === '/compare') void routeModules.compare();
  else if (pathname === '/map') void routeModules.map();
  else if (pathname.startsWith('/regions/')) void routeModules.region();
  else if (pathname.startsWith('/reports/')) void routeModules.report();
  else if (pathname.startsWith('/metrics/')) void routeModules.metric();
  else if (pathname === '/data') void routeModules.data();
  else if (pathname === '/targets') void routeModules.targets();
  else if (pathname === '/present') void routeModules.present();
}
