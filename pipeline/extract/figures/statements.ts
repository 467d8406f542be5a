// Statements: a metric phrase opens one, one slot per metric (or per period, or per place listed
// before it); the figures after it fill the slots; closing it turns filled slots into fact drafts.
import { canonicalPeriod } from '../scanPeriods.ts';
import type { MetricToken } from '../scanMetrics.ts';
import type { NumberToken } from '../scanNumbers.ts';
import { clauseOf, kindAt, periodString, type SentenceWalk } from './sentenceWalk.ts';
import { readRatio } from './ratios.ts';
import { placesListedBefore } from './subjects.ts';
import type { FactDraft, Statement } from './types.ts';

/** Closes the open statement and opens one for this metric phrase, its quote from `quoteStart`. */
export function openStatement(w: SentenceWalk, token: MetricToken, quoteStart: number): void {
  closeStatement(w);
  w.consumed.add(token);
  const [clauseStart] = clauseOf(w, token.start);
  const open: Statement = {
    metricIds: [...token.metricIds],
    kind: token.kind,
    regionId: w.subject,
    period: periodString(w),
    factKind: kindAt(w, token.start),
    quoteStart: Math.min(quoteStart, clauseStart),
    lastEnd: token.end,
    lastMetricEnd: token.end,
    values: token.metricIds.map(() => undefined),
    growths: token.metricIds.map(() => undefined),
  };
  w.open = open;
  if (w.periodList && token.kind !== 'ratio' && token.metricIds.length === 1) {
    giveSlots(open, token.metricIds[0] as string, w.periodList.length);
    open.periods = w.periodList;
  }
  w.periodList = null;
  // "甘州南滩…光伏发电项目建设进度加快，带动全市工业投资增长164.9%": 全市 in the figure's own clause
  // is whose the figure is, whatever place the sentence named before.
  const ownContext = w.input.mentions
    .filter((m) => m.isContext && m.regionId && m.level !== 'zone' && m.start >= clauseStart && m.end <= token.start)
    .pop();
  if (ownContext?.regionId) open.regionId = w.input.ownerOf(ownContext.regionId);
  const places = token.kind === 'single' || token.kind === 'after' ? placesListedBefore(w, token) : null;
  // "崇信县、华亭市完成造林绿化12万亩": without 分别 the figure is theirs together, neither's alone.
  if (places === 'joint') open.regionId = null;
  else if (places && !open.periods) {
    giveSlots(open, token.metricIds[0] as string, places.length);
    open.regions = places;
  }
  if (token.kind === 'ratio') readRatio(w, open, token);
}

/** One metric said of several periods or places: one slot each. */
export function giveSlots(statement: Statement, metricId: string, count: number): void {
  statement.metricIds = Array.from({ length: count }, () => metricId);
  statement.values = Array.from({ length: count }, () => undefined);
  statement.growths = Array.from({ length: count }, () => undefined);
}

/** Closes the open statement: its filled slots become fact drafts, a mismatched list a warning. */
export function closeStatement(w: SentenceWalk): void {
  const s = w.open;
  w.open = null;
  if (!s) return;
  const n = s.metricIds.length;
  // "诉求响应率、办结率均达100%": one figure said of every metric of the list.
  shareAcross(w, s, s.values);
  shareAcross(w, s, s.growths);
  const growthCount = s.growths.filter(Boolean).length;
  // A list with a trailing qualifier ("分别增长7.5%、8.5%以上") qualifies every item.
  spreadBound(s.values);
  spreadBound(s.growths);
  const values = usableValues(w, s);
  let growths = s.growths;
  if (n > 1 && growthCount > 0 && growthCount < n) {
    w.warnings.push(
      `"${w.matchText.slice(s.quoteStart, s.lastEnd)}": ${n} metrics but ${growthCount} growth rates; growth not used`,
    );
    growths = s.growths.map(() => undefined);
  }
  settleKind(w, s, values, growths);
  s.metricIds.forEach((metricId, i) => writeDraft(w, s, metricId, i, values[i] ?? null, growths[i] ?? null));
  writeStartOfChange(w, s, values[0]);
  // "由2021年的12.6:59.7:27.7调整为…": the earlier year's shares, from the same quote.
  const from = s.fromRatio;
  if (from)
    s.metricIds.forEach((metricId, i) =>
      writeDraft(w, { ...s, period: from.period, ratio: from }, metricId, i, null, null),
    );
  // A statement with a growth rate of its own ends a run of 分别 members.
  if (growthCount > 0 || n > 1) w.members = [];
  w.lastClosedMetric = s.metricIds[s.metricIds.length - 1] ?? null;
}

