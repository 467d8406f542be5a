// The shards of a dataset (layout and schemas in src/data/shards.ts): the catalog, facts by metric
// and period, by region (with the latest figures of its siblings, for the region page's
// comparison), by report, and coverage by province. Pure: dataset in, [file, content] out.
import type { Dataset, Fact, Ranking, Report, TargetCheck } from '../../src/data/schema.ts';
import { checkTargets } from '../targets/checkTargets.ts';
import {
  buildCatalog,
  comparableScope,
  groupBy,
  latestSlice,
  provinceOf,
  shardPath,
  type CoverageShard,
  type Shard,
} from '../../src/data/shards.ts';
import { buildCoreData } from '../../src/data/coreData.ts';
import { HEADLINE_ROWS, headlineComparisons } from '../../src/data/select/headlines.ts';
import { comparePeriodsDesc } from '../../src/data/select/periods.ts';

/** Facts and rankings with the reports they cite (and any further reports named), in dataset order. */
function shardOf(
  facts: Fact[],
  rankings: Ranking[],
  reportOrder: Map<string, number>,
  reports: Map<string, Report>,
  alsoReports: string[] = [],
  checks: TargetCheck[] = [],
): Shard {
  const ids = new Set<string>(alsoReports);
  for (const f of facts) ids.add(f.reportId);
  for (const r of rankings) ids.add(r.reportId);
  const cited = [...ids]
    .sort((a, b) => (reportOrder.get(a) ?? 0) - (reportOrder.get(b) ?? 0))
    .flatMap((id) => reports.get(id) ?? []);
  return { facts, rankings, reports: cited, ...(checks.length ? { checks } : {}) };
}

export function* shardFiles(data: Dataset, version: string): Generator<[string, unknown]> {
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const reportOrder = new Map(data.reports.map((r, i) => [r.id, i]));
  const byId = new Map(data.regions.map((r) => [r.id, r]));
  yield [shardPath.catalog, buildCatalog(data, version)];

  // The overview shows the leaders only: their facts are all it needs.
  const headlines = headlineComparisons(
    buildCoreData(data.regions, data.metrics, data.reports, data.facts, data.rankings),
  );
  const leading = headlines.flatMap((c) =>
    c.rows.slice(0, HEADLINE_ROWS).flatMap((r) => [r.fact, r.target].filter((f): f is Fact => f !== null)),
  );
  yield [shardPath.overview, shardOf([...new Set(leading)], data.rankings, reportOrder, reports)];

  // Targets held against results: all of them, with both facts of each.
  const checks = checkTargets(data.facts, data.metrics);
  const factById = new Map(data.facts.map((f) => [f.id, f]));
  const checked = [...new Set(checks.flatMap((c) => [c.targetFactId, c.resultFactId]))].flatMap(
    (id) => factById.get(id) ?? [],
  );
  yield [shardPath.targets, shardOf(checked, [], reportOrder, reports, [], checks)];
  const ctx: ShardContext = { data, reports, reportOrder, byId, checks };
  yield* metricShards(ctx);
  yield* regionShards(ctx);
  yield* reportShards(ctx);
  yield* coverageShards(ctx);
}

/** What every kind of shard is cut with: the dataset, its reports in order, its regions, its target checks. */
type ShardContext = {
  data: Dataset;
  reports: Map<string, Dataset['reports'][number]>;
  reportOrder: Map<string, number>;
  byId: Map<string, Dataset['regions'][number]>;
  checks: ReturnType<typeof checkTargets>;
};

/** Per metric: all its facts, each region's latest, the default comparison, and each period. */
function* metricShards({ data, reports, reportOrder, byId, checks }: ShardContext): Generator<[string, unknown]> {
  const checksOfMetric = groupBy(checks, (c) => c.metricId);
  const factsByMetric = groupBy(data.facts, (f) => f.metricId);
  for (const [metricId, facts] of factsByMetric) {
    yield [
      shardPath.metric(metricId, 'all'),
      shardOf(facts, [], reportOrder, reports, [], checksOfMetric.get(metricId) ?? []),
    ];
    yield [shardPath.metric(metricId, 'latest'), shardOf(latestSlice(facts), [], reportOrder, reports)];
    // The default comparison: the facts of the period most regions share, by level and by growth.
    const value = comparableScope(facts, (f) => f.value !== null, byId);
    const yoy = comparableScope(facts, (f) => f.yoy !== null, byId);
    const comparablePeriods = new Set([value?.period, yoy?.period].filter((p): p is string => p !== undefined));
    // A measure with no result anywhere (targets only) falls back to each region's latest.
    const fallback = value && yoy ? new Set<Fact>() : new Set(latestSlice(facts));
    yield [
      shardPath.metric(metricId, 'comparable'),
      shardOf(
        facts.filter((f) => comparablePeriods.has(f.period) || fallback.has(f)),
        [],
        reportOrder,
        reports,
      ),
    ];
    for (const [period, inPeriod] of groupBy(facts, (f) => f.period))
      yield [shardPath.metric(metricId, period), shardOf(inPeriod, [], reportOrder, reports)];
  }
}

