// The tables a page reads, joined into lookups. Plain data, no React: the app's hook, build
// scripts (embed prerendering) and tests share it.
//   BaseData — every page: regions, metrics and the catalog (what exists, which periods).
//   CoreData — BaseData plus the facts, reports and rankings of the shards the page loaded.
import type { Fact, Metric, Ranking, Region, Report, TargetCheck } from './schema.ts';
import { buildCatalog, type Catalog, type Shard } from './shards.ts';

export type BaseData = {
  regions: Region[];
  metrics: Metric[];
  catalog: Catalog;
  region: Map<string, Region>;
  metric: Map<string, Metric>;
};

export type CoreData = BaseData & {
  facts: Fact[];
  /** Targets held against results, of the shards that carry them. */
  checks: TargetCheck[];
  reports: Report[];
  rankings: Ranking[];
  report: Map<string, Report>;
  fact: Map<string, Fact>;
  /** True while the shards of the current view are still loading and these are the previous view's. */
  pending?: boolean;
};

export function buildBaseData(regions: Region[], metrics: Metric[], catalog: Catalog): BaseData {
  return {
    regions,
    metrics,
    catalog,
    region: new Map(regions.map((r) => [r.id, r])),
    metric: new Map(metrics.map((m) => [m.id, m])),
  };
}

/** Several shards as one: each fact, report and ranking once, in the order first seen. */
export function withShards(base: BaseData, shards: Shard[]): CoreData {
  const fact = new Map<string, Fact>();
  const report = new Map<string, Report>();
  const ranking = new Map<string, Ranking>();
  const check = new Map<string, TargetCheck>();
  for (const shard of shards) {
    for (const c of shard.checks ?? []) if (!check.has(c.id)) check.set(c.id, c);
    for (const f of shard.facts) if (!fact.has(f.id)) fact.set(f.id, f);
    for (const r of shard.reports) if (!report.has(r.id)) report.set(r.id, r);
    for (const r of shard.rankings) if (!ranking.has(r.id)) ranking.set(r.id, r);
  }
  return {
    ...base,
    facts: [...fact.values()],
    checks: [...check.values()],
    reports: [...report.values()],
    rankings: [...ranking.values()],
    fact,
    report,
  };
}

/** All tables at once (tests, and build scripts on a small dataset): the catalog is derived. */
export function buildCoreData(
  regions: Region[],
  metrics: Metric[],
  reports: Report[],
  facts: Fact[],
  rankings: Ranking[],
  checks: TargetCheck[] = [],
): CoreData {
  const base = buildBaseData(regions, metrics, buildCatalog({ regions, metrics, reports, facts, rankings }, 'local'));
  return withShards(base, [{ facts, reports, rankings, checks }]);
}
