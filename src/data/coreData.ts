// The core tables joined into lookups. Plain data, no React: the app's hook and build scripts
// (embed prerendering) share it.
import type { Fact, Metric, Ranking, Region, Report } from './schema.ts';

export type CoreData = {
  regions: Region[];
  metrics: Metric[];
  reports: Report[];
  facts: Fact[];
  rankings: Ranking[];
  region: Map<string, Region>;
  metric: Map<string, Metric>;
  report: Map<string, Report>;
  fact: Map<string, Fact>;
};

export function buildCoreData(regions: Region[], metrics: Metric[], reports: Report[], facts: Fact[], rankings: Ranking[]): CoreData {
  return {
    regions,
    metrics,
    reports,
    facts,
    rankings,
    region: new Map(regions.map((r) => [r.id, r])),
    metric: new Map(metrics.map((m) => [m.id, m])),
    report: new Map(reports.map((r) => [r.id, r])),
    fact: new Map(facts.map((f) => [f.id, f])),
  };
}