/** Per region: its facts, the figures it reports for its territory, its siblings' latest, its rankings. */
function* regionShards({ data, reports, reportOrder, checks }: ShardContext): Generator<[string, unknown]> {
  const checksOf = groupBy(checks, (c) => c.regionId);
  const own = groupBy(data.facts, (f) => f.regionId);
  const reportedBy = groupBy(data.facts, (f) => f.reportedBy);
  const rankingsOf = groupBy(data.rankings, (r) => r.regionId);
  const mentionedIn = new Map<string, string[]>();
  for (const r of data.reports)
    for (const id of r.regionIds) mentionedIn.set(id, [...(mentionedIn.get(id) ?? []), r.id]);
  const children = groupBy(data.regions, (r) => r.parentId ?? undefined);
  // Each region's latest figures, computed once: a region's shard carries its siblings' ones.
  const latestOf = new Map<string, Fact[]>();
  for (const [regionId, facts] of own) latestOf.set(regionId, latestSlice(facts));
  for (const region of data.regions) {
    const ownFacts = own.get(region.id) ?? [];
    const metrics = new Set(ownFacts.map((f) => f.metricId));
    const siblings = (region.parentId ? (children.get(region.parentId) ?? []) : []).filter(
      (s) => s.id !== region.id && s.level === region.level,
    );
    const siblingFacts = siblings.flatMap((s) => (latestOf.get(s.id) ?? []).filter((f) => metrics.has(f.metricId)));
    const facts = [
      ...ownFacts,
      ...(reportedBy.get(region.id) ?? []).filter((f) => f.regionId !== region.id),
      ...siblingFacts,
    ];
    yield [
      shardPath.region(region.id),
      shardOf(
        facts,
        rankingsOf.get(region.id) ?? [],
        reportOrder,
        reports,
        mentionedIn.get(region.id),
        checksOf.get(region.id) ?? [],
      ),
    ];
  }
}

/** Per report: the facts and rankings read from it. */
function* reportShards({ data, reports, reportOrder }: ShardContext): Generator<[string, unknown]> {
  const factsOfReport = groupBy(data.facts, (f) => f.reportId);
  const rankingsOfReport = groupBy(data.rankings, (r) => r.reportId);
  for (const report of data.reports) {
    const facts = factsOfReport.get(report.id) ?? [];
    yield [
      shardPath.report(report.id),
      shardOf(facts, rankingsOfReport.get(report.id) ?? [], reportOrder, reports, [report.id]),
    ];
  }
}

/** Per province: which metrics each region has, for which periods and kinds (the data page). */
function* coverageShards({ data, byId }: ShardContext): Generator<[string, unknown]> {
  const metricOrder = new Map(data.metrics.map((m, i) => [m.id, i]));
  const regionOrder = new Map(data.regions.map((r, i) => [r.id, i]));
  for (const [provinceId, facts] of groupBy(data.facts, (f) => {
    const region = byId.get(f.regionId);
    return region ? provinceOf(region, byId) : undefined;
  })) {
    const regionIds = [...new Set(facts.map((f) => f.regionId))].sort(
      (a, b) => (regionOrder.get(a) ?? 0) - (regionOrder.get(b) ?? 0),
    );
    const metricIds = [...new Set(facts.map((f) => f.metricId))].sort(
      (a, b) => (metricOrder.get(a) ?? 0) - (metricOrder.get(b) ?? 0),
    );
    const rIndex = new Map(regionIds.map((id, i) => [id, i]));
    const mIndex = new Map(metricIds.map((id, i) => [id, i]));
    const cells = new Map<string, { periods: Set<string>; kinds: Set<Fact['kind']> }>();
    for (const f of facts) {
      const key = `${rIndex.get(f.regionId)}|${mIndex.get(f.metricId)}`;
      const cell = cells.get(key) ?? { periods: new Set(), kinds: new Set() };
      cell.periods.add(f.period);
      cell.kinds.add(f.kind);
      cells.set(key, cell);
    }
    const kindOrder = ['actual', 'estimate', 'target'] as const;
    const shard: CoverageShard = {
      provinceId,
      regionIds,
      metricIds,
      cells: regionIds.map((_, r) =>
        metricIds.flatMap((_m, m) => {
          const cell = cells.get(`${r}|${m}`);
          return cell
            ? [
                [m, [...cell.periods].sort(comparePeriodsDesc), kindOrder.filter((k) => cell.kinds.has(k))] as [
                  number,
                  string[],
                  Fact['kind'][],
                ],
              ]
            : [];
        }),
      ),
    };
    yield [shardPath.coverage(provinceId), shard];
  }
}
