// The dashboard's pages, one entry each: its address, its code, the data it reads, the charts it
// draws, its first paint, its place in the navigation and its name in the title. Everything that
// needs to know the pages reads them here:
//   routes.tsx        the router's routes, inside the site's chrome or not, each with its handle
//                     (components/pageHandle.ts: its name in the title, the scope of an address)
//   Layout.tsx        the site's navigation
//   routeModules.ts   the entry script's preloads: the page's code, and ECharts where it draws
//   firstPaint.ts     the addresses with a prerendered first paint, and their files
//   filesForAddress   the data files the entry script requests at once (below)
//   pageScope.ts      the shards boot.tsx and the first paints load before a page mounts
// A new page is an entry here, its folder under src/routes/ and its strings in src/i18n/ (and,
// if it reads shards no page reads yet, its scope in src/data/scopes.ts).
//
// Part of the entry script every address runs first (main.tsx), so it stays small: each page's
// code is imported on demand, and its scope is named here, not imported (src/data/scopes.ts needs
// the catalog's selectors and zod).
import type { ComponentType } from 'react';
import type { Address, pageScopes } from '../data/scopes.ts';
import { boundaryFiles, comparisonFiles, namedShard, shardPath } from '../data/shardPaths.ts';
import type { MessageKey } from '../i18n/zh.ts';

export type Page = {
  /** The address, as React Router writes it: `:name` is one part; '*' is every address no page has. */
  path: string;
  /** The page's code, loaded on demand (route.lazy); the entry script starts it at once. */
  load: () => Promise<{ default: ComponentType }>;
  /** Inside the site's chrome (header and navigation); embeds and the presenter have none. */
  chrome: boolean;
  /** The charts it draws, whose ECharts code the entry script starts with the page's: 'map' adds
   *  the map modules, and the boundaries the map opens on are loaded before the page mounts. */
  charts?: 'charts' | 'map';
  /** The shards the page reads: its scope's name in data/scopes.ts `pageScopes`. */
  scope?: keyof typeof pageScopes;
  /** The shards the address alone names, requested by the entry script before the catalog is here. */
  files?: (address: Address) => string[];
  /** The report whose text the page shows. */
  reportText?: (address: Address) => string | undefined;
  /** A build-time first paint of its default view (firstPaint.ts), under data/first-paint/<folder>/:
   *  one per metric (`?metric=`, the only parameter it may carry), else one per id in the address.
   *  An embed's is the address the embed dialog gives by default (controls hidden). */
  firstPaint?: { folder: string; byMetric?: true };
  /** Its link in the site's navigation, in this order. */
  nav?: { label: MessageKey; order: number };
  /** Its name in the document title, after the view's own words (components/pageHandle.ts). */
  title?: MessageKey;
};

const embedRoutes = () => import('../routes/embed/EmbedRoutes.tsx');