/** The values of a statement, or none when a list of metrics got fewer values than it names. */
function usableValues(w: SentenceWalk, s: Statement): (NumberToken | undefined)[] {
  const n = s.metricIds.length;
  const valueCount = s.values.filter(Boolean).length;
  // "…分别达到30792元、11" where the page is cut off: the figures written in full are the first ones'.
  const cutOff = w.input.cutOffAt !== undefined && w.input.cutOffAt !== null && w.input.span[1] >= w.input.cutOffAt;
  const prefix = s.values.findIndex((v) => !v);
  const completePrefix = prefix > 0 && s.values.slice(prefix).every((v) => !v);
  if (n > 1 && valueCount > 0 && valueCount < n && cutOff && completePrefix && !s.growths.some(Boolean))
    return s.values;
  if (n > 1 && valueCount > 0 && valueCount < n) {
    w.warnings.push(
      `"${w.matchText.slice(s.quoteStart, s.lastEnd)}": ${n} metrics but ${valueCount} values; values not used`,
    );
    s.values.filter(Boolean).forEach((token) => token && w.unmapped.push({ token, clause: [s.quoteStart, s.lastEnd] }));
    return s.values.map(() => undefined);
  }
  return s.values;
}

/** Estimate and target cues between the metric and its figures, or right after them, set the kind. */
function settleKind(
  w: SentenceWalk,
  s: Statement,
  values: (NumberToken | undefined)[],
  growths: (NumberToken | undefined)[],
): void {
  const { input, matchText } = w;
  const [, clauseEnd] = clauseOf(w, Math.max(s.quoteStart, s.lastEnd - 1));
  // "地区生产总值预计增长6%", "…力争增长6%": a cue between the metric and its figure counts too.
  const figures = [...values, ...growths].filter((t): t is NumberToken => t !== undefined);
  const firstFigure = Math.min(...figures.map((t) => t.start), s.lastEnd);
  const between = matchText.slice(s.lastMetricEnd, firstFigure);
  if (s.factKind !== 'estimate' && input.estimateCue.test(between)) s.factKind = 'estimate';
  else if (s.factKind === 'actual' && input.targetCue.test(between)) s.factKind = 'target';
  if (s.factKind === 'actual' && input.targetAfter.test(matchText.slice(s.lastEnd, clauseEnd))) s.factKind = 'target';
  // "城镇登记失业率控制在3.7%" among results is the rate reached, not a ceiling.
  if (s.factKind !== 'target') for (const t of figures) if (t.boundInPlansOnly) delete t.bound;
}

function writeDraft(
  w: SentenceWalk,
  s: Statement,
  metricId: string,
  i: number,
  value: NumberToken | null,
  growth: NumberToken | null,
): void {
  const region = s.regions?.[i] ?? s.regionId;
  const part = s.ratio?.parts[i];
  if (!value && !growth && !part) return;
  if (!region) {
    w.warnings.push(`no region for "${w.matchText.slice(s.quoteStart, s.lastEnd)}"`);
    return;
  }
  const end = Math.max(s.lastEnd, s.ratio?.end ?? 0);
  const owner = w.input.ownerOf(region);
  const draft: FactDraft = {
    regionId: owner,
    ...(owner !== region ? { reportedBy: region } : {}),
    metricId,
    period: s.periods?.[i] ?? s.period,
    kind: s.factKind,
    value,
    growth,
    ...(part ? { ratioPart: part } : {}),
    span: [s.quoteStart, end],
  };
  w.facts.push(draft);
  // "截至9月末，…存款余额6012.5亿元": a balance is the level at the end of September.
  const toDate = /^(\d{4})-01\/(\d{2})$/.exec(draft.period);
  if (toDate && w.input.isStock(metricId)) draft.period = `${toDate[1]}-${toDate[2]}`;
  else draft.period = canonicalPeriod(draft.period);
  if (s.metricIds.length === 1 && value && !growth && s.kind !== 'ratio') w.members.push({ at: value.start, draft });
}

