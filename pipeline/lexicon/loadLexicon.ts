// Reads data/lexicon/*.yaml and data/gazetteer/gazetteer.json, validates them with zod and compiles
// them into the structures the extractor uses. An error names the file, the entry and the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { metricSchema } from '../../src/data/schema.ts';

const metricEntry = metricSchema.extend({
  phrases: z.array(z.string().min(1)).min(1),
  after: z.array(z.object({ metric: z.string(), phrases: z.array(z.string().min(1)) })).optional(),
  cued: z.array(z.object({ before: z.string(), phrases: z.array(z.string().min(1)) })).optional(),
  stock: z.boolean().optional(),
  notAfter: z.array(z.string().min(1)).optional(),
  /** Regular expressions for wordings too varied to list ("第一产业对全县地区生产总值的贡献率"). */
  patterns: z.array(z.string().min(1)).optional(),
  /** A percent written for this metric is its change, not a level (居民消费价格上涨3%). */
  changeOnly: z.boolean().optional(),
});
const metricsFile = z.object({
  metrics: z.array(metricEntry),
  compounds: z
    .array(
      z.object({
        phrase: z.string(),
        metrics: z.array(z.string()).min(2),
        pattern: z.boolean().optional(),
        before: z.string().optional(),
      }),
    )
    .default([]),
  ratios: z
    .array(z.object({ phrase: z.string(), metrics: z.array(z.string()).min(2), pattern: z.boolean().optional() }))
    .default([]),
  partOrAverageBefore: z.array(z.string()).default([]),
  countedUnitsBefore: z.string().default('(?!)'),
});
const unitsFile = z.object({
  magnitudes: z.record(z.string(), z.number().int()),
  baseUnits: z.array(z.object({ unit: z.string(), dimension: z.string(), exponent: z.number().int() })),
  countDimensions: z.array(z.string()),
  /** Exact conversions between dimensions: a value in `from`'s base unit times `factor` (a decimal string) is in `to`'s. */
  conversions: z
    .array(z.object({ from: z.string(), to: z.string(), factor: z.string().regex(/^\d+(\.\d+)?$/) }))
    .default([]),
  /** Dimensions a magnitude written without its unit ("56.7亿") can be stated in, by the metric's unit. */
  bareMagnitudeFits: z.array(z.string()).default([]),
});
const periodsFile = z.object({
  /** `needs`: characters of which every match of the pattern has one, so others sentences are skipped fast. */
  words: z.array(z.object({ pattern: z.string(), suffix: z.string(), needs: z.string().optional() })),
  monthRange: z.string(),
  monthTo: z.string(),
  relativeYears: z.record(z.string(), z.number().int()),
  comparisons: z.object({
    before: z.array(z.string()),
    open: z.array(z.string()),
    close: z.array(z.string()),
    tails: z.array(z.string()),
  }),
  sections: z.array(z.object({ pattern: z.string(), kind: z.enum(['actual', 'target', 'none']) })),
  /** Five-year plans: "十四五" is 2021/2025; "十三五末" is 2020. */
  plans: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])).default({}),
  /** Words for "the five years" a document speaks of ("五年来", "这五年"): the plan it names, else the five years to its review year. */
  planWords: z.array(z.string()).default([]),
});
const qualifiersFile = z.object({
  bounds: z.object({
    prefixMin: z.array(z.string()),
    prefixMax: z.array(z.string()),
    prefixMaxInPlansOnly: z.array(z.string()).default([]),
    prefixApprox: z.array(z.string()),
    infixMin: z.array(z.string()),
    suffixMin: z.array(z.string()),
    suffixMax: z.array(z.string()),
    suffixApprox: z.array(z.string()),
  }),
  growth: z.object({
    comparisons: z.array(z.string()),
    up: z.array(z.string()),
    down: z.array(z.string()),
    levelMarkers: z.array(z.string()),
    notYoy: z.array(z.string()),
    otherBases: z.array(z.string()).default([]),
    yoyWords: z.array(z.string()).default([]),
    continuationLeads: z.array(z.string()).default([]),
    goalLinks: z.array(z.string()).default([]),
    goalVerbs: z.array(z.string()).default([]),
  }),
  kinds: z.object({
    estimate: z.array(z.string()),
    target: z.array(z.string()),
    targetAfter: z.array(z.string()).default([]),
  }),
  baselineBefore: z.array(z.string()),
  notBaselineBefore: z.array(z.string()).default([]),
  baselineAfter: z.array(z.string()),
  numberFirstLinks: z.array(z.string()),
  breakdownCues: z.array(z.string()).default([]),
});
const labelsFile = z.object({
  leading: z.array(z.string().min(1)),
  verbs: z.array(z.string().min(1)),
  trailing: z.array(z.string().min(1)),
  reject: z.array(z.string().min(1)),
  changeWords: z.array(z.string().min(1)).default([]),
  generic: z.array(z.string().min(1)).default([]),
  heads: z.array(z.string().min(1)).default([]),
  minChars: z.number().int().positive(),
  maxChars: z.number().int().positive(),
});
export type LabelsLexicon = z.infer<typeof labelsFile>;
const defaultLabels: LabelsLexicon = {
  leading: [],
  verbs: [],
  trailing: [],
  reject: [],
  changeWords: [],
  generic: [],
  heads: [],
  minChars: 2,
  maxChars: 16,
};
const regionsFile = z.object({
  contextWords: z.record(z.enum(['province', 'prefecture', 'county', 'district', 'zone']), z.array(z.string())),
  bodies: z.object({
    prefixes: z.record(z.string(), z.enum(['province', 'prefecture', 'county', 'district'])),
    agencySuffixes: z.array(z.string()),
    enterpriseSuffixes: z.array(z.string()),
    forbidden: z.array(z.string()),
    maxBodyChars: z.number().int().positive(),
    abbreviations: z.record(z.string(), z.string()),
  }),
  zones: z.object({ suffixes: z.array(z.string()) }),
  notSubjectAfter: z.array(z.string()),
  publisherRegions: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)),
  ambiguousNames: z.array(z.string()).default([]),
  overrides: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}),
});
const rankingsFile = z.object({
  verbs: z.array(z.string()),
  scopes: z.record(z.string(), z.enum(['nation', 'province', 'prefecture', 'county', 'district'])),
  awardVerbs: z.array(z.string()).default([]),
  bareHeads: z.array(z.string()).default([]),
  titleWrapping: z
    .object({ before: z.array(z.string()), after: z.array(z.string()) })
    .default({ before: [], after: [] }),
  assessmentWords: z.array(z.string()).default([]),
  positions: z.array(
    z.object({
      pattern: z.string(),
      rank: z.union([z.literal('capture'), z.number().int(), z.null()]),
      award: z.boolean().optional(),
    }),
  ),
  standalone: z.array(z.string()),
});
const debrisFile = z.object({
  lines: z.array(z.object({ name: z.string(), pattern: z.string() })),
  trailingBlocks: z.array(z.object({ name: z.string(), pattern: z.string() })),
});
const reportsFile = z.object({
  kinds: z.array(z.object({ kind: z.string(), title: z.string().optional(), text: z.string().optional() })),
  mastheads: z.string(),
  editionLines: z.string(),
  noticeTitles: z.string().default('(?!)'),
  publisherPatterns: z.array(z.string()),
  datePatterns: z.array(z.string()),
});
const gazetteerFile = z.object({
  source: z.string(),
  regions: z.array(
    z.object({
      code: z.string().regex(/^\d{6}$/),
      name: z.string(),
      short: z.string().optional(),
      level: z.enum(['province', 'prefecture', 'county', 'zone']),
      parent: z.string().nullable(),
    }),
  ),
});

