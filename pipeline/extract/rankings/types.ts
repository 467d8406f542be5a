// The shapes one sentence's ranking reading passes around: what the document loop hands in
// (RankingInput) and what comes back (RankingDraft, one per place, result and period).
import type { DocumentScope, ResolvedMention } from '../../resolve/resolveRegions.ts';
import type { PeriodToken } from '../scanPeriods.ts';

export type RankingDraft = {
  regionId: string;
  /** The body the document names, when the ranking is its territory's (区政府办公室 → 滨城区). */
  reportedBy?: string;
  scopeId: string | null;
  assessment: string;
  period: string;
  rank: number | null;
  result: string;
  span: [number, number];
};

export type RankingInput = {
  matchText: string;
  span: [number, number];
  clauses: [number, number][];
  mentions: ResolvedMention[];
  periods: PeriodToken[];
  subjectId: string | null;
  year: number;
  /** The part of the year the paragraph is about ("01/11" after "至11月份"), or "". */
  suffix: string;
  scope: DocumentScope;
  /** What the document as a whole assesses ("2023年度县域经济高质量发展考核", from its title). */
  documentAssessment: string | null;
  /** The metric the paragraph gave a figure for last ("邓州市增长12.1%，居全市第一" ranks its growth). */
  contextMetric: string | null;
  metricNameAt(start: number, end: number): string | null;
  /** The territory a body's results count for, when they are a territory's (an agency → its place). */
  ownerOf(regionId: string): string;
  /** Whether a region lies inside another (or is it). */
  isWithin(regionId: string, scopeId: string): boolean;
};

export type RankingExtractor = (input: RankingInput) => RankingDraft[];

/** A place ranked: the territory whose result it is, and the body the document named, when another. */
export type RankedPlace = { regionId: string; reportedBy?: string };

/** "在全省县域经济高质量发展考核中": an assessment framing the sentence, with its scope word. */
export type AssessmentFrame = { at: number; end: number; scopeWord: string | undefined; name: string };

/** One "verb + scope + positions" match, with the words before it that say who and what is assessed. */
export type VerbResult = {
  start: number;
  /** After the last position ("分别位列第一、第二、第三名" ends after 第三名). */
  end: number;
  verb: string;
  scopeWord: string | undefined;
  /** What is assessed among the scope, named after the scope word ("全国百强区" → 百强区). */
  filler: string;
  results: string[];
  clauseStart: number;
  /** The colon of a group label heading the clause ("（二）二类县（市、区）：…"), when not before it. */
  labelEnd: number;
  /** Where the words of what is assessed start, past the subject and period words. */
  cut: number;
  /** The places listed right before the verb, ranked together. */
  listed: ResolvedMention[];
  /** What the clause itself says is assessed, without the places listed. */
  own: string;
  frame: AssessmentFrame | undefined;
};
