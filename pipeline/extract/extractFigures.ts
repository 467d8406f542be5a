// Assembles the figures of one sentence into facts. Walking the sentence left to right, a metric
// phrase opens a statement; the values and growth rates after it fill the statement's slots (one
// per metric: "城乡居民人均可支配收入分别达到29695元、10324元，同比增长7.6%、11.1%" fills two);
// a clause that only gives a growth rate or a bound ("，同比增长18.5%", "，跨上70亿元台阶") completes
// the open statement. A 分别 list of growth rates after metrics stated one by one ("接待游客…万人次，
// 实现旅游综合收入…亿元，分别增长18.2%和21.5%") goes to them in order, and a list of periods
// ("一季度、上半年、前三季度…增速分别为…") gives one slot per period. A figure whose unit does not fit
// the metric is not forced into it: it is reported as unmapped, with its quote, so the lexicon can
// grow; a list whose count does not match gives a warning and nothing.
import type { FactKind } from '../../src/data/schema.ts';
import type { ResolvedMention } from '../resolve/resolveRegions.ts';
import type { MetricToken } from './scanMetrics.ts';
import type { NumberToken } from './scanNumbers.ts';
import { canonicalPeriod, type PeriodToken } from './scanPeriods.ts';
import type { ParsedUnit } from './units.ts';

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

export type SentenceInput = {
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
  estimateCue: RegExp;
  targetCue: RegExp;
  /** Right after a figure, in its clause: the figure names a target ("…6%以上的年度目标顺利实现"). */
  targetAfter: RegExp;
  /** Opening words of a clause that continues the statement before it (同比, 增长, 比2022年…). */
  continuation: RegExp;
  /** A level at a point in time: a to-date period ("截至9月末") is its month. */
  isStock(metricId: string): boolean;
  /** Metrics the paragraph has already given figures for (a later "其中，小春粮食产量…" is a part). */
  statedMetrics: ReadonlySet<string>;
  /** The metric the sentence before stated last, and whether this sentence breaks it down by place. */
  carriedMetric: string | null;
  breakdownCue: RegExp;
  /** A growth rate right at the start of the text ("增长12.1%", "同比下降3%"). */
  growthLead: RegExp;
  metricUnit(metricId: string): ParsedUnit;
  /** A figure in this unit can be stated in the metric's (公顷 in 万亩). */
  unitsCompatible(from: ParsedUnit, to: ParsedUnit): boolean;
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
  /** The subject named in this sentence before its first figure. */
  leadingSubject: string | null;
};

type Statement = {
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
  /** One period per slot, when one metric follows a list of periods. */
  periods?: string[];
  /** One region per slot: "崇信县、华亭市分别完成造林绿化5.5万亩、6.5万亩". */
  regions?: string[];
};

/** A figure that may belong to a 分别 list of growth rates: a closed one-metric statement with a
 *  value and no growth yet, or a value no metric took (a member that gets nothing). */
type ListMember = { at: number; draft: FactDraft | null };

type Item =
  | { at: number; type: 'metric'; token: MetricToken }
  | { at: number; type: 'number'; token: NumberToken }
  | { at: number; type: 'period'; token: PeriodToken }
  | { at: number; type: 'mention'; token: ResolvedMention }
  | { at: number; type: 'break'; strong: boolean };

/** The year of a figure under "70年来", "近年来": none (such figures are not written). */
const UNDATED_YEAR = 0;
/** A sentence opening like this breaks down the figure of the sentence before it. */
const BREAKDOWN_LEAD = /^\s*(分产业看|分产业|按产业分|分三次产业看|分三大产业看|分三大门类看|分门类看|其中)/;
const SUBJECT_LEAD = /^(在|由|据|其中|同时|目前|当年|近日|此外|另外|特别是|如今的?|以来)?$/;
const ratioPattern = /^\D{0,6}?((\d+(?:\.\d+)?)(?::\s?(\d+(?:\.\d+)?)){2,})/;

