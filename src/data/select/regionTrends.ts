// A region's metrics over time: each metric it has for more than one period (of one kind), as a
// one-line trend. Levels where the region states them, else growth rates. For key-figure cards
// and the region page's "over time" small multiples.
import type { CoreData } from '../coreData.ts';
import type { Measure } from './compareRows.ts';
import { trendSeries, type Trend } from './trendSeries.ts';

export type RegionTrend = { metricId: string; measure: Measure; trend: Trend };

export function regionTrends(data: CoreData, regionId: string): RegionTrend[] {
  const metricIds = new Set(data.facts.filter((f) => f.regionId === regionId).map((f) => f.metricId));
  const result: RegionTrend[] = [];
  for (const metric of data.metrics) {
    if (!metricIds.has(metric.id)) continue;
    for (const measure of ['value', 'yoy'] as const) {
      const trend = trendSeries(data, { metricId: metric.id, regionIds: [regionId], measure });
      const line = trend.lines[0];
      if (line && new Set([...line.points, ...line.targets].map((p) => p.period)).size > 1 && line.points.length > 0) {
        result.push({ metricId: metric.id, measure, trend });
        break;
      }
    }
  }
  return result;
}
