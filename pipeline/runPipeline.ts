// normalize → segment → extract → resolve → validate, for a set of source files already read into
// memory. Touches no files: cli.ts reads and writes, this returns the dataset and what happened to
// every source, so tests can run the whole pipeline on literal documents. Each document is
// processed on its own (extractDocument.ts); mergeDocuments settles what spans documents.
import type { Dataset, Fact, Metric, Region } from '../src/data/schema.ts';
import { createExtractionContext, extractDocument } from './extractDocument.ts';
import type { DocumentResult, SourceFile, UnmappedFigure } from './document/types.ts';
import { applyCorrections, type Correction } from './corrections/applyCorrections.ts';
import type { Lexicon } from './lexicon/loadLexicon.ts';
import { MAX_SOURCE_BYTES } from './normalize/decodeSource.ts';
import { leaveOutInvalid } from './validate/leaveOutInvalid.ts';
import { pinyinSlug } from './resolve/regionRegistry.ts';

export type { SourceFile, UnmappedFigure } from './document/types.ts';

export type SourceOutcome =
  | { file: string; status: 'read'; reportId: string; encoding: string; facts: number; rankings: number }
  | { file: string; status: 'skipped'; reason: string }
  | { file: string; status: 'duplicate'; duplicateOf: string };

export type PipelineResult = {
  dataset: Dataset;
  outcomes: SourceOutcome[];
  warnings: string[];
  unmapped: UnmappedFigure[];
  /** Corrections (data/corrections.yaml) that could not be applied: the build must stop on these. */
  correctionErrors: string[];
  /** Records left out because they break the contract (also among the warnings); `--strict` stops on these. */
  leftOut: string[];
};

export type PipelineOptions = {
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
  corrections?: Correction[];
};

export function runPipeline(sources: SourceFile[], lexicon: Lexicon, options: PipelineOptions = {}): PipelineResult {
  const ctx = createExtractionContext(lexicon);
  const jobs = planJobs(sources);
  const results = jobs.map((job, index) => {
    options.onProgress?.(index, jobs.length);
    return extractDocument(ctx, job.source, job.reportId, options.maxBytes ?? MAX_SOURCE_BYTES);
  });
  options.onProgress?.(jobs.length, jobs.length);
  return mergeDocuments(results, lexicon, options.corrections ?? []);
}

/** Sources in path order, each with its report id (unique across the batch). */
export function planJobs(sources: SourceFile[]): { source: SourceFile; reportId: string }[] {
  const used = new Set<string>();
  // A document's own id (data/documents.yaml) is kept first; the others take what is left.
  for (const s of sources) if (s.note?.id) used.add(s.note.id);
  return [...sources]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((source) => ({
      source,
      reportId: source.note?.id ?? uniqueId(reportSlug(source.name ?? source.path.split('/').pop() ?? ''), used),
    }));
}

