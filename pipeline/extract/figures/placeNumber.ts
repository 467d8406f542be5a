// Number placement: a figure goes to the first empty slot of the open statement that fits it (its
// unit's dimension, its clause, a year named between), or to none.
import type { NumberToken } from '../scanNumbers.ts';
import { clauseOf, periodString, type SentenceWalk } from './sentenceWalk.ts';
import type { Statement } from './types.ts';

/** Puts the figure in the statement's next slot; false when it belongs to none of them. */
export function placeNumber(w: SentenceWalk, statement: Statement | null, token: NumberToken): boolean {
  if (!statement || statement.kind === 'ratio') return false;
  // "两年平均增长5.5%" is no year's growth; "“十三五”期间…年均增长6.7%" is the span's.
  // A span an earlier sentence opened ("“十四五”期间，…。地区生产总值年均增长4.5%，…累计完成800亿元") dates
  // its paragraph's average rates and cumulative totals; a level there is its year's, not the span's.
  const carried = w.input.spanInForce;
  const [clauseAt, clauseEnd] = clauseOf(w, token.start);
  const cumulative = token.role === 'value' && /累计|总计|合计/.test(w.matchText.slice(clauseAt, clauseEnd));
  if (
    carried &&
    !w.periodSpan &&
    (token.average || cumulative) &&
    [...statement.values, ...statement.growths].every((x) => !x)
  ) {
    statement.period = `${carried[0]}/${carried[1]}`;
  }
  if (token.average && !/^\d{4}\/\d{4}$/.test(statement.period)) {
    // "地区生产总值年均增长6%,达到310亿元": the rate is no year's, but the level after it is the statement's.
    statement.rateSaid = true;
    return false;
  }
  const { input } = w;
  const slots = token.role === 'growth' ? statement.growths : statement.values;
  const slot = slots.findIndex((s) => s === undefined);
  if (slot < 0) return false;
  if (statement.metricIds.length === 1 && slots.some(Boolean)) return false;
  const metricId = statement.metricIds[slot];
  if (!metricId) return false;
  if (token.role === 'value' && !input.unitsCompatible(token.unit, input.metricUnit(metricId))) return false;
  // A change in points only makes sense for a rate.
  if (
    token.role === 'growth' &&
    token.unit.dimension === 'percentage-points' &&
    input.metricUnit(metricId).dimension !== 'percent'
  )
    return false;
  // A value in a later clause only completes a statement that has no value yet and whose
  // clause gave a growth rate: "增长7%,跨上70亿元台阶".
  const [clauseStart] = clauseOf(w, token.start);
  const rateGiven = statement.growths.some(Boolean) || statement.rateSaid;
  if (token.role === 'value' && clauseStart > statement.lastEnd && !rateGiven) return false;
  if (clauseStart > statement.lastEnd && hasOwnVerbSubject(w, statement.lastEnd, token.start)) return false;
  datePlacedFigure(w, statement, token);
  slots[slot] = token;
  statement.lastEnd = Math.max(statement.lastEnd, token.end);
  return true;
}

function datePlacedFigure(w: SentenceWalk, statement: Statement, token: NumberToken): void {
  const baselineBetween = (from: number) =>
    w.input.numbers.some((n) => n.role === 'baseline' && n.start > from && n.start < token.start);
  // "生产总值由2016年的423.3亿元增加到2020年的526.4亿元": a year named after the metric, before its
  // first figure, is the figure's.
  const noFigureYet = [...statement.values, ...statement.growths].every((x) => !x);
  if (
    w.lastYearAt > statement.lastMetricEnd &&
    w.lastYearAt < token.start &&
    noFigureYet &&
    !baselineBetween(w.lastYearAt)
  ) {
    statement.period = periodString(w);
  }
  // "这五年，地区生产总值从1808.3亿元增至2400亿元": the end of a change over a span is the span's last year.
  const spanned =
    statement.period.includes('/') && !statement.period.includes('-')
      ? /^(\d{4})\/(\d{4})$/.exec(statement.period)
      : null;
  if (spanned && baselineBetween(statement.lastMetricEnd)) {
    // A plan's span ("这五年…从1808.3亿元增至…") leaves its base year unsaid (十三五末? the plan's first
    // year?): the level it starts from is no figure. A run of named years starts in its first.
    if (!w.spanIsPlan) statement.spanStart = spanned[1] as string;
    statement.period = spanned[2] as string;
  }
}

/** Between the statement and this figure, is there a new subject or activity ("实施…项目")? */
function hasOwnVerbSubject(w: SentenceWalk, from: number, to: number): boolean {
  const [clauseStart] = clauseOf(w, to);
  const lead = w.matchText.slice(clauseStart, to);
  if (w.input.continuation.test(lead)) return false;
  return lead.length > 0 && from < clauseStart;
}
