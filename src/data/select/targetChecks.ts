// Target checks as pages list them: grouped by the target (two results that disagree are two
// checks of one target, shown together, each cited), filtered by prefecture and metric, counted.
import type { Fact, Region, TargetCheck } from '../schema.ts';
import type { BaseData, CoreData } from '../coreData.ts';
import { comparePeriodsDesc } from './periods.ts';

export type CheckGroup = {
  target: Fact;
  region: Region;
  metricId: string;
  period: string;
  /** Each result held against the target, with its check; the final result before estimates. */
  results: { check: TargetCheck; result: Fact }[];
};

export type CheckFilter = { prefecture?: string | null; metric?: string | null };

/** The prefecture a region belongs to (itself when it is one); null above or outside prefectures. */
export function prefectureOf(data: Pick<BaseData, 'region'>, regionId: string): Region | null {
  let region = data.region.get(regionId);
  while (region) {
    if (region.level === 'prefecture') return region;
    region = region.parentId ? data.region.get(region.parentId) : undefined;
  }
  return null;
}

export function checkGroups(data: CoreData, filter: CheckFilter = {}): CheckGroup[] {
  const groups = new Map<string, CheckGroup>();
  for (const check of data.checks) {
    if (filter.metric && check.metricId !== filter.metric) continue;
    if (filter.prefecture && prefectureOf(data, check.regionId)?.id !== filter.prefecture) continue;
    const target = data.fact.get(check.targetFactId);
    const result = data.fact.get(check.resultFactId);
    const region = data.region.get(check.regionId);
    if (!target || !result || !region) continue;
    const group = groups.get(target.id) ?? {
      target,
      region,
      metricId: check.metricId,
      period: check.period,
      results: [],
    };
    group.results.push({ check, result });
    groups.set(target.id, group);
  }
  const order = new Map(data.metrics.map((m, i) => [m.id, i]));
  const collator = new Intl.Collator('zh-CN');
  for (const g of groups.values())
    g.results.sort(
      (a, b) =>
        Number(a.check.estimate) - Number(b.check.estimate) || a.result.reportId.localeCompare(b.result.reportId),
    );
  return [...groups.values()].sort(
    (a, b) =>
      collator.compare(a.region.name, b.region.name) ||
      comparePeriodsDesc(a.period, b.period) ||
      (order.get(a.metricId) ?? 0) - (order.get(b.metricId) ?? 0) ||
      a.target.id.localeCompare(b.target.id),
  );
}

/** How many targets were met (or exceeded): a target counts as met when its final result meets
 *  it; with only estimates, when the estimate does. Disagreeing results are shown, not counted twice. */
export function countMet(groups: CheckGroup[]): { met: number; total: number } {
  const met = groups.filter((g) => g.results[0] && g.results[0].check.status !== 'not-met').length;
  return { met, total: groups.length };
}

/** The prefectures and metrics that have checks, for the filters. */
export function checkFilterOptions(data: CoreData): { prefectures: Region[]; metricIds: string[] } {
  const prefectures = new Map<string, Region>();
  const metricIds = new Set<string>();
  for (const c of data.checks) {
    const p = prefectureOf(data, c.regionId);
    if (p) prefectures.set(p.id, p);
    metricIds.add(c.metricId);
  }
  const order = new Map(data.metrics.map((m, i) => [m.id, i]));
  return {
    prefectures: [...prefectures.values()].sort((a, b) => new Intl.Collator('zh-CN').compare(a.name, b.name)),
    metricIds: [...metricIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  };
}
