// The route table, built from the page table (pages.ts) and used by the browser's router
// (router.tsx) and by the build-time first paints (scripts/prerenderPages.ts). Pages load on demand
// (map code and geometry only on map views); every unknown path ends at a page that says what was
// not found.
import type { RouteObject } from 'react-router';
import type { PageHandle } from '../components/pageHandle.ts';
import { Layout, RouteError } from './Layout.tsx';
import { scopeForLocation } from './pageScope.ts';
import { PAGES, type Page } from './pages.ts';

/** Shown while the first page's code arrives; no hooks, so it needs nothing loaded yet. That is
 *  why it reads the language from the address itself, not through view-state/useViewState.ts. */
function FirstLoad() {
  return (
    <p role="status" className="p-8 text-muted">
      {new URLSearchParams(window.location.search).get('lang') === 'en' ? 'Loading…' : '正在加载…'}
    </p>
  );
}

const handle = (page: Page): PageHandle => ({
  title: page.title ?? null,
  scopeOf: scopeForLocation,
});

// Route modules load before their route renders (React Router's route.lazy), not behind a
// Suspense fallback: React throttles how soon a revealed fallback gives way, which would hold back
// a page whose code and data are already here.
function route(page: Page): RouteObject {
  const lazy = () => page.load().then((m) => ({ Component: m.default }));
  return page.path === '/'
    ? { index: true, lazy, handle: handle(page) }
    : { path: page.path.replace(/^\//, ''), lazy, handle: handle(page) };
}

const pages = Object.values(PAGES);

export const routes: RouteObject[] = [
  // Embeds and the presenter have no site chrome; they share the views of the pages inside it.
  ...pages.filter((page) => !page.chrome).map((page) => ({ ...route(page), hydrateFallbackElement: <FirstLoad /> })),
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FirstLoad />,
    children: pages.filter((page) => page.chrome).map(route),
  },
];
