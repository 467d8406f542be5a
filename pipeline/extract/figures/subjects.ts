// Whose a figure is: a place that opens its clause is the subject; places listed before a metric
// with 分别 each get a slot; a part (其中…) of a metric already stated is no statement of the region.
import type { ResolvedMention } from '../../resolve/resolveRegions.ts';
import type { MetricToken } from '../scanMetrics.ts';
import { clauseOf, withoutLabel, type SentenceWalk } from './sentenceWalk.ts';

const SUBJECT_LEAD = /^(在|由|据|其中|同时|目前|当年|近日|此外|另外|特别是|如今的?|以来)?$/;

/** The text from `from` to `to` without the periods named in it. */
function withoutPeriods(w: SentenceWalk, from: number, to: number): string {
  let text = w.matchText.slice(from, to);
  for (const p of w.input.periods)
    if (p.start >= from && p.end <= to) text = text.replace(w.matchText.slice(p.start, p.end), '');
  return text;
}

/** A subject opens its clause ("2021年底，临洮县完成…", "全市森林覆盖率…"); a place named mid-clause
 *  ("打造全市清洁能源基地核心区") only qualifies something else. */
export function startsClause(w: SentenceWalk, m: ResolvedMention): boolean {
  const [clauseStart, clauseEnd] = clauseOf(w, m.start);
  const lead = withoutLabel(withoutPeriods(w, clauseStart, m.start)).replace(/^[\s“"‘(（]+/, '');
  // "在2023年度全省高质量发展综合考核中获评…": a place inside the frame of an assessment is its scope.
  if (/^在$/.test(lead) && /^[^，,；;。]*?中/.test(w.matchText.slice(m.end, clauseEnd))) return false;
  return SUBJECT_LEAD.test(lead);
}

/**
 * "粮食总产量201.5万吨。其中，小春粮食产量38.2万吨": after 其中, a phrase the paragraph has stated
 * already, qualified by words of its clause that are not part of it, names a part of the metric.
 */
export function isPartOfStated(w: SentenceWalk, t: MetricToken): boolean {
  if (t.kind === 'ratio' || t.kind === 'compound') return false;
  const metricId = t.metricIds[0] ?? '';
  const stated =
    w.input.statedMetrics.has(metricId) ||
    w.facts.some((f) => f.metricId === metricId) ||
    w.open?.metricIds.includes(metricId);
  if (!stated) return false;
  if (!/其中/.test(w.matchText.slice(w.input.span[0], t.start))) return false;
  const [clauseStart] = clauseOf(w, t.start);
  const qualifier = withoutPeriods(w, clauseStart, t.start).replace(/^[\s“"]*(其中)?[，,:：]?/, '');
  if (!/^[\p{Script=Han}]{1,6}$/u.test(qualifier)) return false;
  return !w.input.mentions.some((m) => m.start >= clauseStart && m.end <= t.start);
}

/**
 * "崇信县、华亭市分别完成造林绿化5.5万亩、6.5万亩", "宁晋县、沙河市地区生产总值分别为…": places
 * listed at the start of the clause, with 分别 before the metric or right after it, each get a slot.
 */
export function placesListedBefore(w: SentenceWalk, t: MetricToken): string[] | 'joint' | null {
  const { matchText } = w;
  const [clauseStart, clauseEnd] = clauseOf(w, t.start);
  const before = w.input.mentions.filter(
    (m) => m.start >= clauseStart && m.end <= t.start && m.regionId && !m.isContext,
  );
  if (before.length < 2) return null;
  const first = before[0] as ResolvedMention;
  const lead = withoutPeriods(w, clauseStart, first.start);
  if (!SUBJECT_LEAD.test(lead.replace(/^[\s“"‘(（]+/, ''))) return null;
  for (let i = 1; i < before.length; i += 1) {
    const gap = matchText.slice((before[i - 1] as ResolvedMention).end, (before[i] as ResolvedMention).start);
    if (!/^[、和及与]$/.test(gap)) return null;
  }
  const last = before[before.length - 1] as ResolvedMention;
  const between = matchText.slice(last.end, t.start);
  const after = matchText.slice(t.end, clauseEnd);
  if (!/^[\p{Script=Han}]{0,6}$/u.test(between)) return null;
  if (!/分别/.test(between) && !/^分别/.test(after)) return 'joint';
  return before.map((m) => m.regionId as string);
}
