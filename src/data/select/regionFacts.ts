// What a region page shows: its own facts, its latest figure per metric, and its reports.
import type { Fact } from '../schema.ts';
import type { CoreData } from '../coreData.ts';
import { comparePeriodsDesc } from './periods.ts';

/** The latest result per metric (actual before estimate; targets only when nothing else exists). */
export function latestPerMetric(facts: Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  const rank = (f: Fact) => (f.kind === 'actual' ? 0 : f.kind === 'estimate' ? 1 : 2);
  for (const f of facts) {
    const current = best.get(f.metricId);
    if (
      !current ||
      rank(f) < rank(current) ||
      (rank(f) === rank(current) && comparePeriodsDesc(f.period, current.period) < 0)
    )
      best.set(f.metricId, f);
  }
  return [...best.values()];
}

export function regionFacts(data: CoreData, regionId: string) {
  const own = data.facts.filter((f) => f.regionId === regionId);
  const reported = data.facts.filter((f) => f.reportedBy === regionId);
  const order = new Map(data.metrics.map((m, i) => [m.id, i]));
  const key = latestPerMetric(own.filter((f) => f.kind !== 'target')).sort(
    (a, b) => (order.get(a.metricId) ?? 0) - (order.get(b.metricId) ?? 0),
  );
  const reportIds = new Set([...own, ...reported].map((f) => f.reportId));
  for (const r of data.rankings) if (r.regionId === regionId) reportIds.add(r.reportId);
  for (const r of data.reports) if (r.regionIds.includes(regionId)) reportIds.add(r.id);
  const reports = data.reports.filter((r) => reportIds.has(r.id)).sort((a, b) => b.date.localeCompare(a.date));
  return { own, reported, key, reports, rankings: data.rankings.filter((r) => r.regionId === regionId) };
}