/** Joins per-document results, in path order: duplicates, conflicts between reports, regions. */
export function mergeDocuments(
  results: DocumentResult[],
  lexicon: Lexicon,
  corrections: Correction[] = [],
): PipelineResult {
  const outcomes: SourceOutcome[] = [];
  const warnings: string[] = [];
  const unmapped: UnmappedFigure[] = [];
  const facts: Fact[] = [];
  const rankings: Dataset['rankings'] = [];
  const reports: Dataset['reports'] = [];
  const texts: Dataset['texts'] = [];
  const regions = new Map<string, Region>();
  const unreviewed = new Map<string, Metric>();
  const seenText = new Map<string, string>();
  for (const r of results) {
    if (r.status === 'skipped') {
      warnings.push(...r.warnings);
      outcomes.push({ file: r.file, status: 'skipped', reason: r.reason });
      continue;
    }
    const duplicateOf = seenText.get(r.fingerprint);
    if (duplicateOf) {
      outcomes.push({ file: r.file, status: 'duplicate', duplicateOf });
      continue;
    }
    seenText.set(r.fingerprint, r.file);
    warnings.push(...r.warnings);
    unmapped.push(...r.unmapped);
    facts.push(...r.facts);
    rankings.push(...r.rankings);
    reports.push(r.report);
    texts.push(r.text);
    for (const m of r.metrics) unreviewed.set(m.id, m);
    for (const region of r.regions) {
      const known = regions.get(region.id);
      if (!known) regions.set(region.id, { ...region, aliases: [...region.aliases] });
      else known.aliases = [...new Set([...known.aliases, ...region.aliases])].sort();
    }
    outcomes.push({
      file: r.file,
      status: 'read',
      reportId: r.report.id,
      encoding: r.encoding,
      facts: r.facts.length,
      rankings: r.rankings.length,
    });
  }

  // The facts and rankings arrays are changed in place below, so one view of the dataset serves both steps.
  const lookup: Dataset = {
    regions: [...regions.values()],
    metrics: [...lexicon.metrics.map(toMetric), ...unreviewed.values()],
    reports,
    facts,
    rankings,
    texts,
  };
  // A maintainer's corrections come after extraction and before reports are compared.
  let correctionErrors: string[] = [];
  if (corrections.length > 0) {
    const corrected = applyCorrections(lookup, corrections);
    correctionErrors = corrected.errors;
    warnings.push(...corrected.skipped);
    replaceContents(facts, corrected.dataset.facts);
  }
  // A record that breaks the contract is left out, named, and the rest is written.
  const { records, warnings: leftOut } = leaveOutInvalid(lookup);
  replaceContents(facts, records.facts);
  replaceContents(rankings, records.rankings);
  warnings.push(...leftOut);
  markConflicts(facts, warnings);
  const referenced = new Set<string>();
  const keep = (id: string | null | undefined) => {
    let current = id ? regions.get(id) : undefined;
    while (current && !referenced.has(current.id)) {
      referenced.add(current.id);
      current = current.parentId ? regions.get(current.parentId) : undefined;
    }
  };
  facts.forEach((f) => {
    keep(f.regionId);
    keep(f.reportedBy);
  });
  rankings.forEach((r) => {
    keep(r.regionId);
    keep(r.scopeId);
    keep(r.reportedBy);
  });
  reports.forEach((r) => {
    r.regionIds.forEach(keep);
    keep(r.subjectRegionId);
  });

  const usedMetrics = new Set(facts.map((f) => f.metricId));
  return {
    dataset: {
      regions: [...regions.values()].filter((r) => referenced.has(r.id)).sort((a, b) => a.id.localeCompare(b.id)),
      metrics: lexicon.metrics
        .filter((m) => usedMetrics.has(m.id))
        .map(toMetric)
        .concat([...unreviewed.values()].filter((m) => usedMetrics.has(m.id)).sort((a, b) => a.id.localeCompare(b.id))),
      reports: reports.sort((a, b) => a.id.localeCompare(b.id)),
      facts: facts.sort(compareFacts),
      rankings: rankings.sort(
        (a, b) => a.reportId.localeCompare(b.reportId) || a.span[0] - b.span[0] || a.id.localeCompare(b.id),
      ),
      texts: texts.sort((a, b) => a.id.localeCompare(b.id)),
    },
    outcomes,
    warnings,
    unmapped,
    correctionErrors,
    leftOut,
  };
}

/** In place, without spreading: a national dataset's 150,000 facts overflow a spread's arguments. */
function replaceContents<T>(list: T[], items: T[]): void {
  list.length = 0;
  for (const item of items) list.push(item);
}

function toMetric(m: Lexicon['metrics'][number]): Metric {
  return {
    id: m.id,
    name: m.name,
    nameEn: m.nameEn,
    unit: m.unit,
    category: m.category,
    higherIsBetter: m.higherIsBetter,
    ...(m.definition ? { definition: m.definition } : {}),
  };
}

/** "2022-dingxi-bulletin.txt" → "2022-dingxi-bulletin"; "cities-major/成都市/2019.md" → "cities-major-chengdushi-2019". */
function reportSlug(name: string): string {
  const base = name.replace(/\.[^./]+$/, '') || 'report';
  const ascii = /[^\x00-\x7f]/.test(base) ? base.replace(/[^\x00-\x7f]+/g, (s) => `-${pinyinSlug(s)}-`) : base;
  return (
    ascii
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'report'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function compareFacts(a: Fact, b: Fact): number {
  return (
    a.reportId.localeCompare(b.reportId) ||
    a.span[0] - b.span[0] ||
    a.metricId.localeCompare(b.metricId) ||
    a.id.localeCompare(b.id)
  );
}

/** Two reports giving different values for one region, metric, period and kind: keep both, flag both. */
/** Enough links to audit a disagreement; a figure repeated by hundreds of reports lists the first. */
export const MAX_CONFLICT_LINKS = 20;

function markConflicts(facts: Fact[], warnings: string[]) {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.value === null) continue;
    const key = `${f.regionId}|${f.metricId}|${f.period}|${f.kind}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const values = new Set(group.map((f) => f.value));
    if (values.size < 2 || new Set(group.map((f) => f.reportId)).size < 2) continue;
    // Each fact links to the facts of other reports that give a different value.
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    for (const f of group) {
      const others: string[] = [];
      for (const g of sorted) {
        if (others.length >= MAX_CONFLICT_LINKS) break;
        if (g.reportId !== f.reportId && g.value !== f.value) others.push(g.id);
      }
      if (others.length) f.conflictsWith = others;
    }
    const shown = group.slice(0, 10).map((f) => `${f.value} (${f.reportId})`);
    warnings.push(
      `reports disagree on ${key}: ${shown.join(' vs ')}${group.length > 10 ? ` … ${group.length - 10} more` : ''}`,
    );
  }
}
