// The site chrome around every dashboard page, shared by the browser router and the build-time
// first paints (scripts/prerenderPages.ts), so both draw the same page.
import { Outlet, useRouteError } from 'react-router';
import { AppShell, type NavItem } from '../components/AppShell.tsx';
import { LoadError } from '../components/States.tsx';
import { PAGES } from './pages.ts';

/** The site's navigation: the pages with a `nav` entry, in its order. */
const NAV: NavItem[] = Object.values(PAGES)
  .flatMap((page) =>
    page.nav ? [{ to: page.path, label: page.nav.label, end: page.path === '/', order: page.nav.order }] : [],
  )
  .sort((a, b) => a.order - b.order)
  .map(({ to, label, end }) => ({ to, label, end }));

export function Layout() {
  return (
    <AppShell nav={NAV}>
      <Outlet />
    </AppShell>
  );
}

export function RouteError() {
  const error = useRouteError();
  return (
    <AppShell nav={NAV}>
      <LoadError
        error={error instanceof Error ? error : new Error(String(error))}
        retry={() => window.location.reload()}
      />
    </AppShell>
  );
}