export type MetricEntry = z.infer<typeof metricEntry>;
export type GazetteerEntry = z.infer<typeof gazetteerFile>['regions'][number];
export type UnitsLexicon = z.infer<typeof unitsFile>;
export type PeriodsLexicon = z.infer<typeof periodsFile>;
export type QualifiersLexicon = z.infer<typeof qualifiersFile>;
export type RegionsLexicon = z.infer<typeof regionsFile>;
export type RankingsLexicon = z.infer<typeof rankingsFile>;
export type ReportsLexicon = {
  kinds: { kind: string; title?: RegExp; text?: RegExp }[];
  mastheads: RegExp;
  editionLines: RegExp;
  noticeTitles: RegExp;
  publisherPatterns: RegExp[];
  datePatterns: RegExp[];
};

export type Lexicon = {
  metrics: MetricEntry[];
  compounds: { phrase: string; metrics: string[]; pattern?: boolean | undefined; before?: string | undefined }[];
  ratios: { phrase: string; metrics: string[]; pattern?: boolean | undefined }[];
  partOrAverageBefore: string[];
  countedUnitsBefore: string;
  units: UnitsLexicon;
  periods: PeriodsLexicon;
  qualifiers: QualifiersLexicon;
  regions: RegionsLexicon;
  rankings: RankingsLexicon;
  reports: ReportsLexicon;
  debris: { lines: { name: string; pattern: RegExp }[]; trailingBlocks: { name: string; pattern: RegExp }[] };
  gazetteer: GazetteerEntry[];
  labels: LabelsLexicon;
};

export class LexiconError extends Error {}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new LexiconError(`${file}: ${where}: ${issue?.message ?? 'invalid'}`);
}

