// The comparison behind every compare view (bar, table, map, embed, slide): one row per region
// for one metric, each with its own period, kind and source fact. Periods are never mixed
// silently (the result says when they differ), estimates are flagged, and targets sit beside
// results without ever being ranked as results.
import type { Fact, Region } from '../schema.ts';
import type { BaseData, CoreData } from '../coreData.ts';
import { groupBy } from '../shards.ts';
import { comparePeriodsDesc } from './periods.ts';

export type Measure = 'value' | 'yoy';

export type CompareRow = {
  region: Region;
  /** The result (actual or estimate) the row ranks on; null when only a target exists. */
  fact: Fact | null;
  value: number | null;
  period: string | null;
  estimate: boolean;
  target: Fact | null;
  /** Other reports giving a different figure for the same region and period. */
  conflicts: Fact[];
};

export type Comparison = {
  metricId: string;
  measure: Measure;
  unit: string;
  /** As asked for: "comparable", "latest" or a period. */
  period: string;
  /** The period "comparable" stands for (the one most regions share), else null. */
  comparablePeriod: string | null;
  /** The level "comparable" keeps to when no regions are chosen ("county"), else null. */
  comparableLevel: string | null;
  /** Regions of different levels (counties beside prefectures) rank in one list. */
  mixedLevels: boolean;
  rows: CompareRow[];
  /** Regions asked for that have no figure for this metric and period. */
  missing: Region[];
  periods: string[];
  mixedPeriods: boolean;
  reportIds: string[];
};

export type CompareInput = {
  metricId: string;
  regionIds: string[] | null;
  /** "comparable" compares the period and level most regions share (chosen regions: each one's
   *  latest, said when periods differ); "latest" each region's latest result; otherwise one period. */
  period: string;
  measure: Measure;
  sort?: 'value' | 'name';
  /** Keep every level (a map picks its own level from the rows). */
  allLevels?: boolean;
};

const measureOf = (f: Fact, measure: Measure) => (measure === 'value' ? f.value : f.yoy);

/** Levels when the metric has any, else growth rates: from the catalog, before any facts load. */
export function defaultMeasure(data: BaseData, metricId: string): Measure {
  const summary = data.catalog.metrics[metricId];
  return !summary || summary.valuePeriods.length > 0 ? 'value' : 'yoy';
}

export function periodsFor(data: BaseData, metricId: string, measure: Measure): string[] {
  const summary = data.catalog.metrics[metricId];
  return summary ? (measure === 'value' ? summary.valuePeriods : summary.yoyPeriods) : [];
}

