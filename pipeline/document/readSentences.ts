// The sentence loop: paragraph by paragraph, the section (results, plans, glossary) and the year,
// part of the year and subject in force; each sentence's figures (extractFigures), the figures no
// metric took (unreviewedDrafts) and its rankings.
import type { FactDraft, SentenceResult } from '../extract/extractFigures.ts';
import { extractFigures } from '../extract/extractFigures.ts';
import type { RankingDraft } from '../extract/extractRankings.ts';
import type { PeriodToken } from '../extract/scanPeriods.ts';
import type { Lexicon } from '../lexicon/loadLexicon.ts';
import { storedSpan } from '../normalize/hideAnnotations.ts';
import type { ResolvedMention } from '../resolve/resolveRegions.ts';
import type { Sentence } from '../segment/splitSentences.ts';
import { ownerOf, type DocumentReading, type SectionKind } from './documentReading.ts';
import { unreviewedDrafts } from './unreviewedDrafts.ts';

/** What a paragraph carries from one sentence to the next. */
type ParagraphState = {
  index: number;
  sectionKind: SectionKind;
  sectionYear: number | null;
  year: number;
  suffix: string;
  span: [number, number] | null;
  subject: string | null;
  firstSentence: boolean;
  statedMetrics: Set<string>;
  carriedMetric: string | null;
  /** Mentions are in text order, as sentences are: the next sentence's start here. */
  mentionCursor: number;
};

export function readSentences(reading: DocumentReading): { drafts: FactDraft[]; rankingDrafts: RankingDraft[] } {
  const { dating, resolution } = reading;
  const drafts: FactDraft[] = [];
  const rankingDrafts: RankingDraft[] = [];
  const documentAssessment = assessmentOfTitle(dating.titleText, reading.ctx.lexicon.rankings);
  const state: ParagraphState = {
    index: -1,
    sectionKind: 'actual',
    sectionYear: null,
    year: dating.defaultYear,
    suffix: dating.documentSuffix,
    span: null,
    subject: resolution.scope.subjectId,
    firstSentence: false,
    statedMetrics: new Set(),
    carriedMetric: null,
    mentionCursor: 0,
  };
  for (const sentence of reading.sentences) {
    if (sentence.paragraph !== state.index) enterParagraph(reading, state, sentence.paragraph);
    // A glossary or an annex ("有关用语说明", "附件") defines terms; its numbers are no figures.
    if (state.sectionKind === 'none') continue;
    const inSentence = mentionsIn(reading, state, sentence);
    const { result, periods } = readFiguresOf(reading, state, sentence, inSentence, drafts);
    rankingDrafts.push(
      ...readRankingsOf(reading, state, { sentence, inSentence, periods, result }, documentAssessment),
    );
    if (result.paragraphYear !== null) state.year = result.paragraphYear;
    if (result.paragraphYear !== null || result.paragraphSpan !== null) state.span = result.paragraphSpan;
    if (state.firstSentence && result.leadingSubject) state.subject = result.leadingSubject;
    if (state.firstSentence && result.paragraphSuffix) state.suffix = result.paragraphSuffix;
    // A bold lead-in ("居民收入持续增加。") names neither a figure nor a period; the paragraph's
    // first real sentence comes after it.
    if (result.facts.length > 0 || result.unmapped.length > 0 || periods.length > 0) state.firstSentence = false;
  }
  return { drafts, rankingDrafts };
}

/** A new paragraph: a short heading may open a section; the paragraph starts from the document's frame. */
function enterParagraph(reading: DocumentReading, state: ParagraphState, index: number): void {
  const { matchText, paragraphs } = reading.prepared;
  const { dating } = reading;
  state.index = index;
  const [ps, pe] = paragraphs[index] ?? [0, 0];
  const paragraphText = matchText.slice(ps, pe);
  // A heading is short; the title ("…2023年工作总结及2024年工作计划") heads no section.
  if (paragraphText.length <= 30 && paragraphText.trim() !== dating.titleText.trim()) {
    for (const rule of reading.ctx.sectionRules) {
      const m = rule.re.exec(paragraphText);
      if (!m) continue;
      state.sectionKind = rule.kind;
      const named = m.slice(1).find((g) => g !== undefined && /^\d{4}$/.test(g));
      state.sectionYear = named ? Number(named) : rule.kind === 'target' ? dating.pubYear : null;
    }
  }
  state.year = state.sectionYear ?? dating.defaultYear;
  state.suffix = dating.documentSuffix;
  state.span = null;
  state.statedMetrics = new Set();
  state.carriedMetric = null;
  state.subject = reading.resolution.scope.subjectId;
  state.firstSentence = true;
}

function mentionsIn(reading: DocumentReading, state: ParagraphState, sentence: Sentence): ResolvedMention[] {
  const { mentions } = reading.resolution;
  const [s, e] = sentence.span;
  while (state.mentionCursor < mentions.length && (mentions[state.mentionCursor]?.start ?? 0) < s)
    state.mentionCursor += 1;
  const inSentence: ResolvedMention[] = [];
  for (let k = state.mentionCursor; k < mentions.length; k += 1) {
    const m = mentions[k] as ResolvedMention;
    if (m.start >= e) break;
    if (m.end <= e) inSentence.push(m);
  }
  return inSentence;
}