/** "A、B均达100%", "A、B都增长10%": the one figure of a joined list, said of each metric with 均/都. */
function shareAcross(w: SentenceWalk, s: Statement, list: (NumberToken | undefined)[]): void {
  const present = list.filter((t): t is NumberToken => t !== undefined);
  if ((s.kind !== 'single' && s.kind !== 'compound') || list.length < 2 || present.length !== 1 || s.periods) return;
  const only = present[0] as NumberToken;
  if (only.distributive || list[0] !== only) return;
  if (!/(均|都|全部|全都|一律)[\p{Script=Han}]{0,3}$/u.test(w.matchText.slice(s.lastMetricEnd, only.start))) return;
  list.fill(only);
}

/** "分别增长7.5%、8.5%以上", "突破32万头、50万只": a qualifier at either end of a list covers the list. */
export function spreadBound(list: (NumberToken | undefined)[]): void {
  const present = list.filter((t): t is NumberToken => t !== undefined);
  if (present.length < 2) return;
  const bounded = present.filter((t) => t.bound);
  const edge = bounded.length === 1 ? bounded[0] : undefined;
  if (edge?.bound && (edge === present[0] || edge === present[present.length - 1])) {
    for (const t of present) t.bound = edge.bound;
  }
}

/** Adds a metric listed right after the statement's last one ("A、B分别…"), before any figure. */
export function joinsStatement(w: SentenceWalk, current: Statement, t: MetricToken): boolean {
  if (current.periods || current.regions) return false;
  const noFigureYet = current.values.every((v) => !v) && current.growths.every((g) => !g);
  if (!noFigureYet || !/^(、|和|及|与)$/.test(w.matchText.slice(current.lastMetricEnd, t.start))) return false;
  current.metricIds.push(...t.metricIds);
  current.values.push(undefined);
  current.growths.push(undefined);
  current.lastMetricEnd = t.end;
  current.lastEnd = t.end;
  w.consumed.add(t);
  return true;
}

/**
 * "生产总值由2016年的423.3亿元增加到2020年的526.4亿元", "2012年至2021年…由13.12亿元增长到25.64亿元": the
 * level a change started from is the figure of the year it names (or the span's first year); with
 * no year named, it is no figure of any year.
 */
function writeStartOfChange(w: SentenceWalk, s: Statement, end: NumberToken | undefined): void {
  if (!end || s.metricIds.length !== 1 || s.kind === 'ratio' || s.periods || s.regions) return;
  const metricId = s.metricIds[0] as string;
  const unit = w.input.metricUnit(metricId);
  const start = w.input.numbers
    .filter((n) => n.role === 'baseline' && n.start > s.lastMetricEnd && n.end <= end.start)
    .filter((n) => w.input.unitsCompatible(n.unit, unit))
    .pop();
  if (!start) return;
  const lead = w.matchText.slice(s.lastMetricEnd, start.start);
  const named = /[由从](\d{4})年(?:底|末)?的?$/.exec(lead)?.[1];
  const endYear = Number(/^\d{4}/.exec(s.period)?.[0] ?? 0);
  let year =
    named ??
    (/[由从](上年|去年)(?:底|末)?的?$/.test(lead) && endYear
      ? String(endYear - 1)
      : /[由从]$/.test(lead)
        ? s.spanStart
        : undefined);
  if (!year && /[由从]$/.test(lead)) {
    // "2012年至2021年十年间，…由13.12亿元增长到25.64亿元": the change runs from the first year named.
    const before = w.matchText.slice(w.input.span[0], s.lastMetricEnd);
    const run = [...before.matchAll(/(\d{4})年?\s*(?:至|到|—|－|-)\s*(\d{4})年/g)].pop();
    if (run && Number(run[2]) === endYear) year = run[1];
  }
  if (!year) return;
  const members = w.members.length;
  writeDraft(w, { ...s, period: year, factKind: 'actual' }, metricId, 0, start, null);
  // The start of a change takes no growth rate of a 分别 list.
  w.members.length = members;
}
