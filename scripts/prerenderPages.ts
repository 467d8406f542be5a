// Build step (npm run build:app): the first paint of every page's default view. Each address is
// rendered to HTML with the dashboard's own routes and components (React's server renderer, a
// static router, the query cache filled from public/data), and each chart with ECharts' server-side
// SVG renderer at a few widths (the entry script keeps the one nearest its slot). The entry script
// shows this HTML before the dashboard's code has run; the dashboard then replaces it with the same
// page (src/app/firstPaint.ts). What each page reads comes from its entry in src/app/pages.ts.
//   public/data/first-paint/<page>/<id>/<lang>-<theme>.html
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from '../src/app/routes.tsx';
import { echarts } from '../src/charts/echartsMap.ts';
import { registerChartMap } from '../src/components/LiveMapChart.tsx';
import { compactMapSvg } from './compactMapSvg.ts';
import { compactPath } from './compactPath.ts';
import { themeTokens } from '../src/charts/themes.ts';
import { firstPaintFile } from '../src/app/firstPaint.ts';
import { scopeForLocation } from '../src/app/pageScope.ts';
import { pageAt } from '../src/app/pages.ts';
import { FIRST_PAINT_ATTR, PHONE_WIDTH } from '../src/components/firstPaintCharts.ts';
import { FirstPaintContext, type DrawFirstPaint } from '../src/components/FirstPaintContext.ts';
import { buildBaseData, type BaseData } from '../src/data/coreData.ts';
import {
  catalogQuery,
  geoFileQuery,
  geoIndexQuery,
  metricsQuery,
  regionsQuery,
  reportTextQuery,
  shardQuery,
} from '../src/data/queries.ts';
import { metricsFileSchema, regionsFileSchema, reportTextSchema } from '../src/data/schema.ts';
import { catalogSchema, shardPath, shardSchema } from '../src/data/shards.ts';

/** Chart widths drawn; the entry keeps the nearest to the slot (a phone's column, a tablet's, the desktop's). */
export const FIRST_PAINT_WIDTHS = [350, 720, 1120] as const;
const LANGS = ['zh', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

// The app's own route table: the static handler loads each page's module as the browser does.
const handler = createStaticHandler(routes);

/** A map's boundaries are most of its weight, so it has one drawing per file: the widest slot's
 *  (a desktop page's, 1,120 px: the page keeps it as its chart without loading ECharts) and a
 *  phone's (shorter). Other widths show the nearer one scaled until ECharts redraws to fit. */
const isMap = (option: Parameters<DrawFirstPaint>[0]['option']) =>
  [option.series ?? []].flat().some((s) => s.type === 'map');
const MAP_WIDTHS = [350, 1120] as const;

/** Boundary detail finer than this (px) is not drawn ahead; the live map has it all. */
const MAP_MIN_STEP = 0.75;

const drawCharts: DrawFirstPaint = ({ option, height: wideHeight, phoneHeight, theme, map: boundaries }) => {
  if (boundaries) registerChartMap(boundaries);
  const map = isMap(option);
  return (map ? MAP_WIDTHS : FIRST_PAINT_WIDTHS)
    .map((width) => {
      // The narrowest drawing is the phone's (showFirstPaint sets the slot to the phone's height).
      const height = width < PHONE_WIDTH ? (phoneHeight ?? wideHeight) : wideHeight;
      const chart = echarts.init(null, themeTokens[theme].name, { renderer: 'svg', ssr: true, width, height });
      chart.setOption(option);
      // Sized by its slot: the drawing nearest the slot's width is scaled the last few pixels.
      const drawn = chart
        .renderToSVGString({ useViewBox: true })
        .replace(/^<svg([^>]*?) width="\d+(\.\d+)?" height="\d+(\.\d+)?"/, '<svg$1 width="100%" height="100%"');
      chart.dispose();
      const svg = map
        ? compactMapSvg(drawn, MAP_MIN_STEP)
        : drawn.replace(/ d="([^"]+)"/g, (_, d: string) => ` d="${compactPath(d)}"`);
      return `<template data-width="${width}">${svg}</template>`;
    })
    .join('');
};

/** A page whose charts have a phone's drawing (the first, narrowest) as two pages: the phone's
 *  with that drawing alone, the wider screens' without it. */
export function splitPhoneDrawings(html: string): { wide: string; phone: string } {
  const slot =
    /(<div style="height:\d+px" data-phone-height="\d+">)(<template data-width="\d+">[\s\S]*?<\/template>)((?:<template[\s\S]*?<\/template>)*)(<\/div>)/g;
  return { wide: html.replace(slot, '$1$3$4'), phone: html.replace(slot, '$1$2$4') };
}

type Files = { read: (file: string) => unknown };

