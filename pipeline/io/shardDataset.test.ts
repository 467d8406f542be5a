// The shards stand in for the whole files: a view that reads its shards shows exactly what it
// would show reading facts.json, and no fact is lost or split between shards.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseData, buildCoreData, withShards, type CoreData } from '../../src/data/coreData.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { compareRows, type Comparison, type Measure } from '../../src/data/select/compareRows.ts';
import { trendSeries } from '../../src/data/select/trendSeries.ts';
import { headlineComparisons, HEADLINE_ROWS } from '../../src/data/select/headlines.ts';
import {
  catalogSchema,
  coverageShardSchema,
  latestSlice,
  shardPath,
  shardSchema,
  type Catalog,
  type Shard,
} from '../../src/data/shards.ts';
import { coreData, fact } from '../../src/testing/fixtures.ts';
import { readProjectSources } from '../testing/projectSources.ts';
import { serializeDataset } from './writeDataset.ts';
import { runPipeline } from '../runPipeline.ts';
import { realLexicon } from '../testing/lexicon.ts';

let dataset: Dataset;
let files: Map<string, string>;
let full: CoreData;
let catalog: Catalog;
const shard = (name: string): Shard => shardSchema.parse(JSON.parse(files.get(name) ?? 'null'));
const fromShards = (...names: string[]) =>
  withShards(buildBaseData(dataset.regions, dataset.metrics, catalog), names.map(shard));
/** What a reader sees of a comparison: each row's region, figure, target and conflicts. */
const seen = (c: Comparison) =>
  c.rows.map((r) => [
    r.region.id,
    r.fact?.id ?? null,
    r.value,
    r.period,
    r.target?.id ?? null,
    r.conflicts.map((f) => f.id),
  ]);

beforeAll(() => {
  dataset = runPipeline(readProjectSources(), realLexicon()).dataset;
  files = serializeDataset(dataset);
  full = buildCoreData(dataset.regions, dataset.metrics, dataset.reports, dataset.facts, dataset.rankings);
  catalog = catalogSchema.parse(JSON.parse(files.get(shardPath.catalog) ?? 'null'));
});