export function compareRows(data: CoreData, input: CompareInput): Comparison {
  const { metricId, measure } = input;
  const metric = data.metric.get(metricId);
  const usable = data.facts.filter((f) => f.metricId === metricId && measureOf(f, measure) !== null);
  // Chosen regions are compared on each one's latest result (the choice is the user's; the chart
  // says when their periods differ); all regions, on the period and level most of them share.
  const comparable =
    input.period === 'comparable' && !input.regionIds
      ? (data.catalog.metrics[metricId]?.comparable?.[measure] ?? null)
      : null;
  // A dataset built before "comparable" existed (a pinned embed's snapshot) compares the latest.
  const asked = input.period === 'comparable' && !comparable ? 'latest' : input.period;
  const inPeriod = (f: Fact) => asked === 'latest' || f.period === (comparable ? comparable.period : asked);
  const reportDate = (f: Fact) => data.report.get(f.reportId)?.date ?? '';
  const byRegion = groupBy(usable, (f) => f.regionId);
  const keepLevel = comparable && !input.regionIds && !input.allLevels ? comparable.level : null;
  const regionIds =
    input.regionIds ?? [...byRegion.keys()].filter((id) => !keepLevel || data.region.get(id)?.level === keepLevel);

  const rows: CompareRow[] = [];
  const missing: Region[] = [];
  for (const id of regionIds) {
    const region = data.region.get(id);
    if (!region) continue;
    const own = (byRegion.get(id) ?? []).filter(inPeriod);
    const results = own
      .filter((f) => f.kind !== 'target')
      .sort(
        (a, b) =>
          comparePeriodsDesc(a.period, b.period) ||
          kindRank(a) - kindRank(b) ||
          reportDate(b).localeCompare(reportDate(a)),
      );
    const fact = results[0] ?? null;
    const period = fact?.period ?? null;
    const targets = own
      .filter((f) => f.kind === 'target' && (period === null || f.period === period))
      .sort((a, b) => comparePeriodsDesc(a.period, b.period));
    const target = targets[0] ?? null;
    if (!fact && !target) {
      missing.push(region);
      continue;
    }
    const conflicts = fact
      ? results.filter(
          (f) =>
            f !== fact &&
            f.period === fact.period &&
            f.kind === fact.kind &&
            measureOf(f, measure) !== measureOf(fact, measure),
        )
      : [];
    rows.push({
      region,
      fact,
      value: fact ? measureOf(fact, measure) : null,
      period: period ?? target?.period ?? null,
      estimate: fact?.kind === 'estimate',
      target,
      conflicts,
    });
  }

  const collator = new Intl.Collator('zh-CN');
  // Results rank first; estimates follow, ranked among themselves; regions with only a target last.
  const standing = (r: CompareRow) => (r.value === null ? 2 : r.estimate ? 1 : 0);
  rows.sort((a, b) => {
    if (input.sort === 'name') return collator.compare(a.region.name, b.region.name);
    return (
      standing(a) - standing(b) || (b.value ?? 0) - (a.value ?? 0) || collator.compare(a.region.name, b.region.name)
    );
  });
  const periods = new Set(rows.filter((r) => r.fact).map((r) => r.period));
  const levels = new Set(rows.map((r) => r.region.level));
  const reportIds = [
    ...new Set(rows.flatMap((r) => [r.fact?.reportId, r.target?.reportId]).filter((x): x is string => !!x)),
  ].sort();
  return {
    metricId,
    measure,
    unit: measure === 'yoy' ? '%' : (metric?.unit ?? ''),
    period: input.period,
    comparablePeriod: comparable?.period ?? null,
    comparableLevel: keepLevel,
    mixedLevels: levels.size > 1,
    rows,
    missing,
    periods: periodsFor(data, metricId, measure),
    mixedPeriods: periods.size > 1,
    reportIds,
  };
}

function kindRank(f: Fact): number {
  return f.kind === 'actual' ? 0 : f.kind === 'estimate' ? 1 : 2;
}

/** The metric most regions have results for: the default of the compare view. */
export function defaultMetricId(data: BaseData): string | null {
  const order = new Map(data.metrics.filter((m) => m.reviewed !== false).map((m, i) => [m.id, i]));
  const ranked = Object.entries(data.catalog.metrics)
    .filter(([id, m]) => m.resultRegions > 0 && order.has(id))
    .sort((a, b) => b[1].resultRegions - a[1].resultRegions || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  return ranked[0]?.[0] ?? data.metrics[0]?.id ?? null;
}

/** The scatter's second metric when the address names none: the other metric most regions report. */
export function defaultXMetricId(data: BaseData, metricId: string): string {
  const order = new Map(data.metrics.filter((m) => m.reviewed !== false).map((m, i) => [m.id, i]));
  const ranked = Object.entries(data.catalog.metrics)
    .filter(([id, m]) => id !== metricId && order.has(id) && m.resultRegions > 0)
    .sort((a, b) => b[1].resultRegions - a[1].resultRegions || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  return ranked[0]?.[0] ?? metricId;
}

/** Every period the dataset has, for checking a period in an address. */
export function knownPeriods(data: BaseData): Set<string> {
  return new Set(Object.values(data.catalog.metrics).flatMap((m) => [...m.valuePeriods, ...m.yoyPeriods]));
}
