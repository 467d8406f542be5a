// The shapes one sentence's reading passes around: what the document loop hands in (SentenceInput),
// what comes back (SentenceResult), and the statement a metric phrase opens while the walk fills it.
import type { FactKind } from '../../../src/data/schema.ts';
import type { ResolvedMention } from '../../resolve/resolveRegions.ts';
import type { MetricToken } from '../scanMetrics.ts';
import type { NumberToken } from '../scanNumbers.ts';
import type { PeriodToken } from '../scanPeriods.ts';
import type { ParsedUnit } from '../units.ts';

export type FactDraft = {
  regionId: string;
  /** The subject the sentence names, when the figure counts for another region (an agency's territory). */
  reportedBy?: string;
  metricId: string;
  period: string;
  kind: FactKind;
  value: NumberToken | null;
  growth: NumberToken | null;
  /** Set for ratio parts, which carry their own number text. */
  ratioPart?: { decimal: string; start: number; end: number };
  span: [number, number];
};

export type UnmappedFigure = {
  token: NumberToken;
  clause: [number, number];
  /** Set when no metric statement of the sentence could take the figure: who, when and what kind
   *  it would be, so it can still be written under the document's own words (an unreviewed metric). */
  orphan?: { regionId: string | null; period: string; kind: FactKind };
};

/** The lexicon's cues and lookups, compiled once per run; the same for every sentence. */
export type SentenceRules = {
  estimateCue: RegExp;
  targetCue: RegExp;
  /** Right after a figure, in its clause: the figure names a target ("…6%以上的年度目标顺利实现"). */
  targetAfter: RegExp;
  /** Opening words of a clause that continues the statement before it (同比, 增长, 比2022年…). */
  continuation: RegExp;
  breakdownCue: RegExp;
  /** A growth rate right at the start of the text ("增长12.1%", "同比下降3%"). */
  growthLead: RegExp;
  /** A level at a point in time: a to-date period ("截至9月末") is its month. */
  isStock(metricId: string): boolean;
  metricUnit(metricId: string): ParsedUnit;
  /** A figure in this unit can be stated in the metric's (公顷 in 万亩). */
  unitsCompatible(from: ParsedUnit, to: ParsedUnit): boolean;
};

export type SentenceInput = SentenceRules & {
  matchText: string;
  span: [number, number];
  clauses: [number, number][];
  metrics: MetricToken[];
  numbers: NumberToken[];
  periods: PeriodToken[];
  mentions: ResolvedMention[];
  /** Region that owns figures when the sentence names none. */
  subjectId: string | null;
  year: number;
  suffix: string;
  /** A span a sentence before in the paragraph opened with ("“十四五”期间，…"), or null. */
  spanInForce?: [number, number] | null;
  baseKind: FactKind;
  /** The year up to which figures are results; a later year in a plan section is a target. */
  reviewYear: number;
  /** A year after this one has no results yet: its figures are targets (or estimates). */
  pubYear: number;
  /** The part of the year the title names ("前三季度"), or "". */
  documentSuffix?: string;
  /** Where the page is cut off mid-sentence (its last sentence has no end), or null. */
  cutOffAt?: number | null;
  /** The five-year plan the document names ("十四五" → [2021, 2025]), for "五年来", "这五年". */
  namedPlan?: [number, number] | null;
  /** Metrics the paragraph has already given figures for (a later "其中，小春粮食产量…" is a part). */
  statedMetrics: ReadonlySet<string>;
  /** The metric the sentence before stated last, and whether this sentence breaks it down by place. */
  carriedMetric: string | null;
  /** The region a figure of this subject is counted for (an agency's figures count for its territory). */
  ownerOf(regionId: string): string;
  /** The zone a "园区" context word means here, if any. */
  zoneSubject: string | null;
};

export type SentenceResult = {
  facts: FactDraft[];
  unmapped: UnmappedFigure[];
  warnings: string[];
  /** A year stated at the start of a clause, which later sentences of the paragraph inherit. */
  paragraphYear: number | null;
  /** A part of a year ("至11月份") opening a clause of the paragraph's first sentence. */
  paragraphSuffix: string | null;
  /** A span ("“十四五”期间", "五年来") opening the sentence: later sentences of the paragraph are in it. */
  paragraphSpan: [number, number] | null;
  /** The subject named in this sentence before its first figure. */
  leadingSubject: string | null;
};

export type Statement = {
  metricIds: string[];
  kind: MetricToken['kind'];
  regionId: string | null;
  period: string;
  factKind: FactKind;
  quoteStart: number;
  lastEnd: number;
  lastMetricEnd: number;
  values: (NumberToken | undefined)[];
  growths: (NumberToken | undefined)[];
  ratio?: { parts: { decimal: string; start: number; end: number }[]; end: number };
  /** The ratio a change started from, with the year it names ("由2021年的12.6:59.7:27.7调整为…"). */
  fromRatio?: { parts: { decimal: string; start: number; end: number }[]; end: number; period: string };
  /** One period per slot, when one metric follows a list of periods. */
  periods?: string[];
  /** One region per slot: "崇信县、华亭市分别完成造林绿化5.5万亩、6.5万亩". */
  regions?: string[];
  /** An average rate was said of the metric (not its growth, being no span's): a level may follow. */
  rateSaid?: boolean;
  /** The first year of the span a change over it started in ("这五年…从1808.3亿元增至2400亿元"). */
  spanStart?: string;
};

/** A figure that may belong to a 分别 list of growth rates: a closed one-metric statement with a
 *  value and no growth yet, or a value no metric took (a member that gets nothing). */
export type ListMember = { at: number; draft: FactDraft | null };

/** What the sentence holds, in text order. */
export type Item =
  | { at: number; type: 'metric'; token: MetricToken }
  | { at: number; type: 'number'; token: NumberToken }
  | { at: number; type: 'period'; token: PeriodToken }
  | { at: number; type: 'mention'; token: ResolvedMention }
  | { at: number; type: 'break'; strong: boolean };
