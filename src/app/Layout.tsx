// The site chrome around every dashboard page, shared by the browser router and the build-time
// first paints (scripts/prerenderPages.ts), so both draw the same page.
import { Outlet, useRouteError } from 'react-router';
import { AppShell } from '../components/AppShell.tsx';
import { LoadError } from '../components/States.tsx';

export function Layout() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function RouteError() {
  const error = useRouteError();
  return (
    <AppShell>
      <LoadError error={error instanceof Error ? error : new Error(String(error))} retry={() => window.location.reload()} />
    </AppShell>
  );
}
