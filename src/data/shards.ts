// The dataset split into the pieces views need, so the app never loads facts.json whole: a small
// catalog every page reads, and shards of facts by metric and period, by region and by report.
// The pipeline writes them (pipeline/io/shardDataset.ts) and the app reads them (queries.ts) with
// the schemas and paths defined here, so both sides agree on one layout. Plain zod and plain
// functions: this file runs in Node and in the browser.
import { z } from 'zod';
import {
  factSchema,
  rankingSchema,
  reportSchema,
  targetCheckSchema,
  type Dataset,
  type Fact,
  type Region,
} from './schema.ts';
import { comparePeriodsDesc } from './select/periods.ts';

/** Facts with the rankings and reports they cite: every shard has this shape. */
export const shardSchema = z.object({
  facts: z.array(factSchema),
  rankings: z.array(rankingSchema),
  reports: z.array(reportSchema),
  /** Targets held against results, with both facts among `facts` (the targets shard, region shards). */
  checks: z.array(targetCheckSchema).optional(),
});
export type Shard = z.infer<typeof shardSchema>;

const comparableSchema = z.object({ period: z.string(), level: z.string(), regions: z.number().int() });
export type ComparableScope = z.infer<typeof comparableSchema>;

const metricSummarySchema = z.object({
  facts: z.number().int(),
  /** Regions with a result (actual or estimate) that has a value: ranks the default metric. */
  resultRegions: z.number().int(),
  /** Periods in which some fact has a value, and in which some fact has a growth rate. */
  valuePeriods: z.array(z.string()),
  yoyPeriods: z.array(z.string()),
  /** The period and level most regions have results for, by measure: what the compare view shows
   *  by default, so that it ranks like with like. Absent in datasets built before it existed. */
  comparable: z.object({ value: comparableSchema.optional(), yoy: comparableSchema.optional() }).optional(),
});
export type MetricSummary = z.infer<typeof metricSummarySchema>;

export const catalogSchema = z.object({
  /** The dataset's content hash, as in index.json. */
  version: z.string(),
  counts: z.object({
    reports: z.number().int(),
    regions: z.number().int(),
    metrics: z.number().int(),
    facts: z.number().int(),
    rankings: z.number().int(),
  }),
  metrics: z.record(z.string(), metricSummarySchema),
  /** Facts per region, for regions that have any (as the region itself, not as reporting body). */
  regions: z.record(z.string(), z.number().int()),
  /** The most recent reports, newest first, with how many facts each gave. */
  latestReports: z.array(z.object({ report: reportSchema, facts: z.number().int() })),
  /** Provinces that have a coverage shard. */
  coverageProvinces: z.array(z.string()),
});
export type Catalog = z.infer<typeof catalogSchema>;

export const coverageShardSchema = z.object({
  provinceId: z.string(),
  /** Region ids in gazetteer order, metric ids in lexicon order; cells[r][m] = periods (newest first) and kinds. */
  regionIds: z.array(z.string()),
  metricIds: z.array(z.string()),
  cells: z.array(
    z.array(z.tuple([z.number().int(), z.array(z.string()), z.array(z.enum(['actual', 'estimate', 'target']))])),
  ),
});
export type CoverageShard = z.infer<typeof coverageShardSchema>;

export { shardPath } from './shardPaths.ts';

/**
 * The facts a "latest available" comparison can use: for each region and metric, the facts of
 * the latest period that has a result with a value, of the latest period that has a result with
 * a growth rate, and — where a region has only targets — of its latest target period. Comparing
 * on this slice gives exactly what comparing on all facts gives (compareRows.test.ts holds this).
 */
