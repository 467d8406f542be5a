// Periods as the walk meets them: a year opening a clause frames what follows (and the paragraph's
// next sentences), a plan word or span of years makes a span, a list of parts of the year gives the
// next metric one slot per part, "70年来" dates nothing.
import type { PeriodToken } from '../scanPeriods.ts';
import { clauseOf, withoutLabel, type SentenceWalk } from './sentenceWalk.ts';

/** The year of a figure under "70年来", "近年来": none (such figures are not written). */
const UNDATED_YEAR = 0;

export function readPeriod(w: SentenceWalk, t: PeriodToken): void {
  if (t.since) return;
  if (datesFigureBefore(w, t)) return;
  if (t.planWord || t.span) {
    w.periodSpan = t.span ?? w.input.namedPlan ?? [w.input.reviewYear - 4, w.input.reviewYear];
    // "2012年至2021年" names its first year; "十四五", "这五年" start from the year before (十三五末).
    w.spanIsPlan = !/^\d{4}/.test(w.matchText.slice(t.start, t.end));
    // "“十四五”期间，七里河区经济实现跨越增长。地区生产总值年均增长4.5%": a span opening the sentence
    // frames the paragraph's next sentences.
    if (w.matchText.slice(w.input.span[0], t.start).trim() === '') w.paragraphSpan = w.periodSpan;
    w.year = w.periodSpan[1];
    w.suffix = '';
    return;
  }
  if (t.year !== undefined && !readYear(w, t, t.year)) return;
  if (t.year === undefined && t.suffixes && t.suffixes.length > 1 && t.suffixes.every((x) => x !== '')) {
    w.periodList = t.suffixes.map((x) => `${w.year}-${x}`);
    w.suffix = t.suffixes[t.suffixes.length - 1] ?? '';
  }
  if (t.suffixes?.[0] === 'UNDATED') {
    readUndated(w, t);
    return;
  }
  if (t.suffixes && t.suffixes.length === 1) readPartOfYear(w, t, t.suffixes[0] ?? '');
}

/** "地区生产总值:10.12亿元(2011年)": a year in brackets right after a figure is that figure's alone. */
function datesFigureBefore(w: SentenceWalk, t: PeriodToken): boolean {
  const open = w.open;
  if (t.year === undefined || t.suffixes?.some((x) => x !== '') || !open) return false;
  const figureEnd = Math.max(0, ...[...open.values, ...open.growths].map((x) => x?.end ?? 0));
  if (figureEnd === 0 || !/^\s*[(（]\s*$/.test(w.matchText.slice(figureEnd, t.start))) return false;
  if (!/^\s*[)）]/.test(w.matchText.slice(t.end))) return false;
  open.period = String(t.year);
  open.lastEnd = Math.max(open.lastEnd, t.end + 1);
  return true;
}

/** A named year; false when it only dates the start of a change ("由1978年的…"). */
function readYear(w: SentenceWalk, t: PeriodToken, year: number): boolean {
  const { matchText } = w;
  const [clauseStart] = clauseOf(w, t.start);
  const lead = withoutLabel(matchText.slice(clauseStart, t.start)).replace(/^\s+/, '');
  // "城镇化率由1978年的6.1%提高到38.4%": the year a change started from dates only its start.
  if (/(由|从)$/.test(lead)) return false;
  // "…增加到2020年的526.4亿元": the year a change ended in is the year the paragraph goes on about.
  if (/(增加到|提高到|提升到|增长到|增至|达到|扩大到|到|至)$/.test(lead) && /(由|从)/.test(lead))
    w.paragraphYear = year;
  w.periodSpan = null;
  w.lastYearAt = t.start;
  const opensClause = /^(在|于|截至|截止|到)?$/.test(lead);
  // "1-9月，…完成2023年度…": the same year named mid-clause keeps the part of it.
  if (opensClause || year !== w.year) w.suffix = '';
  w.year = year;
  // "2023年，全市…", "2021年底，临洮县…" frame what follows; "1956年震惊世界的…大爆破" dates an event.
  const frames =
    /^[，,:：\s]/.test(matchText.slice(t.end, t.end + 1)) || w.input.mentions.some((m) => m.start === t.end);
  if (opensClause && frames && !t.suffixes?.some((x) => x !== '')) w.paragraphYear = year;
  return true;
}

/** "70年来，…城镇化率提高到38.4%": no definite year; the figure is not written unless a year follows. */
function readUndated(w: SentenceWalk, t: PeriodToken): void {
  w.year = UNDATED_YEAR;
  w.suffix = '';
  w.periodSpan = null;
  const [clauseStart] = clauseOf(w, t.start);
  const lead = w.matchText.slice(clauseStart, t.start).trim();
  if (lead === '' || /^(据介绍|据统计)?$/.test(lead)) w.paragraphYear = UNDATED_YEAR;
}

function readPartOfYear(w: SentenceWalk, t: PeriodToken, written: string): void {
  w.suffix = cumulativeOfDocument(w, written);
  const [clauseStart] = clauseOf(w, t.start);
  // "金融生态优化,至11月份,全区…", "一季度，全市…": a part of the year opening a paragraph covers it.
  const clauseIndex = w.input.clauses.findIndex(([cs]) => cs === clauseStart);
  const opens = w.matchText.slice(clauseStart, t.start).trim() === '';
  if (w.suffix !== '' && clauseIndex >= 0 && clauseIndex <= 1 && opens) w.paragraphSuffix = w.suffix;
}

/** In a document about 前三季度, "三季度，全县实现…" is the year to the end of that quarter;
 *  "今年以来" in a document about 上半年 is that half; "当月" is the last month of the period. */
function cumulativeOfDocument(w: SentenceWalk, written: string): string {
  const documentSuffix = w.input.documentSuffix;
  if (written === 'YTD?') return documentSuffix || 'YTD';
  if (written === 'MONTH') return lastMonthOf(w.suffix || documentSuffix || '') ?? w.suffix;
  const doc = /^01\/(\d{2})$/.exec(documentSuffix ?? '');
  const quarter = /^Q([1-4])$/.exec(written);
  return doc && quarter && Number(quarter[1]) * 3 === Number(doc[1]) ? (documentSuffix as string) : written;
}

/** The last month of a part of a year: Q1 → 03, H1 → 06, 01/09 → 09. */
function lastMonthOf(suffix: string): string | null {
  const q = /^Q([1-4])$/.exec(suffix);
  if (q) return String(Number(q[1]) * 3).padStart(2, '0');
  if (suffix === 'H1') return '06';
  if (suffix === 'H2') return '12';
  return /(?:^|\/)(\d{2})$/.exec(suffix)?.[1] ?? null;
}
