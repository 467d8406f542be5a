// Where each shard lives under data/. Kept apart from the shard schemas (shards.ts) so the entry
// script can name the files a page will need without loading zod.

/** "2023-01/09" → "2023-01_09": a period as a file name. */
const periodFile = (period: string) => period.replace('/', '_');

export const shardPath = {
  catalog: 'catalog.json',
  /** "comparable" holds the period most regions share (the default comparison); "latest" each
   *  region's latest period only; "all" every fact of the metric (trends, the metric's page). */
  metric: (metricId: string, period: string) =>
    `shards/metrics/${metricId}/${period === 'latest' || period === 'comparable' || period === 'all' ? period : periodFile(period)}.json`,
  region: (regionId: string) => `shards/regions/${regionId}.json`,
  report: (reportId: string) => `shards/reports/${reportId}.json`,
  coverage: (provinceId: string) => `shards/coverage/${provinceId}.json`,
  /** The overview's figures: the leading regions on each headline metric, and every ranking. */
  overview: 'shards/overview.json',
  /** Every target held against its results, with both facts and their reports. */
  targets: 'shards/targets.json',
};

// The shards an address names by itself, for the entry script to request before the catalog is
// here (the page table, app/pages.ts, says which a page's address names).

/** A name a data file can have. */
const safe = (s: string) => /^[a-z0-9.-]+$/.test(s);

/** The shard of the region, report… an address names, where the name is one a file can have. */
export function namedShard(name: string | undefined, file: (name: string) => string): string[] {
  return name !== undefined && safe(name) ? [file(name)] : [];
}

/** A comparison's shards where the address names its metric: its period's, or with `trend` and
 *  `view=trend`, every period's. */
export function comparisonFiles(params: URLSearchParams, options: { trend: boolean }): string[] {
  const metric = params.get('metric');
  if (!metric || !safe(metric)) return [];
  if (options.trend && params.get('view') === 'trend') return [shardPath.metric(metric, 'all')];
  const files: string[] = [];
  const period = params.get('period') ?? (params.get('regions') ? 'latest' : 'comparable');
  if (
    period === 'latest' ||
    period === 'comparable' ||
    /^(\d{4}(-(H[12]|Q[1-4]|\d{2}\/\d{2}|\d{2}|YTD))?|\d{4}\/\d{4})$/.test(period)
  )
    files.push(shardPath.metric(metric, period));
  if (period === 'comparable') files.push(shardPath.metric(metric, 'latest'));
  return files;
}

/** A map's boundaries: the index, and the province's county file when the address names the province. */
export function boundaryFiles(params: URLSearchParams): string[] {
  const files = ['geo/index.json'];
  const province = params.get('province');
  if (province && /^\d{6}$/.test(province) && params.get('level') !== 'prefecture')
    files.push(`geo/${province}-counties.json`);
  return files;
}

/** The files a pinned embed reads from its version's snapshot (v/<version>/ beside the live files). */
const SNAPSHOT_FILE = /^(catalog\.json|regions\.json|metrics\.json|shards\/|reports\/)/;

/** `pin=<16 hex digits>` on an embed address: the dataset version the embed shows. */
export function pinnedVersionOf(location: Pick<Location, 'pathname' | 'search'>): string | null {
  if (!location.pathname.startsWith('/embed/')) return null;
  const pin = new URLSearchParams(location.search).get('pin');
  return pin && /^[0-9a-f]{16}$/.test(pin) ? pin : null;
}

/** Where a file is read from: the live dataset, or the pinned version's snapshot. */
export function dataPath(file: string, pin: string | null): string {
  return pin && SNAPSHOT_FILE.test(file) ? `v/${pin}/${file}` : file;
}
