// The state of one walk through a sentence, left to right: the year, part of the year and subject
// in force, the statement open now, and what has been taken. Every reading rule of the figures
// family reads and moves this one object; nothing outlives the sentence.
import type { FactKind } from '../../../src/data/schema.ts';
import type { MetricToken } from '../scanMetrics.ts';
import type { NumberToken } from '../scanNumbers.ts';
import type { FactDraft, Item, ListMember, SentenceInput, Statement, UnmappedFigure } from './types.ts';

/** A sentence opening like this breaks down the figure of the sentence before it. */
const BREAKDOWN_LEAD = /^\s*(分产业看|分产业|按产业分|分三次产业看|分三大产业看|分三大门类看|分门类看|其中)/;

export type SentenceWalk = {
  input: SentenceInput;
  matchText: string;
  /** Metrics, numbers (not baselines), periods, mentions and strong breaks (；), in text order. */
  items: Item[];
  facts: FactDraft[];
  unmapped: UnmappedFigure[];
  warnings: string[];
  /** The sentence breaks the carried metric down by place ("分区域看"). */
  breakingDown: boolean;
  /** The sentence opens with 分产业看, 其中…: it breaks down the figure before it. */
  opensBreakdown: boolean;
  year: number;
  suffix: string;
  /** A span of years in force ("十三五期间", "五年来"), which wins over year and suffix. */
  periodSpan: [number, number] | null;
  /** The span is a plan's ("十四五", "这五年"): a change over it starts from the year before it. */
  spanIsPlan: boolean;
  /** Periods listed before one metric ("一季度、上半年…分别"), waiting for it. */
  periodList: string[] | null;
  subject: string | null;
  paragraphYear: number | null;
  paragraphSuffix: string | null;
  paragraphSpan: [number, number] | null;
  leadingSubject: string | null;
  seenFigure: boolean;
  /** Where the last explicit year was named, or -1. */
  lastYearAt: number;
  open: Statement | null;
  lastClosedMetric: string | null;
  consumed: Set<MetricToken>;
  consumedNumbers: Set<NumberToken>;
  /** Figures a 分别 list of growth rates may go to (see distributiveLists.ts). */
  members: ListMember[];
};

export function startWalk(input: SentenceInput): SentenceWalk {
  const sentence = input.matchText.slice(input.span[0], input.span[1]);
  return {
    input,
    matchText: input.matchText,
    items: sentenceItems(input),
    facts: [],
    unmapped: [],
    warnings: [],
    breakingDown: input.breakdownCue.test(sentence),
    opensBreakdown: BREAKDOWN_LEAD.test(sentence),
    year: input.year,
    suffix: input.suffix,
    periodSpan: null,
    spanIsPlan: false,
    periodList: null,
    subject: input.subjectId,
    paragraphYear: null,
    paragraphSuffix: null,
    paragraphSpan: null,
    leadingSubject: null,
    seenFigure: false,
    lastYearAt: -1,
    open: null,
    lastClosedMetric: null,
    consumed: new Set(),
    consumedNumbers: new Set(),
    members: [],
  };
}

function sentenceItems(input: SentenceInput): Item[] {
  const items: Item[] = [
    ...input.metrics.map((token) => ({ at: token.start, type: 'metric' as const, token })),
    ...input.numbers
      .filter((t) => t.role !== 'baseline')
      .map((token) => ({ at: token.start, type: 'number' as const, token })),
    ...input.periods.map((token) => ({ at: token.start, type: 'period' as const, token })),
    ...input.mentions.map((token) => ({ at: token.start, type: 'mention' as const, token })),
  ];
  for (let i = input.span[0]; i < input.span[1]; i += 1) {
    const ch = input.matchText[i];
    if (ch === '；' || ch === ';') items.push({ at: i, type: 'break', strong: true });
  }
  return items.sort((a, b) => a.at - b.at || itemOrder(a) - itemOrder(b));
}

function itemOrder(item: Item): number {
  // At one position: a period or mention applies before the figure that starts there.
  return item.type === 'period'
    ? 0
    : item.type === 'mention'
      ? 1
      : item.type === 'metric'
        ? 2
        : item.type === 'break'
          ? 3
          : 4;
}

/** A label heading a run of prose ("【经济指标】2022年全县…"): no part of the clause it opens. */
export const withoutLabel = (lead: string) => lead.replace(/^\s*【[^】]{1,10}】\s*/, '');

/** The clause holding a position, or the whole sentence. */
export function clauseOf(w: SentenceWalk, pos: number): [number, number] {
  return w.input.clauses.find(([s, e]) => pos >= s && pos < e) ?? w.input.span;
}

/** The period in force, written as the walk has it ("2023", "2023-H1", "2016/2020"). */
export function periodString(w: SentenceWalk): string {
  const span = w.periodSpan;
  return span ? `${span[0]}/${span[1]}` : w.suffix ? `${w.year}-${w.suffix}` : String(w.year);
}

/** The kind of a figure at a position: estimate and target cues before it, then the section and the year. */
export function kindAt(w: SentenceWalk, pos: number): FactKind {
  const { input } = w;
  const before = w.matchText.slice(input.span[0], pos);
  if (input.estimateCue.test(before)) return 'estimate';
  if (input.targetCue.test(before)) return 'target';
  if (input.baseKind === 'target' && w.year <= input.reviewYear) return 'actual';
  // "到2025年…", "明年…": a year that has not begun has no results.
  if (w.year > input.pubYear) return 'target';
  return input.baseKind;
}