function readFiguresOf(
  reading: DocumentReading,
  state: ParagraphState,
  sentence: Sentence,
  inSentence: ResolvedMention[],
  drafts: FactDraft[],
): { result: SentenceResult; periods: PeriodToken[] } {
  const { ctx, prepared, dating, registry } = reading;
  const { matchText } = prepared;
  const [s, e] = sentence.span;
  const slice = matchText.slice(s, e);
  const periods = ctx.scanPeriods(slice, s, dating.relativeBase);
  const numbers = ctx.scanNumbers(slice, s);
  const zoneSubject = registry.get(state.subject ?? '')?.level === 'zone' ? state.subject : null;
  const result = extractFigures({
    ...ctx.sentenceRules,
    matchText,
    span: sentence.span,
    clauses: sentence.clauses,
    // Metric phrases only matter beside figures: most sentences of prose have none.
    metrics: numbers.length || /\d/.test(slice) ? ctx.scanMetrics(slice, s) : [],
    numbers,
    periods,
    mentions: inSentence,
    subjectId: state.subject,
    year: state.year,
    suffix: state.suffix,
    spanInForce: state.span,
    baseKind: state.sectionKind as Exclude<SectionKind, 'none'>,
    reviewYear: state.sectionKind === 'target' ? (state.sectionYear ?? dating.pubYear) - 1 : dating.defaultYear,
    pubYear: dating.pubYear,
    documentSuffix: dating.documentSuffix,
    namedPlan: dating.namedPlan,
    cutOffAt: reading.cutOffAt,
    statedMetrics: state.statedMetrics,
    carriedMetric: state.carriedMetric,
    ownerOf: (id) => ownerOf(reading, id),
    zoneSubject,
  });
  drafts.push(...mergeLevelAndGrowth(result.facts));
  const named = unreviewedDrafts(reading, result.unmapped, inSentence, numbers);
  drafts.push(...named);
  const writtenTokens = new Set(named.flatMap((d) => [d.value, d.growth]));
  for (const f of result.facts) state.statedMetrics.add(f.metricId);
  state.carriedMetric = result.facts.length
    ? (result.facts[result.facts.length - 1]?.metricId ?? null)
    : state.carriedMetric;
  result.warnings.forEach((w) => reading.warnings.push(`${reading.path}: ${w}`));
  const { text, stored, view } = prepared;
  for (const u of result.unmapped) {
    if (writtenTokens.has(u.token)) continue;
    const span = storedSpan(view, u.clause);
    const raw = text.slice(u.token.numStart, u.token.numEnd);
    reading.unmapped.push({
      reportId: reading.reportId,
      raw,
      unit: u.token.unit.text,
      quote: stored.text.slice(span[0], span[1]),
      span,
    });
  }
  return { result, periods };
}

function readRankingsOf(
  reading: DocumentReading,
  state: ParagraphState,
  read: { sentence: Sentence; inSentence: ResolvedMention[]; periods: PeriodToken[]; result: SentenceResult },
  documentAssessment: string | null,
): RankingDraft[] {
  const { ctx, registry } = reading;
  const { matchText } = reading.prepared;
  const { sentence, inSentence, periods, result } = read;
  const metricName = (id: string | null | undefined) => (id ? (ctx.metricById.get(id)?.name ?? null) : null);
  return ctx.extractRankings({
    matchText,
    span: sentence.span,
    clauses: sentence.clauses,
    mentions: inSentence,
    periods,
    subjectId: result.leadingSubject ?? state.subject,
    year: state.year,
    suffix: state.suffix,
    scope: reading.resolution.scope,
    documentAssessment,
    contextMetric: metricName(state.carriedMetric),
    ownerOf: (id) => ownerOf(reading, id),
    isWithin: (id, scopeId) => {
      for (let r = registry.get(id); r; r = r.parentId ? registry.get(r.parentId) : undefined)
        if (r.id === scopeId) return true;
      return false;
    },
    metricNameAt: (from, to) => metricName(ctx.scanMetrics(matchText.slice(from, to), from)[0]?.metricIds[0] ?? ''),
  });
}

/**
 * "城乡居民人均可支配收入分别增长7.5%、9.5%,农村居民人均收入突破万元大关": one sentence gives a
 * metric's growth in one clause and its level in another; that is one figure of one key, not two.
 */
function mergeLevelAndGrowth(facts: FactDraft[]): FactDraft[] {
  const out: FactDraft[] = [];
  for (const f of facts) {
    const partner = out.find(
      (o) =>
        o.regionId === f.regionId &&
        o.metricId === f.metricId &&
        o.period === f.period &&
        o.kind === f.kind &&
        !o.ratioPart &&
        !f.ratioPart &&
        ((o.value && !o.growth && !f.value && f.growth) || (!o.value && o.growth && f.value && !f.growth)),
    );
    if (!partner) {
      out.push(f);
      continue;
    }
    partner.value ??= f.value;
    partner.growth ??= f.growth;
    partner.span = [Math.min(partner.span[0], f.span[0]), Math.max(partner.span[1], f.span[1])];
  }
  return out;
}

/** "关于2023年度县域经济高质量发展考核结果的通报" → "2023年度县域经济高质量发展考核"; null when the
 *  title names no assessment. */
function assessmentOfTitle(title: string, lex: Lexicon['rankings']): string | null {
  if (!lex.assessmentWords.some((w) => title.includes(w))) return null;
  let name = title.trim();
  // "天水市人民政府办公室关于…": what follows 关于 is the subject of the notice.
  const about = name.indexOf('关于');
  if (about > 0) name = name.slice(about);
  const before = [...lex.titleWrapping.before].sort((a, b) => b.length - a.length).find((w) => name.startsWith(w));
  if (before) name = name.slice(before.length);
  const after = [...lex.titleWrapping.after].sort((a, b) => b.length - a.length).find((w) => name.endsWith(w));
  if (after) name = name.slice(0, name.length - after.length);
  return name.replace(/[“”"]/g, '') || null;
}
