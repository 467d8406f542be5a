// One document, start to finish: prepare its text, date it, resolve its regions, read its sentences
// and tables, assemble its facts and rankings. Independent of every other document (duplicates,
// conflicts between reports and the final region table are settled by mergeDocuments), so
// documents can be processed in parallel. Each step is a file of pipeline/document/.
import type { Fact, Ranking, Report } from '../src/data/schema.ts';
import type { FactDraft } from './extract/extractFigures.ts';
import type { RankingDraft } from './extract/extractRankings.ts';
import { MAX_SOURCE_BYTES } from './normalize/decodeSource.ts';
import { hideAnnotations, storedSpan } from './normalize/hideAnnotations.ts';
import { toMatchText, toSimplifiedName, traditionalShare } from './normalize/toMatchText.ts';
import { createRegionRegistry } from './resolve/regionRegistry.ts';
import { resolveRegions } from './resolve/resolveRegions.ts';
import { splitSentences } from './segment/splitSentences.ts';
import { assembleFacts, dedupeById } from './document/assembleFacts.ts';
import { dateDocument, MIN_YEAR, UNKNOWN_YEAR } from './document/dateDocument.ts';
import type { DocumentReading } from './document/documentReading.ts';
import type { ExtractionContext } from './document/extractionContext.ts';
import { prepareText, type PreparedText } from './document/prepareText.ts';
import { readSentences } from './document/readSentences.ts';
import { tableDrafts } from './document/tableDrafts.ts';
import type { DocumentNote, DocumentResult, SourceFile } from './document/types.ts';
import { stableId } from './ids.ts';

export { createExtractionContext, type ExtractionContext } from './document/extractionContext.ts';
export type { DocumentResult } from './document/types.ts';

const TRADITIONAL_SHARE = 0.05;
const yearOfPeriod = (period: string) => Number(/^-?\d+/.exec(period)?.[0] ?? UNKNOWN_YEAR);

export function extractDocument(
  ctx: ExtractionContext,
  source: SourceFile,
  reportId: string,
  maxBytes = MAX_SOURCE_BYTES,
): DocumentResult {
  const preparation = prepareText(source.bytes, source.path, ctx.lexicon.debris, maxBytes);
  if (!preparation.ok)
    return { status: 'skipped', file: source.path, reason: preparation.reason, warnings: preparation.warnings };
  const reading = startReading(
    ctx,
    source,
    reportId,
    withNote(preparation.prepared, source.note),
    preparation.warnings,
  );
  const { drafts, rankingDrafts } = readSentences(reading);
  drafts.push(...tableDrafts(reading));
  const facts = factsOf(reading, drafts);
  const rankings = rankingsOf(reading, rankingDrafts);
  const { prepared } = reading;
  return {
    status: 'read',
    file: source.path,
    fingerprint: prepared.fingerprint,
    encoding: prepared.encoding,
    report: reportOf(reading, facts.facts, rankings),
    text: { id: reportId, text: prepared.stored.text, paragraphs: prepared.stored.paragraphs },
    facts: facts.facts,
    rankings,
    regions: reading.registry.all(),
    metrics: facts.metrics,
    warnings: reading.warnings,
    unmapped: reading.unmapped,
  };
}

/** Dates the document and resolves its regions: everything its sentences are read against. */
function startReading(
  ctx: ExtractionContext,
  source: SourceFile,
  reportId: string,
  prepared: PreparedText,
  warnings: string[],
): DocumentReading {
  const { matchText, text, paragraphs, front } = prepared;
  const { path } = source;
  const dating = dateDocument(prepared, source, ctx.lexicon, ctx.scanPeriods);
  warnings.push(...dating.warnings);
  const registry = createRegionRegistry(ctx.gazetteer);
  const resolution = resolveRegions({
    matchText,
    text,
    mentions: ctx.findMentions(matchText),
    title: dating.titleText,
    publisher: dating.meta.publisher,
    findMentions: ctx.findMentions,
    gazetteer: ctx.gazetteer,
    lex: ctx.lexicon.regions,
    registry,
    toSimplified: (s) => toMatchText(s).matchText,
    ...(front.meta.region ? { declaredRegion: front.meta.region } : {}),
  });
  resolution.warnings.forEach((w) => warnings.push(`${path}: ${w}`));
  // Many pages are the opening part of a longer one, cut off mid-sentence.
  const lastText = matchText.trimEnd();
  const cutOffAt = /[。！？!?…”」』)）\]]$/.test(lastText) ? null : lastText.length;
  const sentences = splitSentences(matchText, paragraphs);
  return { ctx, path, reportId, prepared, dating, resolution, registry, sentences, cutOffAt, warnings, unmapped: [] };
}

