// Which shards a view reads, as pure functions of the catalog and the address. The routes load
// exactly these, and boot.tsx starts fetching them before the route's code has arrived (each
// page's entry in app/pages.ts names its scope here).
import { parseViewState, type Known } from '../view-state/viewState.ts';
import type { BaseData } from './coreData.ts';
import type { GeoIndex } from './queries.ts';
import { defaultMeasure, defaultMetricId, defaultXMetricId, knownPeriods } from './select/compareRows.ts';
import { comparisonLevel, decidedLevel, decidedProvince, NATIONAL, type MapLevel } from './select/mapScope.ts';
import { shardPath } from './shards.ts';

export type DataScope = {
  /** Shard files (paths under data/). */
  shards: string[];
};

/** An address as a page's scope reads it: its named parts ('/regions/:regionId'), decoded, and its
 *  query string. */
export type Address = { params: Record<string, string | undefined>; query: URLSearchParams };

const knownCache = new WeakMap<BaseData, Known>();
/** The ids and periods an address may name, for parsing it. */
export function knownOf(base: BaseData): Known {
  const cached = knownCache.get(base);
  if (cached) return cached;
  const known = {
    metricIds: new Set(base.metrics.map((m) => m.id)),
    regionIds: new Set(base.regions.map((r) => r.id)),
    periods: knownPeriods(base),
  };
  knownCache.set(base, known);
  return known;
}

/** A metric's facts for one period or each region's latest; nothing when the metric has none then. */
export function metricShard(base: BaseData, metricId: string, period: string): string[] {
  const summary = base.catalog.metrics[metricId];
  if (!summary) return [];
  if (period === 'comparable' && !summary.comparable) return [shardPath.metric(metricId, 'latest')];
  if (
    period !== 'latest' &&
    period !== 'comparable' &&
    !summary.valuePeriods.includes(period) &&
    !summary.yoyPeriods.includes(period)
  )
    return [];
  return [shardPath.metric(metricId, period)];
}

/** The boundary files a map address opens on: the requested province's (or the nation's), else the
 *  nation's for many provinces, else every province's (the map then opens on the fullest); of
 *  the level it opens on, or both levels where the figures shown decide it. */
export function mapBoundaryFiles(index: GeoIndex, base: BaseData, params: URLSearchParams): string[] {
  const province = decidedProvince(index, params.get('province'));
  const chosen = index.provinces.find((p) => p.adcode === province);
  const entries = province === NATIONAL && index.national ? [index.national] : chosen ? [chosen] : index.provinces;
  const level = mapOpeningLevel(base, params);
  return entries.flatMap((e) =>
    level === 'county' ? [e.counties] : level === 'prefecture' ? [e.prefectures] : [e.counties, e.prefectures],
  );
}

/** The level a map address opens on, where the address and the catalog say it: the `level` asked
 *  for, else the level the default comparison is about. Null where the figures shown decide it. */
export function mapOpeningLevel(base: BaseData, params: URLSearchParams): MapLevel | null {
  const { state } = parseViewState(params, knownOf(base));
  const metricId = state.metric ?? defaultMetricId(base) ?? '';
  return decidedLevel(
    params.get('level'),
    comparisonLevel(base.catalog, state, metricId, state.measure ?? defaultMeasure(base, metricId)),
  );
}

/** Compare, map, their embeds and slides: the metric in the address (and the scatter's second one). */
export function compareScope(base: BaseData, params: URLSearchParams, metricOverride?: string): DataScope {
  const { state } = parseViewState(params, knownOf(base));
  const metricId = metricOverride ?? state.metric ?? defaultMetricId(base) ?? '';
  // Chosen regions compare on each one's latest figures (compareRows.ts); the default view also
  // reads each region's latest, so the region picker offers every region with the metric.
  // A trend reads every period of the metric.
  if (state.view === 'trend')
    return { shards: base.catalog.metrics[metricId] ? [shardPath.metric(metricId, 'all')] : [] };
  const period = state.period === 'comparable' && state.regions ? 'latest' : state.period;
  const shards = metricShard(base, metricId, period);
  if (period === 'comparable') shards.push(...metricShard(base, metricId, 'latest'));
  if (state.view === 'scatter') {
    // The scatter's second metric in the same period as the first.
    const measure = state.measure ?? (base.catalog.metrics[metricId]?.valuePeriods.length ? 'value' : 'yoy');
    const shared =
      period === 'comparable' ? (base.catalog.metrics[metricId]?.comparable?.[measure]?.period ?? 'latest') : period;
    shards.push(...metricShard(base, state.x ?? defaultXMetricId(base, metricId), shared));
  }
  return { shards };
}

/** A metric page: every fact of the metric (its ranking, its trends, its list), in one file. */
export function metricPageScope(base: BaseData, metricId: string): DataScope {
  return { shards: base.catalog.metrics[metricId] ? [shardPath.metric(metricId, 'all')] : [] };
}

export function regionScope(base: BaseData, regionId: string): DataScope {
  return { shards: base.region.has(regionId) ? [shardPath.region(regionId)] : [] };
}

export function reportScope(reportId: string): DataScope {
  return { shards: /^[a-z0-9-]+$/.test(reportId) ? [shardPath.report(reportId)] : [] };
}

/** The targets page: every check with both of its facts. */
export function targetsScope(): DataScope {
  return { shards: [shardPath.targets] };
}

/** The overview: the leading regions on the headline metrics, and every ranking. */
export function overviewScope(): DataScope {
  return { shards: [shardPath.overview] };
}

/** An address's scope, for a page whose view shows another address (the presenter's slide). */
type ScopeOf = (pathname: string, search: string) => DataScope;

/** Each page's scope, by the name its entry in the page table (app/pages.ts, `scope`) gives it:
 *  the shards an address of that page reads. */
export const pageScopes = {
  overview: () => overviewScope(),
  /** Compare, map and their embeds. */
  compare: (base, { query }) => compareScope(base, query),
  region: (base, { params }) => regionScope(base, params.regionId ?? ''),
  report: (_base, { params }) => reportScope(params.reportId ?? ''),
  metric: (base, { params }) => metricPageScope(base, params.metricId ?? ''),
  /** A metric's embed is its default comparison, not the metric page. */
  metricEmbed: (base, { params, query }) => compareScope(base, query, params.metricId),
  targets: () => targetsScope(),
  /** The presenter: the slide on screen (/present?s=<view>&s=<view>&slide=2) reads what its own
   *  address reads. */
  slide: (_base, { query }, scopeOf) => {
    const slides = query.getAll('s');
    const slide = slides[Number(query.get('slide') ?? '1') - 1] ?? slides[0];
    const [slidePath = '', slideQuery = ''] = (slide ?? '').split('?');
    return slide && !slidePath.startsWith('/present') ? scopeOf(slidePath, slideQuery) : { shards: [] };
  },
} satisfies Record<string, (base: BaseData, address: Address, scopeOf: ScopeOf) => DataScope>;