function compileRegex(pattern: string, file: string, name: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw new LexiconError(`${file}: ${name}: not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Builds a lexicon from already-parsed file contents; keyed by file name for messages. */
export function compileLexicon(files: Record<string, unknown>): Lexicon {
  const metrics = parseWith(metricsFile, files['metrics.yaml'], 'data/lexicon/metrics.yaml');
  const ids = new Set<string>();
  for (const m of metrics.metrics) {
    if (ids.has(m.id)) throw new LexiconError(`data/lexicon/metrics.yaml: metric "${m.id}" is defined twice`);
    ids.add(m.id);
  }
  for (const m of metrics.metrics) {
    for (const a of m.after ?? []) {
      if (!ids.has(a.metric))
        throw new LexiconError(`data/lexicon/metrics.yaml: ${m.id}.after names unknown metric "${a.metric}"`);
    }
  }
  for (const m of metrics.metrics) {
    for (const c of m.cued ?? []) compileRegex(c.before, 'data/lexicon/metrics.yaml', `${m.id}.cued`);
    for (const p of m.patterns ?? []) compileRegex(p, 'data/lexicon/metrics.yaml', `${m.id}.patterns`);
  }
  for (const group of [...metrics.compounds, ...metrics.ratios]) {
    for (const id of group.metrics) {
      if (!ids.has(id))
        throw new LexiconError(`data/lexicon/metrics.yaml: "${group.phrase}" names unknown metric "${id}"`);
    }
  }
  const units = parseWith(unitsFile, files['units.yaml'], 'data/lexicon/units.yaml');
  const debris = parseWith(debrisFile, files['debris.yaml'], 'data/lexicon/debris.yaml');
  const periods = parseWith(periodsFile, files['periods.yaml'], 'data/lexicon/periods.yaml');
  for (const w of periods.words) compileRegex(w.pattern, 'data/lexicon/periods.yaml', w.pattern);
  const rankings = parseWith(rankingsFile, files['rankings.yaml'], 'data/lexicon/rankings.yaml');
  for (const p of rankings.positions) compileRegex(p.pattern, 'data/lexicon/rankings.yaml', p.pattern);
  const reports = parseWith(reportsFile, files['reports.yaml'], 'data/lexicon/reports.yaml');
  const rf = 'data/lexicon/reports.yaml';
  const re = (p: string, name: string, flags = 'u') => {
    try {
      return new RegExp(p, flags);
    } catch (error) {
      throw new LexiconError(`${rf}: ${name}: not a valid regular expression: ${(error as Error).message}`);
    }
  };
  return {
    reports: {
      kinds: reports.kinds.map((k) => ({
        kind: k.kind,
        ...(k.title ? { title: re(k.title, k.kind) } : {}),
        ...(k.text ? { text: re(k.text, k.kind) } : {}),
      })),
      mastheads: re(reports.mastheads, 'mastheads'),
      editionLines: re(reports.editionLines, 'editionLines'),
      noticeTitles: re(reports.noticeTitles, 'noticeTitles'),
      publisherPatterns: reports.publisherPatterns.map((p) => re(p, 'publisherPatterns', 'mu')),
      datePatterns: reports.datePatterns.map((p) => re(p, 'datePatterns')),
    },
    metrics: metrics.metrics,
    compounds: metrics.compounds,
    ratios: metrics.ratios,
    partOrAverageBefore: metrics.partOrAverageBefore,
    countedUnitsBefore: metrics.countedUnitsBefore,
    units,
    periods,
    qualifiers: parseWith(qualifiersFile, files['qualifiers.yaml'], 'data/lexicon/qualifiers.yaml'),
    regions: parseWith(regionsFile, files['regions.yaml'], 'data/lexicon/regions.yaml'),
    rankings,
    debris: {
      lines: debris.lines.map((l) => ({
        name: l.name,
        pattern: compileRegex(l.pattern, 'data/lexicon/debris.yaml', l.name),
      })),
      trailingBlocks: debris.trailingBlocks.map((l) => ({
        name: l.name,
        pattern: compileRegex(l.pattern, 'data/lexicon/debris.yaml', l.name),
      })),
    },
    gazetteer: parseWith(gazetteerFile, files['gazetteer.json'], 'data/gazetteer/gazetteer.json').regions,
    labels:
      files['labels.yaml'] === undefined
        ? defaultLabels
        : parseWith(labelsFile, files['labels.yaml'], 'data/lexicon/labels.yaml'),
  };
}

const lexiconFiles = [
  'metrics.yaml',
  'units.yaml',
  'periods.yaml',
  'qualifiers.yaml',
  'regions.yaml',
  'rankings.yaml',
  'debris.yaml',
  'reports.yaml',
  'labels.yaml',
];

export function loadLexicon(dataDir: string): Lexicon {
  const files: Record<string, unknown> = {};
  for (const name of lexiconFiles) {
    const path = join(dataDir, 'lexicon', name);
    try {
      files[name] = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new LexiconError(`${path}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const gazetteerPath = join(dataDir, 'gazetteer', 'gazetteer.json');
  try {
    files['gazetteer.json'] = JSON.parse(readFileSync(gazetteerPath, 'utf8'));
  } catch (error) {
    throw new LexiconError(`${gazetteerPath}: ${(error as Error).message.split('\n')[0]}`);
  }
  return compileLexicon(files);
}