/** A query cache holding exactly what the page reads in the browser, parsed by the same schemas. */
function cacheFor(
  files: Files,
  base: BaseData,
  raw: { regions: unknown; metrics: unknown; catalog: unknown },
  pathname: string,
  search: string,
): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: false } },
  });
  client.setQueryData(regionsQuery().queryKey, raw.regions as never);
  client.setQueryData(metricsQuery().queryKey, raw.metrics as never);
  client.setQueryData(catalogQuery().queryKey, raw.catalog as never);
  for (const file of scopeForLocation(base, pathname, search).shards)
    client.setQueryData(shardQuery(file).queryKey, shardSchema.parse(files.read(file)));
  const at = pageAt(pathname, search);
  const report = at?.page.reportText?.(at.address);
  if (report)
    client.setQueryData(reportTextQuery(report).queryKey, reportTextSchema.parse(files.read(`reports/${report}.json`)));
  if (at?.page.charts === 'map') {
    const index = files.read('geo/index.json') as {
      provinces: { counties: string; prefectures: string }[];
      national?: { counties: string; prefectures: string };
    };
    client.setQueryData(geoIndexQuery().queryKey, index as never);
    for (const file of [...index.provinces, ...(index.national ? [index.national] : [])].flatMap((p) => [
      p.counties,
      p.prefectures,
    ]))
      client.setQueryData(geoFileQuery(file).queryKey, files.read(`geo/${file}`) as never);
  }
  return client;
}

export async function renderFirstPaint(address: string, cache: QueryClient): Promise<string> {
  const context = await handler.query(new Request(`http://first-paint${address}`));
  if (context instanceof Response) throw new Error(`${address}: the router answered with a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    createElement(
      QueryClientProvider,
      { client: cache },
      createElement(
        FirstPaintContext.Provider,
        { value: drawCharts },
        createElement(StaticRouterProvider, { router, context, hydrate: false }),
      ),
    ),
  );
}

/** Maps drawn ahead: the default and the metrics most regions report. A map's drawing is its
 *  boundaries (a national one is 100 KB compressed), so the long tail waits for the dashboard. */
export const FIRST_PAINT_MAPS = 12;

/** The default views worth a first paint: every page of a region, report and reviewed metric,
 *  compare on each reviewed metric with figures, the best-covered metrics' maps, and each of these
 *  as the embed dialog gives it by default. */
export function firstPaintAddresses(base: BaseData, reportIds: string[]): string[] {
  const metrics = base.metrics.filter((m) => m.reviewed !== false && base.catalog.metrics[m.id]).map((m) => m.id);
  const mapped = [...metrics]
    .sort((a, b) => (base.catalog.metrics[b]?.resultRegions ?? 0) - (base.catalog.metrics[a]?.resultRegions ?? 0))
    .slice(0, FIRST_PAINT_MAPS);
  return [
    '/',
    '/compare',
    '/map',
    '/embed/map?hideControls=1',
    ...metrics.flatMap((id) => [`/compare?metric=${id}`, `/metrics/${id}`, `/embed/metrics/${id}?hideControls=1`]),
    ...mapped.flatMap((id) => [`/map?metric=${id}`, `/embed/map?metric=${id}&hideControls=1`]),
    ...base.regions.flatMap((r) => [`/regions/${r.id}`, `/embed/regions/${r.id}?hideControls=1`]),
    ...reportIds.map((id) => `/reports/${id}`),
  ];
}

export async function prerenderPages(dataDir = 'public/data', only?: (address: string) => boolean): Promise<number> {
  const cache = new Map<string, unknown>();
  const files: Files = {
    read: (file) => {
      if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
      return cache.get(file);
    },
  };
  const raw = {
    regions: regionsFileSchema.parse(files.read('regions.json')),
    metrics: metricsFileSchema.parse(files.read('metrics.json')),
    catalog: catalogSchema.parse(files.read(shardPath.catalog)),
  };
  const base = buildBaseData(raw.regions, raw.metrics, raw.catalog);
  const reportIds = (files.read('reports.json') as { id: string }[]).map((r) => r.id);
  rmSync(join(dataDir, 'first-paint'), { recursive: true, force: true });
  let written = 0;
  for (const address of firstPaintAddresses(base, reportIds)) {
    if (only && !only(address)) continue;
    const [pathname = '/', search = ''] = address.split('?');
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const q = new URLSearchParams(search);
        if (lang !== 'zh') q.set('lang', lang);
        if (theme !== 'light') q.set('theme', theme);
        const query = q.toString();
        const file = firstPaintFile(pathname, query ? `?${query}` : '');
        if (!file) throw new Error(`${address}: no first-paint file for ${lang}/${theme}`);
        const html = await renderFirstPaint(
          `${pathname}${query ? `?${query}` : ''}`,
          cacheFor(files, base, raw, pathname, query ? `?${query}` : ''),
        );
        mkdirSync(dirname(join(dataDir, file)), { recursive: true });
        const wrap = (body: string) =>
          `<div ${FIRST_PAINT_ATTR}="${pathname}" inert aria-hidden="true">${body}</div>\n`;
        const phoneFile = firstPaintFile(pathname, query ? `?${query}` : '', { phone: true });
        if (phoneFile !== file && phoneFile) {
          const { wide, phone } = splitPhoneDrawings(html);
          writeFileSync(join(dataDir, file), wrap(wide));
          writeFileSync(join(dataDir, phoneFile), wrap(phone));
          written += 2;
        } else {
          writeFileSync(join(dataDir, file), wrap(html));
          written += 1;
        }
      }
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const filter = process.argv[3];
  const written = await prerenderPages(
    process.argv[2] ?? 'public/data',
    filter ? (a) => a.includes(filter) : undefined,
  );
  console.log(`Page first paints: ${written} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