const table = {
  overview: {
    path: '/',
    load: () => import('../routes/overview/OverviewRoute.tsx'),
    chrome: true,
    scope: 'overview',
    files: () => [shardPath.overview],
    firstPaint: { folder: 'overview' },
    nav: { label: 'navOverview', order: 1 },
    title: 'navOverview',
  },
  compare: {
    path: '/compare',
    load: () => import('../routes/compare/CompareRoute.tsx'),
    chrome: true,
    charts: 'charts',
    scope: 'compare',
    files: ({ query }) => comparisonFiles(query, { trend: true }),
    firstPaint: { folder: 'compare', byMetric: true },
    nav: { label: 'navCompare', order: 2 },
    title: 'navCompare',
  },
  map: {
    path: '/map',
    load: () => import('../routes/map/MapRoute.tsx'),
    chrome: true,
    charts: 'map',
    scope: 'compare',
    files: ({ query }) => [...boundaryFiles(query), ...comparisonFiles(query, { trend: false })],
    firstPaint: { folder: 'map', byMetric: true },
    nav: { label: 'navMap', order: 3 },
    title: 'navMap',
  },
  region: {
    path: '/regions/:regionId',
    load: () => import('../routes/region/RegionRoute.tsx'),
    chrome: true,
    charts: 'charts',
    scope: 'region',
    files: ({ params }) => namedShard(params.regionId, shardPath.region),
    firstPaint: { folder: 'regions' },
  },
  report: {
    path: '/reports/:reportId',
    load: () => import('../routes/report/ReportRoute.tsx'),
    chrome: true,
    scope: 'report',
    files: ({ params }) => namedShard(params.reportId, shardPath.report),
    reportText: ({ params }) => params.reportId,
    firstPaint: { folder: 'reports' },
    title: 'reports',
  },
  metric: {
    path: '/metrics/:metricId',
    load: () => import('../routes/metric/MetricRoute.tsx'),
    chrome: true,
    charts: 'charts',
    scope: 'metric',
    firstPaint: { folder: 'metrics' },
    title: 'metrics',
  },
  data: {
    path: '/data',
    load: () => import('../routes/data/DataRoute.tsx'),
    chrome: true,
    nav: { label: 'navData', order: 5 },
    title: 'navData',
  },
  targets: {
    path: '/targets',
    load: () => import('../routes/targets/TargetsRoute.tsx'),
    chrome: true,
    scope: 'targets',
    files: () => [shardPath.targets],
    nav: { label: 'navTargets', order: 4 },
    title: 'targetsTitle',
  },
  notFound: {
    path: '*',
    load: () => import('../routes/errors/NotFoundRoute.tsx'),
    chrome: true,
  },
  present: {
    path: '/present',
    load: () => import('../routes/present/PresentRoute.tsx'),
    chrome: false,
    charts: 'charts',
    scope: 'slide',
    title: 'present',
  },
  // Embeds share the views of the pages above, in a frame of their own (routes/embed/).
  embedCompare: {
    path: '/embed/compare',
    load: () => embedRoutes().then((m) => ({ default: m.EmbedCompare })),
    chrome: false,
    charts: 'charts',
    scope: 'compare',
    files: ({ query }) => comparisonFiles(query, { trend: true }),
    firstPaint: { folder: 'embed-compare', byMetric: true },
  },
  embedMap: {
    path: '/embed/map',
    load: () => import('../routes/embed/EmbedMapRoute.tsx'),
    chrome: false,
    charts: 'map',
    scope: 'compare',
    files: ({ query }) => [...boundaryFiles(query), ...comparisonFiles(query, { trend: false })],
    firstPaint: { folder: 'embed-map', byMetric: true },
  },
  embedRegion: {
    path: '/embed/regions/:regionId',
    load: () => embedRoutes().then((m) => ({ default: m.EmbedRegion })),
    chrome: false,
    charts: 'charts',
    scope: 'region',
    files: ({ params }) => namedShard(params.regionId, shardPath.region),
    firstPaint: { folder: 'embed-regions' },
  },
  embedMetric: {
    path: '/embed/metrics/:metricId',
    load: () => embedRoutes().then((m) => ({ default: m.EmbedMetric })),
    chrome: false,
    charts: 'charts',
    scope: 'metricEmbed',
    firstPaint: { folder: 'embed-metrics' },
  },
} satisfies Record<string, Page>;

export type PageId = keyof typeof table;
export const PAGES: Readonly<Record<PageId, Page>> = table;

/** An embed's address: the embed dialog's parameters apply (hideTitle, hideControls, pin…). */
export const isEmbed = (page: Page) => page.path.startsWith('/embed/');

/**
 * The page at this address, and its named parts as written (not decoded); null for an address no
 * page has (the router shows the not-found page there). Parts match exactly as written: no
 * trailing slash, no empty part, letters in their case.
 */
export function matchPage(pathname: string): { id: PageId; page: Page; raw: Record<string, string> } | null {
  const parts = pathname.split('/').slice(1);
  for (const id of Object.keys(PAGES) as PageId[]) {
    const page = PAGES[id];
    if (page.path === '*') continue;
    const pattern = page.path.split('/').slice(1);
    if (pattern.length !== parts.length) continue;
    const raw: Record<string, string> = {};
    const matches = pattern.every((want, i) => {
      const part = parts[i] ?? '';
      if (!want.startsWith(':')) return want === part;
      raw[want.slice(1)] = part;
      return part !== '';
    });
    if (matches) return { id, page, raw };
  }
  return null;
}

/** The page at this address and the address as its entry reads it. Each named part is decoded
 *  when an entry reads it, so a malformed one (%E0) throws only where a page reads that part. */
export function pageAt(pathname: string, search: string): { id: PageId; page: Page; address: Address } | null {
  const match = matchPage(pathname);
  if (!match) return null;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(match.raw))
    Object.defineProperty(params, key, { enumerable: true, get: () => decodeURIComponent(value) });
  return { id: match.id, page: match.page, address: { params, query: new URLSearchParams(search) } };
}

/** The base tables every page reads. */
const BASE_FILES = ['regions.json', 'metrics.json', shardPath.catalog];

/**
 * The data files an address needs that can be named from the address alone: the base tables and,
 * when the address names its metric, region or report, that shard. (A default metric needs the
 * catalog first; pageScope.ts decides those.)
 */
export function filesForAddress(pathname: string, search: string): string[] {
  const at = pageAt(pathname, search);
  return [...BASE_FILES, ...(at?.page.files?.(at.address) ?? [])];
}