/** A note's title, publisher, url, kind and region count as front matter the text does not give. */
function withNote(prepared: PreparedText, note: DocumentNote | undefined): PreparedText {
  if (!note) return prepared;
  const { id: _id, date: _date, ...meta } = note;
  return { ...prepared, front: { ...prepared.front, meta: { ...meta, ...prepared.front.meta } } };
}

/** The facts of the drafts that have a year; the others are counted in a warning. */
function factsOf(reading: DocumentReading, drafts: FactDraft[]) {
  const { prepared, path, warnings } = reading;
  const undatable = drafts.filter((d) => yearOfPeriod(d.period) < MIN_YEAR);
  if (undatable.length) {
    const quotes = undatable
      .slice(0, 3)
      .map((d) => `「${prepared.stored.text.slice(...storedSpan(prepared.view, d.span)).slice(0, 40)}」`);
    const more = undatable.length > 3 ? ' …' : '';
    warnings.push(
      `${path}: ${undatable.length} figure(s) not written: the document names no year for them (${quotes.join(', ')}${more})`,
    );
  }
  const assembled = assembleFacts(
    reading,
    drafts.filter((d) => yearOfPeriod(d.period) >= MIN_YEAR),
  );
  warnTwoValues(reading, assembled.facts);
  return assembled;
}

/** One report giving two values for one key almost always means two indicators share a metric. */
function warnTwoValues(reading: DocumentReading, facts: Fact[]): void {
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    // Labels of unreviewed figures are the document's words; two of them may share a name.
    if (f.value === null || !reading.ctx.metricById.has(f.metricId)) continue;
    const key = `${f.regionId}|${f.metricId}|${f.period}|${f.kind}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const [key, group] of byKey) {
    if (new Set(group.map((f) => f.value)).size < 2) continue;
    reading.warnings.push(
      `${reading.path}: gives two values for ${key}: ${group.map((f) => `${f.value} 「${f.quote}」`).join(' vs ')}`,
    );
  }
}

function rankingsOf(reading: DocumentReading, drafts: RankingDraft[]): Ranking[] {
  const { prepared, reportId } = reading;
  const dated = drafts.filter((r) => yearOfPeriod(r.period) >= MIN_YEAR);
  return dedupeById(
    dated.map((r) => {
      const span = storedSpan(prepared.view, r.span);
      const id = stableId('r', reportId, r.regionId, r.assessment, r.period, String(span[0]));
      return { id, ...r, span, reportId, quote: prepared.stored.text.slice(span[0], span[1]) };
    }),
  );
}

function reportOf(reading: DocumentReading, facts: Fact[], rankings: Ranking[]): Report {
  const { dating, prepared, resolution } = reading;
  const { scope } = resolution;
  const regionIds = [
    ...new Set([
      ...facts.map((f) => f.regionId),
      ...facts.flatMap((f) => (f.reportedBy ? [f.reportedBy] : [])),
      ...rankings.flatMap((r) => (r.reportedBy ? [r.regionId, r.reportedBy] : [r.regionId])),
      ...(scope.subjectId ? [scope.subjectId] : []),
    ]),
  ].sort();
  const share = traditionalShare(prepared.text, prepared.matchText);
  return {
    id: reading.reportId,
    title: toSimplifiedName(hideAnnotations(dating.meta.title).text),
    date: dating.date,
    publisher: dating.meta.publisher,
    kind: dating.meta.kind,
    regionIds,
    sourceFile: reading.path,
    script: share > TRADITIONAL_SHARE ? 'traditional' : 'simplified',
    subjectRegionId: scope.subjectId,
    ...(prepared.front.meta.url ? { url: prepared.front.meta.url } : {}),
  };
}
