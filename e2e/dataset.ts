// The dataset the built app serves, read from disk so tests can check pages against it.
import { readFileSync } from 'node:fs';
import { regionColors } from '../src/charts/themes.ts';
import { buildBaseData } from '../src/data/coreData.ts';
import type { Fact, Metric, Ranking, Region, Report } from '../src/data/schema.ts';
import { colourOrder } from '../src/data/select/regions.ts';
import type { Catalog } from '../src/data/shards.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

export const catalog = read<Catalog>('catalog.json');

export const dataset = {
  regions: read<Region[]>('regions.json'),
  metrics: read<Metric[]>('metrics.json'),
  reports: read<Report[]>('reports.json'),
  facts: read<Fact[]>('facts.json'),
  rankings: read<Ranking[]>('rankings.json'),
};

/** The colour the app draws a region in (e2e tests find its bars by it). */
export const regionColour = regionColors(colourOrder(buildBaseData(dataset.regions, dataset.metrics, catalog)));

/** The regions the default comparison of a metric shows: those of the level most regions share,
 *  with a result in the period most of them share (catalog.comparable). */
export function comparableRegions(
  metricId: string,
  measure: 'value' | 'yoy' = 'value',
): { period: string; level: string; regionIds: string[] } {
  const scope = catalog.metrics[metricId]?.comparable?.[measure];
  if (!scope) throw new Error(`no comparable scope for ${metricId}`);
  const level = new Map(dataset.regions.map((r) => [r.id, r.level]));
  const has = (f: Fact) => (measure === 'value' ? f.value !== null : f.yoy !== null);
  const regionIds = [
    ...new Set(
      dataset.facts
        .filter(
          (f) =>
            f.metricId === metricId &&
            f.period === scope.period &&
            f.kind !== 'target' &&
            has(f) &&
            level.get(f.regionId) === scope.level,
        )
        .map((f) => f.regionId),
    ),
  ];
  return { period: scope.period, level: scope.level, regionIds };
}
