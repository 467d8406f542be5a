// One metric over time: a line per region across the periods the dataset has. Lines share one kind
// of period (whole years, or first halves, or Jan–Sep…), because a year beside a quarter on one
// axis reads as a fall that never happened. Years first; a kind within the year only when every
// line has it. A period without a result stays a gap, never an interpolated point.
import type { Fact, Region } from '../schema.ts';
import type { CoreData } from '../coreData.ts';
import { groupBy } from '../shards.ts';
import type { Measure } from './compareRows.ts';
import { comparePeriodsDesc, periodKind } from './periods.ts';

export type TrendPoint = {
  period: string;
  value: number;
  fact: Fact;
  estimate: boolean;
  /** Other reports' different figures for the same region and period, shown beside the point. */
  conflicts: Fact[];
};

export type TrendLine = {
  region: Region;
  /** Results (actual and estimates), oldest first, one per period. */
  points: TrendPoint[];
  /** Targets set for periods of the same kind, oldest first. */
  targets: TrendPoint[];
};

export type Trend = {
  metricId: string;
  measure: Measure;
  unit: string;
  /** "year", "H1", "01/09"…: the kind of period every line is drawn in. */
  periodKind: string | null;
  /** The axis, oldest first: every year from the first to the last (a year nobody reports is a
   *  visible gap, not a shorter distance), in the kind of period the lines share. */
  periods: string[];
  lines: TrendLine[];
  /** Regions asked for (or shown by default) with no result of that kind. */
  missing: Region[];
  /** No regions were chosen: the lines are the regions with the most periods. */
  chosenByDefault: boolean;
  reportIds: string[];
};

export type TrendInput = {
  metricId: string;
  regionIds: string[] | null;
  measure: Measure;
  /** Lines drawn when no regions are chosen. */
  defaultLines?: number;
};

export const DEFAULT_TREND_LINES = 6;

const measureOf = (f: Fact, measure: Measure) => (measure === 'value' ? f.value : f.yoy);
const kindRank = (f: Fact) => (f.kind === 'actual' ? 0 : f.kind === 'estimate' ? 1 : 2);

