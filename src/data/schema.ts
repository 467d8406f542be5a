// The dataset contract (shared/DATA-CONTRACT.md) as zod schemas. The pipeline validates what it
// writes with these, and the app parses what it reads with the same ones, so every type in the
// project is z.infer of a schema here. Plain zod only: this file must run in Node and the browser.
import { z } from 'zod';

// In the browser zod must not try `new Function` (it does so when a schema is built): the page's
// Content-Security-Policy forbids eval, and each refused attempt is a console error. So this runs
// before any schema below is made. Node keeps zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

export const regionLevels = ['province', 'prefecture', 'county', 'zone', 'agency', 'enterprise'] as const;
export const factKinds = ['actual', 'estimate', 'target'] as const;

/** "2021", "2023-H1", "2023-Q3", "2023-01/09" (cumulative Jan–Sep), "2020-11" (a single month),
 *  "2023-YTD" (so far in 2023, month not stated), "2016/2020" (a span of years: a five-year plan). */
export const periodPattern = /^(\d{4}(-(H[12]|Q[1-4]|\d{2}\/\d{2}|\d{2}|YTD))?|\d{4}\/\d{4})$/;

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const regionSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/, 'region ids are URL-safe: lower-case letters, digits, . and -'),
  name: z.string().min(1),
  shortName: z.string().optional(),
  level: z.enum(regionLevels),
  parentId: z.string().nullable(),
  adcode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  aliases: z.array(z.string()),
  /** Pinyin initials of name and short name ("ltx", "lt") and the short name in pinyin ("lintao"), for search in the region picker. */
  pinyin: z.array(z.string()).default([]),
});

export const metricSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** "" only for an unreviewed metric its documents state only changes of ("服装产量增长114.6%"). */
  unit: z.string(),
  category: z.string().min(1),
  higherIsBetter: z.boolean().nullable(),
  definition: z.string().optional(),
  /** false: no lexicon entry fits; named by the document's own words, compared only as "unreviewed". */
  reviewed: z.boolean().optional(),
});

export const reportSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Publication date; "" when the document states none (its figures are dated by their own text). */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  publisher: z.string(),
  kind: z.string().min(1),
  regionIds: z.array(z.string()),
  sourceFile: z.string(),
  script: z.enum(['simplified', 'traditional']),
  /** The region the document is mainly about; "全市/全县" in it resolve through this. */
  subjectRegionId: z.string().nullable().default(null),
  url: z.string().optional(),
});

export const factSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  metricId: z.string(),
  period: z.string().regex(periodPattern),
  kind: z.enum(factKinds),
  value: z.number().nullable(),
  unit: z.string(),
  yoy: z.number().nullable(),
  /** Bound of the value ("突破70亿元" → min); of the growth rate when the fact has no value ("增长7%以上"). */
  bound: z.enum(['min', 'max']).optional(),
  /** Bound of the growth rate of a fact that also has a value ("达到60亿元、增长10%以上" → min). */
  yoyBound: z.enum(['min', 'max']).optional(),
  /** A change in percentage points ("提高0.8个百分点"), which is not a growth rate. */
  ppChange: z.number().optional(),
  approximate: z.boolean().optional(),
  raw: z.object({ value: z.string(), unit: z.string() }),
  reportId: z.string(),
  quote: z.string().min(1),
  span,
  /** The body the document gives the figure for, when it counts for that body's territory
   *  ("市林草局…完成造林绿化52.4万亩" counts for 定西市, reported by 定西市林业和草原局). */
  reportedBy: z.string().optional(),
  /** Set when another report gives a different value for the same region, metric, period and kind. */
  conflictsWith: z.array(z.string()).optional(),
  /** Set when a maintainer's correction (data/corrections.yaml) added or changed the figure: its note. */
  corrected: z.string().optional(),
});

export const rankingSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  scopeId: z.string().nullable(),
  assessment: z.string(),
  period: z.string().regex(periodPattern),
  rank: z.number().int().positive().nullable(),
  result: z.string().min(1),
  /** The body the document names, when the ranking is its territory's ("区政府办公室…列全市第一位"
   *  ranks 滨城区, reported by 滨城区人民政府办公室). */
  reportedBy: z.string().optional(),
  reportId: z.string(),
  quote: z.string().min(1),
  span,
});

/** A target held against a result of the same region, metric and period (targets.json). */
export const targetCheckSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  metricId: z.string(),
  period: z.string().regex(periodPattern),
  targetFactId: z.string(),
  resultFactId: z.string(),
  /** met: reached exactly (a floor) or within (a ceiling); exceeded: beyond a floor; not-met. */
  status: z.enum(['met', 'exceeded', 'not-met']),
  /** Result minus target, in the checked measure's unit (percentage points for growth targets). */
  margin: z.number(),
  /** What is checked: the level, or the growth rate ("增长7%以上"). */
  measure: z.enum(['value', 'yoy']),
  /** A floor ("以上", or a metric where more is better) or a ceiling ("以内", "控制在"). */
  direction: z.enum(['floor', 'ceiling']),
  /** The result is an estimate (预计), not yet the final figure. */
  estimate: z.boolean(),
});

export const reportTextSchema = z.object({
  id: z.string(),
  text: z.string(),
  paragraphs: z.array(span),
});

export const indexSchema = z.object({
  schemaVersion: z.number().int(),
  /** Content hash of the dataset: changes exactly when any data file changes (pinned embeds use it). */
  version: z.string(),
  counts: z.object({
    reports: z.number().int(),
    regions: z.number().int(),
    metrics: z.number().int(),
    facts: z.number().int(),
    rankings: z.number().int(),
  }),
  files: z.array(z.string()),
  /** The shards views read instead of the whole files (layout: src/data/shards.ts). */
  shards: z.object({ catalog: z.string(), files: z.number().int(), layout: z.string() }).optional(),
});

export const regionsFileSchema = z.array(regionSchema);
export const metricsFileSchema = z.array(metricSchema);
export const reportsFileSchema = z.array(reportSchema);
export const factsFileSchema = z.array(factSchema);
export const rankingsFileSchema = z.array(rankingSchema);
export const targetsFileSchema = z.array(targetCheckSchema);

export type RegionLevel = (typeof regionLevels)[number];
export type FactKind = (typeof factKinds)[number];
export type Region = z.infer<typeof regionSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Ranking = z.infer<typeof rankingSchema>;
export type ReportText = z.infer<typeof reportTextSchema>;
export type TargetCheck = z.infer<typeof targetCheckSchema>;
export type DatasetIndex = z.infer<typeof indexSchema>;

export type Dataset = {
  regions: Region[];
  metrics: Metric[];
  reports: Report[];
  facts: Fact[];
  rankings: Ranking[];
  texts: ReportText[];
};
