// The route table. Pages load on demand (map code and geometry only on map views); every unknown
// path ends at a page that says what was not found.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet, useRouteError } from 'react-router';
import { AppShell } from '../components/AppShell.tsx';
import { LoadError, Loading } from '../components/States.tsx';

const OverviewRoute = lazy(() => import('../routes/overview/OverviewRoute.tsx'));
const CompareRoute = lazy(() => import('../routes/compare/CompareRoute.tsx'));
const MapRoute = lazy(() => import('../routes/map/MapRoute.tsx'));
const RegionRoute = lazy(() => import('../routes/region/RegionRoute.tsx'));
const ReportRoute = lazy(() => import('../routes/report/ReportRoute.tsx'));
const MetricRoute = lazy(() => import('../routes/metric/MetricRoute.tsx'));
const DataRoute = lazy(() => import('../routes/data/DataRoute.tsx'));
const NotFoundRoute = lazy(() => import('../routes/errors/NotFoundRoute.tsx'));
const embed = () => import('../routes/embed/EmbedRoutes.tsx');
const EmbedCompare = lazy(() => embed().then((m) => ({ default: m.EmbedCompare })));
const EmbedMap = lazy(() => embed().then((m) => ({ default: m.EmbedMap })));
const EmbedRegion = lazy(() => embed().then((m) => ({ default: m.EmbedRegion })));
const EmbedMetric = lazy(() => embed().then((m) => ({ default: m.EmbedMetric })));
const PresentRoute = lazy(() => import('../routes/present/PresentRoute.tsx'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

function Layout() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

function RouteError() {
  const error = useRouteError();
  return (
    <AppShell>
      <LoadError error={error instanceof Error ? error : new Error(String(error))} retry={() => window.location.reload()} />
    </AppShell>
  );
}

export const router = createBrowserRouter([
  // Embeds and the presenter have no site chrome; they share the views of the pages below.
  { path: 'embed/compare', element: page(<EmbedCompare />) },
  { path: 'embed/map', element: page(<EmbedMap />) },
  { path: 'embed/regions/:regionId', element: page(<EmbedRegion />) },
  { path: 'embed/metrics/:metricId', element: page(<EmbedMetric />) },
  { path: 'present', element: page(<PresentRoute />) },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: page(<OverviewRoute />) },
      { path: 'compare', element: page(<CompareRoute />) },
      { path: 'map', element: page(<MapRoute />) },
      { path: 'regions/:regionId', element: page(<RegionRoute />) },
      { path: 'reports/:reportId', element: page(<ReportRoute />) },
      { path: 'metrics/:metricId', element: page(<MetricRoute />) },
      { path: 'data', element: page(<DataRoute />) },
      { path: '*', element: page(<NotFoundRoute />) },
    ],
  },
]);