export function trendSeries(data: CoreData, input: TrendInput): Trend {
  const { metricId, measure } = input;
  const metric = data.metric.get(metricId);
  const reportDate = (f: Fact) => data.report.get(f.reportId)?.date ?? '';
  const usable = data.facts.filter(
    (f) =>
      f.metricId === metricId &&
      measureOf(f, measure) !== null &&
      periodKind(f.period) !== 'span' &&
      data.region.has(f.regionId),
  );
  const byRegion = groupBy(usable, (f) => f.regionId);
  const candidates = input.regionIds ?? [...byRegion.keys()];

  const kindOf = (ids: string[]): string | null => {
    const kindsOfLine = ids.map(
      (id) => new Set((byRegion.get(id) ?? []).filter((f) => f.kind !== 'target').map((f) => periodKind(f.period))),
    );
    const withResults = kindsOfLine.filter((k) => k.size > 0);
    if (withResults.length === 0) return null;
    if (withResults.some((k) => k.has('year'))) return 'year';
    // A kind within the year: only one every line has; the one with the most results among them.
    const shared = [...(withResults[0] ?? [])].filter((k) => withResults.every((s) => s.has(k)));
    const count = (k: string) =>
      usable.filter((f) => ids.includes(f.regionId) && f.kind !== 'target' && periodKind(f.period) === k).length;
    return shared.sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0] ?? null;
  };

  const lineOf = (region: Region, kind: string): TrendLine => {
    const own = (byRegion.get(region.id) ?? []).filter((f) => periodKind(f.period) === kind);
    const pointsOf = (facts: Fact[]): TrendPoint[] =>
      [...groupBy(facts, (f) => f.period)]
        .map(([period, inPeriod]) => {
          const ranked = [...inPeriod].sort(
            (a, b) =>
              kindRank(a) - kindRank(b) || reportDate(b).localeCompare(reportDate(a)) || a.id.localeCompare(b.id),
          );
          const fact = ranked[0] as Fact;
          const value = measureOf(fact, measure) as number;
          return {
            period,
            value,
            fact,
            estimate: fact.kind === 'estimate',
            conflicts: ranked.filter((f) => f !== fact && measureOf(f, measure) !== value),
          };
        })
        .sort((a, b) => comparePeriodsDesc(b.period, a.period));
    return {
      region,
      points: pointsOf(own.filter((f) => f.kind !== 'target')),
      targets: pointsOf(own.filter((f) => f.kind === 'target')),
    };
  };

  let ids = candidates;
  let kind = kindOf(ids);
  if (!input.regionIds && kind) {
    // By default: the regions with a series (two periods or more), at the level most regions of
    // the metric are first; then single figures of that level, so the chart is never empty.
    const limit = input.defaultLines ?? DEFAULT_TREND_LINES;
    const level = data.catalog.metrics[metricId]?.comparable?.[measure]?.level;
    const periodsOf = (id: string) =>
      new Set(
        (byRegion.get(id) ?? [])
          .filter((f) => f.kind !== 'target' && periodKind(f.period) === kind)
          .map((f) => f.period),
      ).size;
    const collator = new Intl.Collator('zh-CN');
    const atLevel = (id: string) => (!level || data.region.get(id)?.level === level ? 0 : 1);
    ids = ids
      .filter((id) => periodsOf(id) > 1 || (periodsOf(id) === 1 && atLevel(id) === 0))
      .sort(
        (a, b) =>
          Number(periodsOf(b) > 1) - Number(periodsOf(a) > 1) ||
          atLevel(a) - atLevel(b) ||
          periodsOf(b) - periodsOf(a) ||
          collator.compare(data.region.get(a)?.name ?? a, data.region.get(b)?.name ?? b),
      )
      .slice(0, limit);
    kind = kindOf(ids);
  }

  const lines: TrendLine[] = [];
  const missing: Region[] = [];
  for (const id of ids) {
    const region = data.region.get(id);
    if (!region) continue;
    const line = kind ? lineOf(region, kind) : null;
    if (line && line.points.length + line.targets.length > 0) lines.push(line);
    else missing.push(region);
  }
  const periods = axisPeriods(
    lines.flatMap((l) => [...l.points, ...l.targets].map((p) => p.period)),
    kind,
  );
  const reportIds = [...new Set(lines.flatMap((l) => [...l.points, ...l.targets].map((p) => p.fact.reportId)))].sort();
  return {
    metricId,
    measure,
    unit: measure === 'yoy' ? '%' : (metric?.unit ?? ''),
    periodKind: kind,
    periods,
    lines,
    missing,
    chosenByDefault: !input.regionIds,
    reportIds,
  };
}

/** Years without figures stay on the axis, so a gap looks like one. Single months ("2020-11",
 *  "2021-03") are not a regular series: only their own periods. */
export function axisPeriods(periods: string[], kind: string | null): string[] {
  const present = [...new Set(periods)].sort((a, b) => comparePeriodsDesc(b, a));
  if (!kind || kind === 'month' || present.length === 0) return present;
  const years = present.map((p) => Number(p.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const suffix = present[0]?.slice(4) ?? '';
  return Array.from({ length: last - first + 1 }, (_, i) => `${first + i}${suffix}`);
}

/** Only the lines with two periods or more (a series), the axis fitted to them; single figures
 *  are better read in a ranking. */
export function seriesOnly(trend: Trend): Trend {
  const lines = trend.lines.filter((l) => new Set([...l.points, ...l.targets].map((p) => p.period)).size > 1);
  const all = lines.flatMap((l) => [...l.points, ...l.targets]);
  return {
    ...trend,
    lines,
    periods: axisPeriods(
      all.map((p) => p.period),
      trend.periodKind,
    ),
    reportIds: [...new Set(all.map((p) => p.fact.reportId))].sort(),
  };
}