export function extractFigures(input: SentenceInput): SentenceResult {
  const { matchText } = input;
  const facts: FactDraft[] = [];
  const unmapped: UnmappedFigure[] = [];
  const warnings: string[] = [];
  const clauseOf = (pos: number) => input.clauses.find(([s, e]) => pos >= s && pos < e) ?? input.span;
  const breakingDown = input.breakdownCue.test(matchText.slice(input.span[0], input.span[1]));
  const opensBreakdown = BREAKDOWN_LEAD.test(matchText.slice(input.span[0], input.span[1]));

  const items: Item[] = [
    ...input.metrics.map((token) => ({ at: token.start, type: 'metric' as const, token })),
    ...input.numbers.filter((t) => t.role !== 'baseline').map((token) => ({ at: token.start, type: 'number' as const, token })),
    ...input.periods.map((token) => ({ at: token.start, type: 'period' as const, token })),
    ...input.mentions.map((token) => ({ at: token.start, type: 'mention' as const, token })),
  ];
  for (let i = input.span[0]; i < input.span[1]; i += 1) {
    const ch = matchText[i];
    if (ch === '；' || ch === ';') items.push({ at: i, type: 'break', strong: true });
  }
  items.sort((a, b) => a.at - b.at || order(a) - order(b));

  let year = input.year;
  let suffix = input.suffix;
  let periodList: string[] | null = null;
  let subject: string | null = input.subjectId;
  let paragraphYear: number | null = null;
  let paragraphSuffix: string | null = null;
  let leadingSubject: string | null = null;
  let seenFigure = false;
  let lastYearAt = -1;
  let open: Statement | null = null;
  let lastClosedMetric: string | null = null;
  const consumed = new Set<MetricToken>();
  const consumedNumbers = new Set<NumberToken>();
  let members: ListMember[] = [];

  let span: [number, number] | null = null;
  const periodString = () => (span ? `${span[0]}/${span[1]}` : suffix ? `${year}-${suffix}` : String(year));
  /** In a document about 前三季度, "三季度，全县实现…" is the year to the end of that quarter;
   *  "今年以来" in a document about 上半年 is that half; "当月" is the last month of the period. */
  const cumulativeOfDocument = (written: string) => {
    if (written === 'YTD?') return input.documentSuffix || 'YTD';
    if (written === 'MONTH') return lastMonthOf(suffix || input.documentSuffix || '') ?? suffix;
    const doc = /^01\/(\d{2})$/.exec(input.documentSuffix ?? '');
    const quarter = /^Q([1-4])$/.exec(written);
    return doc && quarter && Number(quarter[1]) * 3 === Number(doc[1]) ? (input.documentSuffix as string) : written;
  };
  const kindAt = (pos: number): FactKind => {
    const before = matchText.slice(input.span[0], pos);
    if (input.estimateCue.test(before)) return 'estimate';
    if (input.targetCue.test(before)) return 'target';
    if (input.baseKind === 'target' && year <= input.reviewYear) return 'actual';
    // "到2025年…", "明年…": a year that has not begun has no results.
    if (year > input.pubYear) return 'target';
    return input.baseKind;
  };

  function openStatement(token: MetricToken, quoteStart: number) {
    close();
    consumed.add(token);
    const [clauseStart] = clauseOf(token.start);
    open = {
      metricIds: [...token.metricIds],
      kind: token.kind,
      regionId: subject,
      period: periodString(),
      factKind: kindAt(token.start),
      quoteStart: Math.min(quoteStart, clauseStart),
      lastEnd: token.end,
      lastMetricEnd: token.end,
      values: token.metricIds.map(() => undefined),
      growths: token.metricIds.map(() => undefined),
    };
    if (periodList && token.kind !== 'ratio' && token.metricIds.length === 1) {
      const metricId = token.metricIds[0] as string;
      open.periods = periodList;
      open.metricIds = periodList.map(() => metricId);
      open.values = periodList.map(() => undefined);
      open.growths = periodList.map(() => undefined);
    }
    periodList = null;
    // "甘州南滩…光伏发电项目建设进度加快，带动全市工业投资增长164.9%": 全市 in the figure's own clause
    // is whose the figure is, whatever place the sentence named before.
    const ownContext = input.mentions.filter((m) => m.isContext && m.regionId && m.level !== 'zone' && m.start >= clauseStart && m.end <= token.start).pop();
    if (ownContext?.regionId) open.regionId = input.ownerOf(ownContext.regionId);
    const places = token.kind === 'single' || token.kind === 'after' ? placesListedBefore(token) : null;
    // "崇信县、华亭市完成造林绿化12万亩": without 分别 the figure is theirs together, neither's alone.
    if (places === 'joint') open.regionId = null;
    else if (places && !open.periods) {
      const metricId = token.metricIds[0] as string;
      open.regions = places;
      open.metricIds = places.map(() => metricId);
      open.values = places.map(() => undefined);
      open.growths = places.map(() => undefined);
    }
    if (token.kind === 'ratio') {
      const rest = matchText.slice(token.end, clauseOf(token.start)[1]);
      const found = ratioAfter(rest);
      if (found) {
        const { whole } = found;
        const wholeStart = token.end + found.at;
        const cursor = wholeStart;
        // "26: 32.5: 41.5": a space after a colon is the page's.
        const parts = [...whole.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({ decimal: m[0], start: cursor + m.index, end: cursor + m.index + m[0].length }));
        if (parts.length === token.metricIds.length) open.ratio = { parts, end: wholeStart + whole.length };
        else warnings.push(`"${token.phrase}" names ${token.metricIds.length} parts but the ratio has ${parts.length}`);
      }
    }
  }

  function fits(token: NumberToken, metricId: string): boolean {
    return input.unitsCompatible(token.unit, input.metricUnit(metricId));
  }

  function close() {
    const s: Statement | null = open;
    open = null;
    if (!s) return;
    const n = s.metricIds.length;
    // "诉求响应率、办结率均达100%": one figure said of every metric of the list.
    shareAcross(s, s.values);
    shareAcross(s, s.growths);
    const valueCount = s.values.filter(Boolean).length;
    const growthCount = s.growths.filter(Boolean).length;
    // A list with a trailing qualifier ("分别增长7.5%、8.5%以上") qualifies every item.
    spreadBound(s.values);
    spreadBound(s.growths);
    let values = s.values;
    let growths = s.growths;
    // "…分别达到30792元、11" where the page is cut off: the figures written in full are the first ones'.
    const cutOff = input.cutOffAt !== undefined && input.cutOffAt !== null && input.span[1] >= input.cutOffAt;
    const prefix = values.findIndex((v) => !v);
    const completePrefix = prefix > 0 && values.slice(prefix).every((v) => !v);
    if (n > 1 && valueCount > 0 && valueCount < n && cutOff && completePrefix && !s.growths.some(Boolean)) {
      // keep them
    } else if (n > 1 && valueCount > 0 && valueCount < n) {
      warnings.push(`"${matchText.slice(s.quoteStart, s.lastEnd)}": ${n} metrics but ${valueCount} values; values not used`);
      values.filter(Boolean).forEach((token) => token && unmapped.push({ token, clause: [s.quoteStart, s.lastEnd] }));
      values = s.values.map(() => undefined);
    }
    if (n > 1 && growthCount > 0 && growthCount < n) {
      warnings.push(`"${matchText.slice(s.quoteStart, s.lastEnd)}": ${n} metrics but ${growthCount} growth rates; growth not used`);
      growths = s.growths.map(() => undefined);
    }
    const [, clauseEnd] = clauseOf(Math.max(s.quoteStart, s.lastEnd - 1));
    // "地区生产总值预计增长6%", "…力争增长6%": a cue between the metric and its figure counts too.
    const firstFigure = Math.min(...[...values, ...growths].filter((t): t is NumberToken => t !== undefined).map((t) => t.start), s.lastEnd);
    if (s.factKind !== 'estimate' && input.estimateCue.test(matchText.slice(s.lastMetricEnd, firstFigure))) s.factKind = 'estimate';
    else if (s.factKind === 'actual' && input.targetCue.test(matchText.slice(s.lastMetricEnd, firstFigure))) s.factKind = 'target';
    if (s.factKind === 'actual' && input.targetAfter.test(matchText.slice(s.lastEnd, clauseEnd))) s.factKind = 'target';
    // "城镇登记失业率控制在3.7%" among results is the rate reached, not a ceiling.
    if (s.factKind !== 'target') for (const t of [...values, ...growths]) if (t?.boundInPlansOnly) delete t.bound;
    s.metricIds.forEach((metricId, i) => {
      const region = s.regions?.[i] ?? s.regionId;
      const value = values[i] ?? null;
      const growth = growths[i] ?? null;
      const part = s.ratio?.parts[i];
      if (!value && !growth && !part) return;
      if (!region) {
        warnings.push(`no region for "${matchText.slice(s.quoteStart, s.lastEnd)}"`);
        return;
      }
      const end = Math.max(s.lastEnd, s.ratio?.end ?? 0);
      const owner = input.ownerOf(region);
      facts.push({
        regionId: owner,
        ...(owner !== region ? { reportedBy: region } : {}),
        metricId,
        period: s.periods?.[i] ?? s.period,
        kind: s.factKind,
        value,
        growth,
        ...(part ? { ratioPart: part } : {}),
        span: [s.quoteStart, end],
      });
      const draft = facts[facts.length - 1] as FactDraft;
      // "截至9月末，…存款余额6012.5亿元": a balance is the level at the end of September.
      const toDate = /^(\d{4})-01\/(\d{2})$/.exec(draft.period);
      if (toDate && input.isStock(metricId)) draft.period = `${toDate[1]}-${toDate[2]}`;
      else draft.period = canonicalPeriod(draft.period);
      if (n === 1 && value && !growth && s.kind !== 'ratio') members.push({ at: value.start, draft });
    });
    // A statement with a growth rate of its own ends a run of 分别 members.
    if (growthCount > 0 || n > 1) members = [];
    lastClosedMetric = s.metricIds[s.metricIds.length - 1] ?? null;
  }

  /** "A、B均达100%", "A、B都增长10%": the one figure of a joined list, said of each metric with 均/都. */
  function shareAcross(s: Statement, list: (NumberToken | undefined)[]) {
    const present = list.filter((t): t is NumberToken => t !== undefined);
    if ((s.kind !== 'single' && s.kind !== 'compound') || list.length < 2 || present.length !== 1 || s.periods) return;
    const only = present[0] as NumberToken;
    if (only.distributive || list[0] !== only) return;
    if (!/(均|都|全部|全都|一律)[\p{Script=Han}]{0,3}$/u.test(matchText.slice(s.lastMetricEnd, only.start))) return;
    list.fill(only);
  }

  /**
   * "全年接待游客1186.3万人次，实现旅游综合收入108.6亿元，分别增长18.2%和21.5%": each metric was
   * stated with its own value, and the growth rates that follow go to them in order. Members are the
   * one-metric statements of the sentence since its last ；, plus the open one, plus values no metric
   * took (油料产量 without a metric is still one of the list). A count that does not match gives a
   * warning and no growth to anyone. Returns whether the list was handled.
   */
  /** The 分别 list of values or growth rates starting at this item. */
  function distributiveListAt(index: number, role: NumberToken['role']): NumberToken[] {
    const list: NumberToken[] = [];
    for (let j = index; j < items.length; j += 1) {
      const next = items[j];
      if (next?.type !== 'number' || next.token.role !== role || !next.token.distributive) break;
      list.push(next.token);
    }
    return list;
  }

  function distributeOverMembers(statement: Statement, index: number): boolean {
    const list: NumberToken[] = [];
    for (let j = index; j < items.length; j += 1) {
      const next = items[j];
      if (next?.type !== 'number' || next.token.role !== 'growth' || !next.token.distributive) break;
      list.push(next.token);
    }
    if (list.length < 2) return false;
    const own = statement.values[0];
    if (!own) return false;
    const all: ListMember[] = [...members.filter((m) => m.at < own.start), { at: own.start, draft: null }].sort((a, b) => a.at - b.at);
    list.forEach((t) => consumedNumbers.add(t));
    const last = list[list.length - 1] as NumberToken;
    if (all.length !== list.length) {
      warnings.push(`"${matchText.slice(all[0]?.at ?? own.start, last.end)}": ${all.length} figures but ${list.length} growth rates; growth not used`);
      list.forEach((token) => unmapped.push({ token, clause: clauseOf(token.start) }));
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
        unmapped.push({ token, clause: clauseOf(token.start) });
      }
    });
    statement.lastEnd = Math.max(statement.lastEnd, last.end);
    members = [];
    return true;
  }

  /** "分别增长7.5%、8.5%以上", "突破32万头、50万只": a qualifier at either end of a list covers the list. */
  function spreadBound(list: (NumberToken | undefined)[]) {
    const present = list.filter((t): t is NumberToken => t !== undefined);
    if (present.length < 2) return;
    const bounded = present.filter((t) => t.bound);
    const edge = bounded.length === 1 ? bounded[0] : undefined;
    if (edge?.bound && (edge === present[0] || edge === present[present.length - 1])) {
      for (const t of present) t.bound = edge.bound;
    }
  }

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (!item) continue;
    if (item.type === 'break') {
      close();
      members = [];
      continue;
    }
    if (item.type === 'period') {
      const t = item.token;
      if (t.since) continue;
      if (t.planWord || t.span) {
        span = t.span ?? input.namedPlan ?? [input.reviewYear - 4, input.reviewYear];
        year = span[1];
        suffix = '';
        continue;
      }
      if (t.year !== undefined) {
        const [clauseStart] = clauseOf(t.start);
        const lead = matchText.slice(clauseStart, t.start).replace(/^\s+/, '');
        // "城镇化率由1978年的6.1%提高到38.4%": the year a change started from dates only its start.
        if (/(由|从)$/.test(lead)) continue;
        // "…增加到2020年的526.4亿元": the year a change ended in is the year the paragraph goes on about.
        if (/(增加到|提高到|提升到|增长到|增至|达到|扩大到|到|至)$/.test(lead) && /(由|从)/.test(lead)) paragraphYear = t.year;
        span = null;
        lastYearAt = t.start;
        const opensClause = /^(在|于|截至|截止|到)?$/.test(lead);
        // "1-9月，…完成2023年度…": the same year named mid-clause keeps the part of it.
        if (opensClause || t.year !== year) suffix = '';
        year = t.year;
        // "2023年，全市…", "2021年底，临洮县…" frame what follows; "1956年震惊世界的…大爆破" dates an event.
        const frames = /^[，,:：\s]/.test(matchText.slice(t.end, t.end + 1)) || input.mentions.some((m) => m.start === t.end);
        if (opensClause && frames && !t.suffixes?.some((x) => x !== '')) paragraphYear = t.year;
      }
      if (t.year === undefined && t.suffixes && t.suffixes.length > 1 && t.suffixes.every((x) => x !== '')) {
        periodList = t.suffixes.map((x) => `${year}-${x}`);
        suffix = t.suffixes[t.suffixes.length - 1] ?? '';
      }
      if (t.suffixes?.[0] === 'UNDATED') {
        // "70年来，…城镇化率提高到38.4%": no definite year; the figure is not written unless a year follows.
        year = UNDATED_YEAR;
        suffix = '';
        span = null;
        const [clauseStart] = clauseOf(t.start);
        if (matchText.slice(clauseStart, t.start).trim() === '' || /^(据介绍|据统计)?$/.test(matchText.slice(clauseStart, t.start).trim())) paragraphYear = UNDATED_YEAR;
        continue;
      }
      if (t.suffixes && t.suffixes.length === 1) {
        suffix = cumulativeOfDocument(t.suffixes[0] ?? '');
        const [clauseStart] = clauseOf(t.start);
        // "金融生态优化,至11月份,全区…", "一季度，全市…": a part of the year opening a paragraph covers it.
        const clauseIndex = input.clauses.findIndex(([cs]) => cs === clauseStart);
        if (suffix !== '' && clauseIndex >= 0 && clauseIndex <= 1 && matchText.slice(clauseStart, t.start).trim() === '') paragraphSuffix = suffix;
      }
      continue;
    }
    if (item.type === 'mention') {
      const m = item.token;
      const regionId = m.level === 'zone' && m.isContext ? input.zoneSubject : m.regionId;
      if (!regionId || !m.subjectEligible || !startsClause(m)) continue;
      subject = regionId;
      if (!seenFigure && leadingSubject === null) leadingSubject = regionId;
      // "分区域看，邓州市增长12.1%", "禹州市、长葛市分别增长11.2%、10.5%": the places' growth of the
      // metric just given.
      if (input.carriedMetric && !m.isContext && breakingDown) {
        const [, clauseEnd] = clauseOf(m.start);
        const list: ResolvedMention[] = [m];
        for (const next of input.mentions) {
          const last = list[list.length - 1] as ResolvedMention;
          if (next.start > last.end && next.end <= clauseEnd && next.regionId && !next.isContext && /^[、和及与]$/.test(matchText.slice(last.end, next.start))) list.push(next);
        }
        const last = list[list.length - 1] as ResolvedMention;
        const rest = matchText.slice(last.end, clauseEnd);
        const synthetic: MetricToken = { start: last.end, end: last.end, phrase: '', metricIds: [input.carriedMetric], kind: 'single' };
        if (list.length === 1 && input.growthLead.test(rest)) openStatement(synthetic, m.start);
        else if (list.length > 1 && /^分别/.test(rest) && input.growthLead.test(rest.slice(2))) {
          openStatement(synthetic, m.start);
          const st = open as Statement | null;
          if (st) {
            st.regions = list.map((x) => x.regionId as string);
            st.metricIds = list.map(() => input.carriedMetric as string);
            st.values = list.map(() => undefined);
            st.growths = list.map(() => undefined);
          }
        }
      }
      continue;
    }
    if (item.type === 'metric') {
      const t = item.token;
      if (consumed.has(t)) continue;
      const current = open as Statement | null;
      if (t.kind === 'after') {
        // "分产业看，第一产业4.41亿元": a sentence breaking down the figure before it continues its metric.
        const previous = current?.metricIds[current.metricIds.length - 1] ?? lastClosedMetric ?? (opensBreakdown ? input.carriedMetric : null);
        if (previous !== t.requires) continue;
        // "牛饲养量、出栏量分别…": a second metric right after the first, before any figure, joins it.
        if (current && joinsStatement(current, t)) continue;
      }
      if (current && t.kind === 'single' && current.kind !== 'ratio' && joinsStatement(current, t)) continue;
      if (isPartOfStated(t)) {
        close();
        continue;
      }
      // "占全市规上工业总产值的比重为69.3%": the whole a share is of is no statement of its own.
      if (/占(全市|全县|全区|全省|全国|全州)?$/.test(matchText.slice(Math.max(input.span[0], t.start - 3), t.start)) && /^的?(比重|比例|份额)/.test(matchText.slice(t.end, t.end + 3))) continue;
      // "除地区生产总值大幅提升外，…": a metric set aside by 除…外 gives no figure there.
      {
        const [cs, ce] = clauseOf(t.start);
        if (/^\s*除/.test(matchText.slice(cs, t.start)) && /外$/.test(matchText.slice(t.end, ce).trim())) {
          close();
          continue;
        }
      }
      // "预算内及专项债券资金10亿元": a metric joined to another noun names a combined amount.
      if (/[及和与]$/.test(matchText.slice(Math.max(input.span[0], t.start - 1), t.start)) && !input.metrics.some((o) => o.end === t.start - 1)) {
        close();
        continue;
      }
      openStatement(t, clauseOf(t.start)[0]);
      continue;
    }

    // A number.
    const token = item.token;
    if (consumedNumbers.has(token)) continue;
    seenFigure = true;
    let statement = open as Statement | null;
    if (statement?.ratio && token.start < statement.ratio.end) continue;
    // "比上年增加12天": the size of a change is no level of any metric.
    if (token.role === 'change') {
      unmapped.push({ token, clause: clauseOf(token.start) });
      continue;
    }
    if (token.role === 'growth' && token.distributive && statement && (statement.kind === 'single' || statement.kind === 'after') && statement.metricIds.length === 1 && !statement.growths[0] && statement.values[0]) {
      if (distributeOverMembers(statement, index)) continue;
    }
    // "城镇、农村居民人均可支配收入分别达到42150元、18620元" read as one metric: a 分别 list longer
    // than the statement's slots belongs to metrics the sentence names some other way; none is taken.
    if (token.distributive && statement && statement.kind !== 'ratio') {
      const slots = token.role === 'growth' ? statement.growths : statement.values;
      const list = distributiveListAt(index, token.role);
      if (list.length > 1 && slots.every((x) => !x) && list.length !== slots.length) {
        warnings.push(`"${matchText.slice(statement.quoteStart, (list[list.length - 1] as NumberToken).end)}": ${slots.length} metrics but ${list.length} figures after 分别; none used`);
        for (const t of list) {
          consumedNumbers.add(t);
          unmapped.push({ token: t, clause: clauseOf(t.start) });
        }
        continue;
      }
    }
    // "确保增长22%，力争增长30%": a second, higher target of the same metric is a target of its own.
    if (statement && statement.metricIds.length === 1 && token.role === 'growth' && statement.growths[0] && !statement.periods && !statement.regions) {
      const between = matchText.slice((statement.growths[0] as NumberToken).end, token.start);
      if (/^[，,、；;]?\s*(力争|确保|争取)(增长|增速|达到)?$/.test(between)) {
        const first = statement;
        close();
        const cueAt = (first.growths[0] as NumberToken).end + between.search(/力争|确保|争取/);
        open = { ...first, factKind: 'target', quoteStart: Math.max(clauseOf(token.start)[0], cueAt), values: [undefined], growths: [undefined], lastEnd: token.start, lastMetricEnd: token.start };
        statement = open as Statement | null;
      }
    }
    if (!placeNumber(statement, token)) {
      // "99.73%的政务服务事项全程网办": the metric comes right after the figure.
      const next = items[index + 1];
      const link = next?.type === 'metric' ? matchText.slice(token.end, next.token.start) : null;
      if (next?.type === 'metric' && link === '的' && !consumed.has(next.token)) {
        openStatement(next.token, token.start);
        statement = open as Statement | null;
        if (statement) statement.quoteStart = Math.min(statement.quoteStart, clauseOf(token.start)[0]);
        if (placeNumber(statement, token)) {
          if (statement) statement.lastEnd = Math.max(statement.lastEnd, next.token.end);
          continue;
        }
      }
      // A figure of something else in a later clause ends the statement: a growth after it is that thing's.
      const current = open as Statement | null;
      const [orphanClause] = clauseOf(token.start);
      if (current && token.role === 'value' && orphanClause > current.lastEnd && !input.continuation.test(matchText.slice(orphanClause, token.start))) close();
      unmapped.push({ token, clause: clauseOf(token.start), orphan: { regionId: subject ? input.ownerOf(subject) : null, period: canonicalPeriod(periodString()), kind: kindAt(token.start) } });
      if (token.role === 'value') members.push({ at: token.start, draft: null });
    }
  }
  close();
  return { facts, unmapped, warnings, paragraphYear, paragraphSuffix, leadingSubject };

  /** A subject opens its clause ("2021年底，临洮县完成…", "全市森林覆盖率…"); a place named mid-clause
   *  ("打造全市清洁能源基地核心区") only qualifies something else. */
  function startsClause(m: ResolvedMention): boolean {
    const [clauseStart] = clauseOf(m.start);
    let lead = matchText.slice(clauseStart, m.start);
    for (const p of input.periods) {
      if (p.start >= clauseStart && p.end <= m.start) lead = lead.replace(matchText.slice(p.start, p.end), '');
    }
    lead = lead.replace(/^[\s“"‘(（]+/, '');
    // "在2023年度全省高质量发展综合考核中获评…": a place inside the frame of an assessment is its scope.
    const [, clauseEnd] = clauseOf(m.start);
    if (/^在$/.test(lead) && /^[^，,；;。]*?中/.test(matchText.slice(m.end, clauseEnd))) return false;
    return SUBJECT_LEAD.test(lead);
  }

  /**
   * "粮食总产量201.5万吨。其中，小春粮食产量38.2万吨": after 其中, a phrase the paragraph has stated
   * already, qualified by words of its clause that are not part of it, names a part of the metric.
   */
  function isPartOfStated(t: MetricToken): boolean {
    if (t.kind === 'ratio' || t.kind === 'compound') return false;
    const metricId = t.metricIds[0] ?? '';
    const current = open as Statement | null;
    if (!input.statedMetrics.has(metricId) && !facts.some((f) => f.metricId === metricId) && !current?.metricIds.includes(metricId)) return false;
    const sinceSentence = matchText.slice(input.span[0], t.start);
    if (!/其中/.test(sinceSentence)) return false;
    const [clauseStart] = clauseOf(t.start);
    let qualifier = matchText.slice(clauseStart, t.start);
    for (const p of input.periods) if (p.start >= clauseStart && p.end <= t.start) qualifier = qualifier.replace(matchText.slice(p.start, p.end), '');
    qualifier = qualifier.replace(/^[\s“"]*(其中)?[，,:：]?/, '');
    if (!/^[\p{Script=Han}]{1,6}$/u.test(qualifier)) return false;
    return !input.mentions.some((m) => m.start >= clauseStart && m.end <= t.start);
  }

  /**
   * "崇信县、华亭市分别完成造林绿化5.5万亩、6.5万亩", "宁晋县、沙河市地区生产总值分别为…": places
   * listed at the start of the clause, with 分别 before the metric or right after it, each get a slot.
   */
  function placesListedBefore(t: MetricToken): string[] | 'joint' | null {
    const [clauseStart, clauseEnd] = clauseOf(t.start);
    const before = input.mentions.filter((m) => m.start >= clauseStart && m.end <= t.start && m.regionId && !m.isContext);
    if (before.length < 2) return null;
    const first = before[0] as ResolvedMention;
    let lead = matchText.slice(clauseStart, first.start);
    for (const p of input.periods) if (p.start >= clauseStart && p.end <= first.start) lead = lead.replace(matchText.slice(p.start, p.end), '');
    if (!SUBJECT_LEAD.test(lead.replace(/^[\s“"‘(（]+/, ''))) return null;
    for (let i = 1; i < before.length; i += 1) {
      if (!/^[、和及与]$/.test(matchText.slice((before[i - 1] as ResolvedMention).end, (before[i] as ResolvedMention).start))) return null;
    }
    const last = before[before.length - 1] as ResolvedMention;
    const between = matchText.slice(last.end, t.start);
    const after = matchText.slice(t.end, clauseEnd);
    if (!/^[\p{Script=Han}]{0,6}$/u.test(between)) return null;
    if (!/分别/.test(between) && !/^分别/.test(after)) return 'joint';
    return before.map((m) => m.regionId as string);
  }

  /** Adds a metric listed right after the statement's last one ("A、B分别…"), before any figure. */
  function joinsStatement(current: Statement, t: MetricToken): boolean {
    if (current.periods || current.regions) return false;
    const noFigureYet = current.values.every((v) => !v) && current.growths.every((g) => !g);
    if (!noFigureYet || !/^(、|和|及|与)$/.test(matchText.slice(current.lastMetricEnd, t.start))) return false;
    current.metricIds.push(...t.metricIds);
    current.values.push(undefined);
    current.growths.push(undefined);
    current.lastMetricEnd = t.end;
    current.lastEnd = t.end;
    consumed.add(t);
    return true;
  }

  function placeNumber(statement: Statement | null, token: NumberToken): boolean {
    if (!statement || statement.kind === 'ratio') return false;
    const slots = token.role === 'growth' ? statement.growths : statement.values;
    const slot = slots.findIndex((s) => s === undefined);
    if (slot < 0) return false;
    if (statement.metricIds.length === 1 && slots.some(Boolean)) return false;
    const metricId = statement.metricIds[slot];
    if (!metricId) return false;
    if (token.role === 'value' && !fits(token, metricId)) return false;
    if (token.role === 'growth' && token.unit.dimension === 'percentage-points' && input.metricUnit(metricId).dimension !== 'percent') {
      // a change in points only makes sense for a rate
      return false;
    }
    // A value in a later clause only completes a statement that has no value yet and whose
    // clause gave a growth rate: "增长7%,跨上70亿元台阶".
    const [clauseStart] = clauseOf(token.start);
    if (token.role === 'value' && clauseStart > statement.lastEnd && !statement.growths.some(Boolean)) return false;
    if (clauseStart > statement.lastEnd && hasOwnVerbSubject(statement.lastEnd, token.start)) return false;
    // "生产总值由2016年的423.3亿元增加到2020年的526.4亿元": a year named after the metric, before its
    // first figure, is the figure's.
    const baselineBetween = (from: number) => input.numbers.some((n) => n.role === 'baseline' && n.start > from && n.start < token.start);
    if (lastYearAt > statement.lastMetricEnd && lastYearAt < token.start && [...statement.values, ...statement.growths].every((x) => !x) && !baselineBetween(lastYearAt)) statement.period = periodString();
    // "这五年，地区生产总值从1808.3亿元增至2400亿元": the end of a change over a span is the span's last year.
    const spanned = statement.period.includes('/') && !statement.period.includes('-') ? /^(\d{4})\/(\d{4})$/.exec(statement.period) : null;
    if (spanned && baselineBetween(statement.lastMetricEnd)) statement.period = spanned[2] as string;
    slots[slot] = token;
    statement.lastEnd = Math.max(statement.lastEnd, token.end);
    return true;
  }

  /** Between the statement and this figure, is there a new subject or activity ("实施…项目")? */
  function hasOwnVerbSubject(from: number, to: number): boolean {
    const [clauseStart] = clauseOf(to);
    const lead = matchText.slice(clauseStart, to);
    if (input.continuation.test(lead)) return false;
    return lead.length > 0 && from < clauseStart;
  }
}

/**
 * The ratio a ratio phrase gives ("三次产业结构调整为19.2:12.4:68.4"): the first one close after it,
 * unless that one is where a change started ("由上年的10.6:37.1:52.3调整为10.2:37.4:52.4"), which
 * gives the one it changed to.
 */
function ratioAfter(rest: string): { whole: string; at: number } | null {
  const first = ratioPattern.exec(rest);
  if (!first?.[1]) return null;
  const firstAt = first[0].length - first[1].length;
  if (!/[由从]/.test(rest.slice(0, firstAt))) return { whole: first[1], at: firstAt };
  const later = [...rest.slice(first[0].length).matchAll(/\d+(?:\.\d+)?(?::\s?\d+(?:\.\d+)?){2,}/g)].pop();
  if (!later) return null;
  const at = first[0].length + later.index;
  return /(为|到|至)$/.test(rest.slice(0, at)) ? { whole: later[0], at } : null;
}

/** The last month of a part of a year: Q1 → 03, H1 → 06, 01/09 → 09. */
function lastMonthOf(suffix: string): string | null {
  const q = /^Q([1-4])$/.exec(suffix);
  if (q) return String(Number(q[1]) * 3).padStart(2, '0');
  if (suffix === 'H1') return '06';
  if (suffix === 'H2') return '12';
  return /(?:^|\/)(\d{2})$/.exec(suffix)?.[1] ?? null;
}

function order(item: Item): number {
  // At one position: a period or mention applies before the figure that starts there.
  return item.type === 'period' ? 0 : item.type === 'mention' ? 1 : item.type === 'metric' ? 2 : item.type === 'break' ? 3 : 4;
}
