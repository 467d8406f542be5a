// Figures as the walk meets them: placed in the open statement, given to a 分别 list, opening a
// second target ("确保…，力争…"), opening the metric right after them ("99.73%的…"), or left
// unmapped with who, when and what kind they would be.
import { canonicalPeriod } from '../scanPeriods.ts';
import type { NumberToken } from '../scanNumbers.ts';
import { distributeOverMembers, setAsideLongerList } from './distributiveLists.ts';
import { placeNumber } from './placeNumber.ts';
import { clauseOf, kindAt, periodString, type SentenceWalk } from './sentenceWalk.ts';
import { closeStatement, openStatement } from './statements.ts';
import type { Statement } from './types.ts';

export function readNumber(w: SentenceWalk, token: NumberToken, index: number): void {
  if (w.consumedNumbers.has(token)) return;
  w.seenFigure = true;
  let statement = w.open;
  if (statement?.ratio && token.start < statement.ratio.end) return;
  // "1万-5万元", "数十亿元": what the reader cannot state as one figure is left out, and said.
  if (token.role === 'unsure') {
    const [clauseStart, clauseEnd] = clauseOf(w, token.start);
    const said = `"${w.matchText.slice(clauseStart, clauseEnd)}": a range or a vague amount, not one figure; left out`;
    if (!w.warnings.includes(said)) w.warnings.push(said);
    return;
  }
  // "比上年增加12天": the size of a change is no level of any metric.
  if (token.role === 'change') {
    w.unmapped.push({ token, clause: clauseOf(w, token.start) });
    return;
  }
  if (statement && growthListAfterValues(statement, token) && distributeOverMembers(w, statement, index)) return;
  if (token.distributive && statement && statement.kind !== 'ratio' && setAsideLongerList(w, statement, token, index))
    return;
  statement = secondTarget(w, statement, token) ?? statement;
  if (placeNumber(w, statement, token)) return;
  if (placeBeforeMetric(w, token, index)) return;
  // A figure of something else in a later clause ends the statement: a growth after it is that thing's.
  const current = w.open;
  const [orphanClause] = clauseOf(w, token.start);
  const continues = w.input.continuation.test(w.matchText.slice(orphanClause, token.start));
  if (current && token.role === 'value' && orphanClause > current.lastEnd && !continues) closeStatement(w);
  // An average rate no span's statement took names no figure of its own.
  if (token.average) {
    w.unmapped.push({ token, clause: clauseOf(w, token.start) });
    return;
  }
  const orphan = {
    regionId: w.subject ? w.input.ownerOf(w.subject) : null,
    period: canonicalPeriod(periodString(w)),
    kind: kindAt(w, token.start),
  };
  w.unmapped.push({ token, clause: clauseOf(w, token.start), orphan });
  if (token.role === 'value') w.members.push({ at: token.start, draft: null });
}

/** A 分别 growth rate after a one-metric statement that has its value: maybe a list over members. */
function growthListAfterValues(statement: Statement, token: NumberToken): boolean {
  const oneMetric = (statement.kind === 'single' || statement.kind === 'after') && statement.metricIds.length === 1;
  return (
    token.role === 'growth' && token.distributive && oneMetric && !statement.growths[0] && Boolean(statement.values[0])
  );
}

/** "确保增长22%，力争增长30%": a second, higher target of the same metric is a target of its own.
 *  Returns the statement opened for it, or null. */
function secondTarget(w: SentenceWalk, statement: Statement | null, token: NumberToken): Statement | null {
  if (
    !statement ||
    statement.metricIds.length !== 1 ||
    token.role !== 'growth' ||
    statement.periods ||
    statement.regions
  )
    return null;
  const firstGrowth = statement.growths[0];
  if (!firstGrowth) return null;
  const between = w.matchText.slice(firstGrowth.end, token.start);
  if (!/^[，,、；;]?\s*(力争|确保|争取)(增长|增速|达到)?$/.test(between)) return null;
  closeStatement(w);
  const cueAt = firstGrowth.end + between.search(/力争|确保|争取/);
  w.open = {
    ...statement,
    factKind: 'target',
    quoteStart: Math.max(clauseOf(w, token.start)[0], cueAt),
    values: [undefined],
    growths: [undefined],
    lastEnd: token.start,
    lastMetricEnd: token.start,
  };
  return w.open;
}

/** "99.73%的政务服务事项全程网办": the metric comes right after the figure. */
function placeBeforeMetric(w: SentenceWalk, token: NumberToken, index: number): boolean {
  const next = w.items[index + 1];
  if (next?.type !== 'metric' || w.matchText.slice(token.end, next.token.start) !== '的' || w.consumed.has(next.token))
    return false;
  openStatement(w, next.token, token.start);
  const statement = w.open;
  if (statement) statement.quoteStart = Math.min(statement.quoteStart, clauseOf(w, token.start)[0]);
  if (!placeNumber(w, statement, token)) return false;
  if (statement) statement.lastEnd = Math.max(statement.lastEnd, next.token.end);
  return true;
}