describe('metric shards', () => {
  it('give every metric’s "latest" comparison exactly as all facts do, for levels and growth', () => {
    for (const metricId of Object.keys(catalog.metrics)) {
      const data = fromShards(shardPath.metric(metricId, 'latest'));
      for (const measure of ['value', 'yoy'] as Measure[]) {
        const input = { metricId, regionIds: null, period: 'latest', measure };
        expect(seen(compareRows(data, input)), `${metricId} ${measure}`).toEqual(seen(compareRows(full, input)));
      }
    }
  });

  it('give every metric’s default ("comparable") comparison exactly as all facts do, for levels and growth', () => {
    for (const metricId of Object.keys(catalog.metrics)) {
      const data = fromShards(shardPath.metric(metricId, 'comparable'));
      for (const measure of ['value', 'yoy'] as Measure[]) {
        const input = { metricId, regionIds: null, period: 'comparable', measure };
        expect(seen(compareRows(data, input)), `${metricId} ${measure}`).toEqual(seen(compareRows(full, input)));
      }
    }
  });

  it('give every period’s comparison exactly as all facts do', () => {
    for (const [metricId, summary] of Object.entries(catalog.metrics)) {
      for (const period of new Set([...summary.valuePeriods, ...summary.yoyPeriods])) {
        const data = fromShards(shardPath.metric(metricId, period));
        for (const measure of ['value', 'yoy'] as Measure[]) {
          const input = { metricId, regionIds: null, period, measure };
          expect(seen(compareRows(data, input)), `${metricId} ${period} ${measure}`).toEqual(
            seen(compareRows(full, input)),
          );
        }
      }
    }
  });

  it('give every metric’s trend exactly as all facts do, from its one "all" file', () => {
    for (const metricId of Object.keys(catalog.metrics)) {
      const data = fromShards(shardPath.metric(metricId, 'all'));
      for (const measure of ['value', 'yoy'] as Measure[]) {
        const input = { metricId, regionIds: null, measure };
        const lines = (t: ReturnType<typeof trendSeries>) => [
          t.periods,
          t.lines.map((l) => [
            l.region.id,
            l.points.map((p) => [p.period, p.fact.id]),
            l.targets.map((p) => p.fact.id),
          ]),
        ];
        expect(lines(trendSeries(data, input)), `${metricId} ${measure}`).toEqual(lines(trendSeries(full, input)));
      }
    }
  });

  it('carry every target check of the metric in its "all" file, and each region’s in its region file', () => {
    const all = JSON.parse(files.get('targets.json') ?? '[]') as { id: string; metricId: string; regionId: string }[];
    expect(all.length).toBeGreaterThan(0);
    for (const metricId of new Set(all.map((c) => c.metricId))) {
      expect((shard(shardPath.metric(metricId, 'all')).checks ?? []).map((c) => c.id).sort(), metricId).toEqual(
        all
          .filter((c) => c.metricId === metricId)
          .map((c) => c.id)
          .sort(),
      );
    }
    for (const regionId of new Set(all.map((c) => c.regionId))) {
      expect((shard(shardPath.region(regionId)).checks ?? []).map((c) => c.id).sort(), regionId).toEqual(
        all
          .filter((c) => c.regionId === regionId)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('hold each fact in exactly one period shard', () => {
    const counts = new Map<string, number>();
    for (const [name] of files)
      if (/^shards\/metrics\/[^/]+\/(?!latest|comparable|all\.json)/.test(name))
        for (const f of shard(name).facts) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
    expect(counts.size).toBe(dataset.facts.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('carry the reports their facts cite', () => {
    for (const [name] of files) {
      if (!name.startsWith('shards/')) continue;
      if (name.startsWith('shards/coverage/')) {
        coverageShardSchema.parse(JSON.parse(files.get(name) ?? ''));
        continue;
      }
      const s = shard(name);
      const cited = new Set(s.reports.map((r) => r.id));
      for (const f of s.facts) expect(cited.has(f.reportId), `${name} cites ${f.reportId}`).toBe(true);
    }
  });
});

describe('region and report shards', () => {
  it('a region shard holds all of the region’s facts, those it reported, its rankings and reports', () => {
    for (const region of dataset.regions) {
      const s = shard(shardPath.region(region.id));
      const ids = new Set(s.facts.map((f) => f.id));
      for (const f of dataset.facts)
        if (f.regionId === region.id || f.reportedBy === region.id) expect(ids.has(f.id)).toBe(true);
      expect(s.rankings.map((r) => r.id).sort()).toEqual(
        dataset.rankings
          .filter((r) => r.regionId === region.id)
          .map((r) => r.id)
          .sort(),
      );
      for (const r of dataset.reports)
        if (r.regionIds.includes(region.id)) expect(s.reports.some((x) => x.id === r.id)).toBe(true);
    }
  });

  it('a region shard compares the region with its siblings as all facts do', () => {
    for (const region of dataset.regions.filter((r) => dataset.facts.some((f) => f.regionId === r.id))) {
      const data = fromShards(shardPath.region(region.id));
      const siblings = dataset.regions
        .filter((s) => s.parentId === region.parentId && s.level === region.level)
        .map((s) => s.id);
      for (const metricId of new Set(dataset.facts.filter((f) => f.regionId === region.id).map((f) => f.metricId))) {
        const input = { metricId, regionIds: siblings, period: 'latest', measure: 'value' as Measure };
        expect(seen(compareRows(data, input)), `${region.name} ${metricId}`).toEqual(seen(compareRows(full, input)));
      }
    }
  });

  it('a report shard holds exactly the report’s facts and rankings', () => {
    for (const report of dataset.reports) {
      const s = shard(shardPath.report(report.id));
      expect(s.facts.map((f) => f.id)).toEqual(dataset.facts.filter((f) => f.reportId === report.id).map((f) => f.id));
      expect(s.rankings.map((r) => r.id)).toEqual(
        dataset.rankings.filter((r) => r.reportId === report.id).map((r) => r.id),
      );
      expect(s.reports.map((r) => r.id)).toContain(report.id);
    }
  });
});

describe('catalog and overview', () => {
  it('counts what the dataset holds and lists each metric’s periods', () => {
    expect(catalog.counts.facts).toBe(dataset.facts.length);
    expect(Object.values(catalog.regions).reduce((a, b) => a + b, 0)).toBe(dataset.facts.length);
    for (const f of dataset.facts) {
      const summary = catalog.metrics[f.metricId];
      if (f.value !== null) expect(summary?.valuePeriods).toContain(f.period);
      if (f.yoy !== null) expect(summary?.yoyPeriods).toContain(f.period);
    }
  });

  it('the overview shard leads with the same regions as all facts', () => {
    const lead = (data: CoreData) =>
      headlineComparisons(data).map((c) => [c.metricId, seen({ ...c, rows: c.rows.slice(0, HEADLINE_ROWS) })]);
    expect(lead(fromShards(shardPath.overview))).toEqual(lead(full));
  });

  it('the version in the catalog is the one in index.json, and changes with the data', () => {
    const index = JSON.parse(files.get('index.json') ?? '{}') as { version: string };
    expect(catalog.version).toBe(index.version);
    const changed = serializeDataset({ ...dataset, facts: dataset.facts.slice(1) });
    expect((JSON.parse(changed.get('index.json') ?? '{}') as { version: string }).version).not.toBe(index.version);
  });
});

describe('latestSlice', () => {
  it('keeps the latest level, the latest growth rate and the targets of a target-only region', () => {
    const facts = [
      fact({ regionId: '621124', metricId: 'gdp', period: '2021', value: 90, yoy: 8 }),
      fact({ regionId: '621124', metricId: 'gdp', period: '2023', value: 100, yoy: null }),
      fact({ regionId: '621124', metricId: 'gdp', period: '2022', value: null, yoy: 6 }),
      fact({ regionId: '621124', metricId: 'gdp', period: '2024', kind: 'target', value: null, yoy: 7 }),
      fact({ regionId: '621121', metricId: 'gdp', period: '2024', kind: 'target', value: 80 }),
      fact({ regionId: '621121', metricId: 'gdp', period: '2025', kind: 'target', value: 85 }),
    ];
    const kept = latestSlice(facts).map((f) => [f.regionId, f.period]);
    expect(kept).toEqual([
      ['621124', '2023'],
      ['621124', '2022'],
      ['621124', '2024'],
      ['621121', '2025'],
    ]);
    const all = coreData(facts);
    const sliced = coreData(latestSlice(facts));
    for (const measure of ['value', 'yoy'] as Measure[]) {
      const input = { metricId: 'gdp', regionIds: null, period: 'latest', measure };
      expect(seen(compareRows(sliced, input))).toEqual(seen(compareRows(all, input)));
    }
  });
});

describe('version snapshots', () => {
  it('keep every file a pinned embed reads under v/<version>/, identical to the live one', () => {
    const version = catalog.version;
    const viewFiles = [...files.keys()].filter((name) =>
      /^(catalog\.json|regions\.json|metrics\.json|shards\/|reports\/)/.test(name),
    );
    expect(viewFiles.length).toBeGreaterThan(10);
    for (const name of viewFiles) expect(files.get(`v/${version}/${name}`), name).toBe(files.get(name));
    // The contract's whole-dataset files are not copied.
    expect(files.has(`v/${version}/facts.json`)).toBe(false);
  });
});
