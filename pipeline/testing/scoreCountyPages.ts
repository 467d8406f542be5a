// Scores the pipeline on Gansu's county pages (../shared/county-pages) against the answer key
// beside each page (<name>.gold.json, a careful reader's headline figures): how many keyed figures
// it finds with the right county and value, how many fully right (period, kind and growth too), and
// how many of the headline figures it writes for those counties are keyed. Used by
// countyPages.test.ts and `npm run score:county`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Fact } from '../../src/data/schema.ts';
import { createUnitReader } from '../extract/units.ts';
import type { Lexicon } from '../lexicon/loadLexicon.ts';

export const COUNTY_PAGES = '../shared/county-pages';

export type KeyedFigure = {
  doc: string;
  region: string;
  /** The metric's Chinese name; "…增速" is the growth rate of the metric named before it. */
  metric: string;
  period: string;
  value: number;
  unit: string;
  kind: Fact['kind'];
  yoy: number | null;
  quote: string;
};

export type KeyedResult = {
  key: KeyedFigure;
  metricId: string | null;
  fact: Fact | null;
  found: boolean;
  differences: string[];
};

export type CountyScore = {
  keyed: number;
  found: number;
  fullyRight: number;
  /** Headline figures written for the keyed counties, and how many of them are keyed. */
  written: number;
  writtenRight: number;
  results: KeyedResult[];
  /** Written headline figures of a keyed county that no key has. */
  unkeyed: Fact[];
};

export function readAnswerKeys(dir = COUNTY_PAGES): KeyedFigure[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as KeyedFigure[]);
}

const close = (a: number | null | undefined, b: number | null | undefined, tolerance = 0.006) =>
  a === null || a === undefined || b === null || b === undefined
    ? a === b || (a ?? null) === (b ?? null)
    : Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * tolerance + 1e-9;

export function scoreCountyPages(data: Dataset, keys: KeyedFigure[], lexicon: Lexicon): CountyScore {
  const units = createUnitReader(lexicon.units);
  // A key names its metric as documents do: by the lexicon's name, else by one of its phrases.
  const metricByName = new Map([
    ...lexicon.metrics.flatMap((m) => m.phrases.map((p): [string, Lexicon['metrics'][number]] => [p, m])),
    ...lexicon.metrics.map((m): [string, Lexicon['metrics'][number]] => [m.name, m]),
  ]);
  const reportOf = (doc: string) => data.reports.find((r) => r.sourceFile.endsWith(`/${doc}.txt`));
  const regionName = new Map(data.regions.map((r) => [r.id, [r.name, ...r.aliases]]));
  const isRegion = (fact: Fact, name: string) => (regionName.get(fact.regionId) ?? []).some((n) => n === name);
  const results = keys.map((key): KeyedResult => {
    const growth = key.metric.endsWith('增速');
    const metric = metricByName.get(growth ? key.metric.slice(0, -2) : key.metric) ?? null;
    const report = reportOf(key.doc);
    if (!metric || !report)
      return {
        key,
        metricId: metric?.id ?? null,
        fact: null,
        found: false,
        differences: [report ? 'metric not in the lexicon' : 'page not read'],
      };
    const from = units.parse(key.unit.replace('億', '亿').replace('萬', '万'));
    const to = units.parse(metric.unit);
    const value = !growth && from && to ? Number(units.convert(String(key.value), from, to)) : null;
    const candidates = data.facts.filter(
      (f) => f.reportId === report.id && f.metricId === metric.id && isRegion(f, key.region),
    );
    const matches = (f: Fact) => (growth ? close(f.yoy, key.value) : close(f.value, value));
    const fact =
      candidates.find((f) => matches(f) && f.period === key.period && f.kind === key.kind) ??
      candidates.find(matches) ??
      null;
    if (!fact)
      return {
        key,
        metricId: metric.id,
        fact: null,
        found: false,
        differences: [
          candidates.length
            ? `written as ${candidates.map((c) => `${c.value ?? ''}/${c.yoy ?? ''} ${c.period} ${c.kind}`).join('; ')}`
            : 'not written',
        ],
      };
    const differences = [
      ...(fact.period !== key.period ? [`period ${fact.period} (key ${key.period})`] : []),
      ...(fact.kind !== key.kind ? [`kind ${fact.kind} (key ${key.kind})`] : []),
      ...(!growth && key.yoy !== null && !close(fact.yoy, key.yoy) ? [`growth ${fact.yoy} (key ${key.yoy})`] : []),
    ];
    return { key, metricId: metric.id, fact, found: true, differences };
  });
  const keyedMetrics = new Set(results.flatMap((r) => (r.metricId ? [r.metricId] : [])));
  const keyedReports = new Set(keys.flatMap((k) => reportOf(k.doc)?.id ?? []));
  const keyedRegions = new Set(keys.map((k) => k.region));
  const matched = new Set(results.flatMap((r) => (r.fact ? [r.fact.id] : [])));
  const written = data.facts.filter(
    (f) =>
      keyedReports.has(f.reportId) &&
      keyedMetrics.has(f.metricId) &&
      [...keyedRegions].some((name) => isRegion(f, name)),
  );
  return {
    keyed: keys.length,
    found: results.filter((r) => r.found).length,
    fullyRight: results.filter((r) => r.found && r.differences.length === 0).length,
    written: written.length,
    writtenRight: written.filter((f) => matched.has(f.id)).length,
    results,
    unkeyed: written.filter((f) => !matched.has(f.id)),
  };
}