export function latestSlice(facts: Fact[]): Fact[] {
  const groups = groupBy(facts, (f) => `${f.regionId}|${f.metricId}`);
  const keep = new Set<Fact>();
  for (const group of groups.values()) {
    const latest = (pick: (f: Fact) => boolean) =>
      group
        .filter(pick)
        .map((f) => f.period)
        .sort(comparePeriodsDesc)[0];
    const periods = new Set(
      [
        latest((f) => f.kind !== 'target' && f.value !== null),
        latest((f) => f.kind !== 'target' && f.yoy !== null),
        latest((f) => f.kind === 'target' && f.value !== null),
        latest((f) => f.kind === 'target' && f.yoy !== null),
      ].filter((p): p is string => p !== undefined),
    );
    for (const f of group) if (periods.has(f.period)) keep.add(f);
  }
  return facts.filter((f) => keep.has(f));
}

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The province (or topmost ancestor) a region lies in. */
export function provinceOf(region: Region, byId: Map<string, Region>): string {
  let current = region;
  while (current.parentId && byId.has(current.parentId)) current = byId.get(current.parentId) as Region;
  return current.id;
}

const LATEST_REPORTS = 12;
/** Levels of places a comparison ranks; bodies and enterprises are never ranked with them. */
const COMPARED_LEVELS = new Set(['province', 'prefecture', 'county', 'zone']);
const LEVEL_ORDER = ['county', 'prefecture', 'zone', 'province'];

/**
 * The period and level most regions have a result (actual or estimate) for: a comparison of like
 * with like. Ties go to the later period, then to counties before prefectures.
 */
export function comparableScope(
  facts: Fact[],
  has: (f: Fact) => boolean,
  byId: Map<string, Region>,
): ComparableScope | undefined {
  const regions = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind === 'target' || !has(f)) continue;
    const level = byId.get(f.regionId)?.level;
    if (!level || !COMPARED_LEVELS.has(level)) continue;
    const key = `${f.period}|${level}`;
    const set = regions.get(key) ?? new Set<string>();
    set.add(f.regionId);
    regions.set(key, set);
  }
  const best = [...regions.entries()]
    .map(([key, set]) => {
      const [period = '', level = ''] = key.split('|');
      return { period, level, regions: set.size };
    })
    .sort(
      (a, b) =>
        b.regions - a.regions ||
        comparePeriodsDesc(a.period, b.period) ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
    )[0];
  return best;
}

/** The catalog of a dataset (the tables a catalog needs; texts are not read). */
export function buildCatalog(
  data: Pick<Dataset, 'regions' | 'metrics' | 'reports' | 'facts' | 'rankings'>,
  version: string,
): Catalog {
  const metrics: Catalog['metrics'] = {};
  const byId = new Map(data.regions.map((r) => [r.id, r]));
  for (const [metricId, facts] of groupBy(data.facts, (f) => f.metricId)) {
    const periods = (pick: (f: Fact) => boolean) =>
      [...new Set(facts.filter(pick).map((f) => f.period))].sort(comparePeriodsDesc);
    const value = comparableScope(facts, (f) => f.value !== null, byId);
    const yoy = comparableScope(facts, (f) => f.yoy !== null, byId);
    metrics[metricId] = {
      facts: facts.length,
      resultRegions: new Set(facts.filter((f) => f.kind !== 'target' && f.value !== null).map((f) => f.regionId)).size,
      valuePeriods: periods((f) => f.value !== null),
      yoyPeriods: periods((f) => f.yoy !== null),
      comparable: { ...(value ? { value } : {}), ...(yoy ? { yoy } : {}) },
    };
  }
  const regions: Catalog['regions'] = {};
  for (const [regionId, facts] of groupBy(data.facts, (f) => f.regionId)) regions[regionId] = facts.length;
  const factsPerReport = new Map<string, number>();
  for (const f of data.facts) factsPerReport.set(f.reportId, (factsPerReport.get(f.reportId) ?? 0) + 1);
  const latestReports = [...data.reports]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, LATEST_REPORTS)
    .map((report) => ({ report, facts: factsPerReport.get(report.id) ?? 0 }));
  const coverageProvinces = [
    ...new Set(
      data.facts
        .map((f) => byId.get(f.regionId))
        .filter((r): r is Region => !!r)
        .map((r) => provinceOf(r, byId)),
    ),
  ].sort();
  return {
    version,
    counts: {
      reports: data.reports.length,
      regions: data.regions.length,
      metrics: data.metrics.length,
      facts: data.facts.length,
      rankings: data.rankings.length,
    },
    metrics,
    regions,
    latestReports,
    coverageProvinces,
  };
}
