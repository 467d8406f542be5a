// 分别 lists: "全年接待游客1186.3万人次，实现旅游综合收入108.6亿元，分别增长18.2%和21.5%" — each
// metric was stated with its own value, and the growth rates that follow go to them in order.
import type { NumberToken } from '../scanNumbers.ts';
import { clauseOf, type SentenceWalk } from './sentenceWalk.ts';
import { spreadBound } from './statements.ts';
import type { ListMember, Statement } from './types.ts';

/** The 分别 list of values or growth rates starting at this item. */
export function distributiveListAt(w: SentenceWalk, index: number, role: NumberToken['role']): NumberToken[] {
  const list: NumberToken[] = [];
  for (let j = index; j < w.items.length; j += 1) {
    const next = w.items[j];
    if (next?.type !== 'number' || next.token.role !== role || !next.token.distributive) break;
    list.push(next.token);
  }
  return list;
}

/**
 * Members are the one-metric statements of the sentence since its last ；, plus the open one, plus
 * values no metric took (油料产量 without a metric is still one of the list). A count that does not
 * match gives a warning and no growth to anyone. Returns whether the list was handled.
 */
export function distributeOverMembers(w: SentenceWalk, statement: Statement, index: number): boolean {
  const list = distributiveListAt(w, index, 'growth');
  if (list.length < 2) return false;
  const own = statement.values[0];
  if (!own) return false;
  const all: ListMember[] = [...w.members.filter((m) => m.at < own.start), { at: own.start, draft: null }].sort(
    (a, b) => a.at - b.at,
  );
  list.forEach((t) => w.consumedNumbers.add(t));
  const last = list[list.length - 1] as NumberToken;
  if (all.length !== list.length) {
    w.warnings.push(
      `"${w.matchText.slice(all[0]?.at ?? own.start, last.end)}": ${all.length} figures but ${list.length} growth rates; growth not used`,
    );
    list.forEach((token) => w.unmapped.push({ token, clause: clauseOf(w, token.start) }));
    statement.lastEnd = Math.max(statement.lastEnd, last.end);
    return true;
  }
  spreadBound(list);
  all.forEach((m, i) => {
    const token = list[i] as NumberToken;
    if (m.at === own.start && m.draft === null) {
      statement.growths[0] = token;
    } else if (m.draft) {
      m.draft.growth = token;
      m.draft.span = [m.draft.span[0], Math.max(m.draft.span[1], last.end)];
    } else {
      w.unmapped.push({ token, clause: clauseOf(w, token.start) });
    }
  });
  statement.lastEnd = Math.max(statement.lastEnd, last.end);
  w.members = [];
  return true;
}

/**
 * "城镇、农村居民人均可支配收入分别达到42150元、18620元" read as one metric: a 分别 list longer than
 * the statement's slots belongs to metrics the sentence names some other way; none is taken.
 * Returns whether the list was set aside.
 */
export function setAsideLongerList(w: SentenceWalk, statement: Statement, token: NumberToken, index: number): boolean {
  const slots = token.role === 'growth' ? statement.growths : statement.values;
  const list = distributiveListAt(w, index, token.role);
  if (!(list.length > 1 && slots.every((x) => !x) && list.length !== slots.length)) return false;
  const lastEnd = (list[list.length - 1] as NumberToken).end;
  w.warnings.push(
    `"${w.matchText.slice(statement.quoteStart, lastEnd)}": ${slots.length} metrics but ${list.length} figures after 分别; none used`,
  );
  for (const t of list) {
    w.consumedNumbers.add(t);
    w.unmapped.push({ token: t, clause: clauseOf(w, t.start) });
  }
  return true;
}
