// Period expressions in a sentence: years (2021年, 2021年底, 2021年度), halves, quarters and lists
// of quarters (一、二季度) or of periods (一季度、上半年、前三季度), cumulative month ranges
// (1至9月), "至11月份", relative years (今年). The base of a comparison ("比上年", "较去年同期",
// "增速比上半年提高") is not a period of anything and yields no token.
import type { PeriodsLexicon } from '../lexicon/loadLexicon.ts';

export type PeriodToken = {
  start: number;
  end: number;
  year?: number;
  /** "" = whole year; "H1", "Q3", "01/09", "11". Several for lists: 一、二季度 → ["Q1", "Q2"]. */
  suffixes?: string[];
  /** "2021年四季度以来": a starting point, not the period of what follows. */
  since: boolean;
  /** A span of years ("“十四五”期间" → [2021, 2025]). */
  span?: [number, number];
  /** "五年来", "这五年": the five years the document speaks of (its plan, else the five years to its review year). */
  planWord?: boolean;
};

const EVENT_AFTER =
  /^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:恢复|升格|撤销|成立|设立|建市|建县|撤县|撤地|批复|批准|获批|划归|更名)/;

export type PeriodScanner = (sentence: string, offset: number, publicationYear: number) => PeriodToken[];

const quarterOf: Record<string, string> = {
  一: 'Q1',
  二: 'Q2',
  三: 'Q3',
  四: 'Q4',
  '1': 'Q1',
  '2': 'Q2',
  '3': 'Q3',
  '4': 'Q4',
};
const pad = (n: string) => n.padStart(2, '0');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export function createPeriodScanner(lex: PeriodsLexicon): PeriodScanner {
  const year = /(\d{4})\s*年(?:度|底|末)?/g;
  // "被评为2020年度全省先进集体": a year naming an award, not the period of what follows.
  const awardBefore = /(评为|荣获|获评|获得|授予|命名为|入选|被评|获)$/;
  const quarterList = /(?:第)?([一二三四1-4])(?:、(?:第)?([一二三四1-4]))+季度/g;
  const monthRange = new RegExp(lex.monthRange, 'g');
  const monthTo = new RegExp(lex.monthTo, 'g');
  // In file order: the lexicon lists 前三季度 before 三季度 so the longer phrase wins.
  // Each word pattern is tried only on sentences holding a character every match of it has.
  const words = lex.words.map((w) => ({
    re: new RegExp(w.pattern, 'g'),
    suffix: w.suffix,
    needs: w.needs ? new RegExp(`[${w.needs}]`) : null,
  }));
  const relative = new RegExp(Object.keys(lex.relativeYears).join('|'), 'g');
  const planNames = Object.keys(lex.plans);
  const planRe = planNames.length
    ? // '" 十四五 " 期间': a page may space the quotes.
      new RegExp(
        `[“"‘']?\\s?(${planNames.map(escape).join('|')})\\s?[”"’']?\\s?(末|期末|时期末|期间|时期|以来|规划|开局)?`,
        'g',
      )
    : null;
  const planWordRe = lex.planWords.length ? new RegExp(alternation(lex.planWords), 'g') : null;
  const planBase = planNames.length ? `[“"‘']?(?:${planNames.map(escape).join('|')})[”"’']?(?:末|期末)?` : null;
  // Only periods of the calendar can be a comparison's base ("比上半年", "较2022年"): not 目前, 70年来, 当月.
  const baseWords = lex.words.filter((w) => !['YTD', 'YTD?', 'UNDATED', 'MONTH'].includes(w.suffix));
  const anyPeriod = [
    String.raw`\d{4}\s*年(?:度)?`,
    ...Object.keys(lex.relativeYears).map(escape),
    ...baseWords.map((w) => `(?:${w.pattern})`),
    ...(planBase ? [planBase] : []),
  ].join('|');
  const tails = lex.comparisons.tails.length ? `(?:${alternation(lex.comparisons.tails)})?` : '';
  const comparisonBase = new RegExp(
    `(?:${alternation(lex.comparisons.before)})(?:${anyPeriod})${tails}|(?:${alternation(lex.comparisons.open)})(?:${anyPeriod})${tails}(?=${alternation(lex.comparisons.close)})`,
    'g',
  );

  return function scanPeriods(sentence, offset, publicationYear) {
    const tokens: PeriodToken[] = [];
    const taken = new Uint8Array(sentence.length);
    const push = (s: number, e: number, t: Omit<PeriodToken, 'start' | 'end' | 'since'>) => {
      if (taken.subarray(s, e).some((x) => x === 1)) return;
      taken.fill(1, s, e);
      const since = /^(以来|起|开始)/.test(sentence.slice(e, e + 2));
      tokens.push({ start: offset + s, end: offset + e, since, ...t });
    };
    // Claimed first, so that neither its year nor its period word ("上年末": 上年, 年末) is read.
    for (const m of sentence.matchAll(comparisonBase)) taken.fill(1, m.index, m.index + m[0].length);
    for (const m of sentence.matchAll(quarterList)) {
      const list = [...m[0].matchAll(/[一二三四1-4]/g)].map((q) => quarterOf[q[0]] ?? 'Q1');
      push(m.index, m.index + m[0].length, { suffixes: list });
    }
    for (const m of sentence.matchAll(monthRange)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (from >= 1 && to <= 12 && from < to)
        push(m.index, m.index + m[0].length, { suffixes: [`${pad(m[1] ?? '1')}/${pad(m[2] ?? '12')}`] });
    }
    for (const m of sentence.matchAll(year)) {
      const y = Number(m[1]);
      if (y < 1949 || y > 2100) continue;
      if (awardBefore.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
      // "1985年恢复建市", "2012年8月批复设立": the date of an event, not a period of figures.
      if (EVENT_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      // "2020年4月1日" is a date inside a sentence, not a period for what follows.
      if (/^\d{1,2}月/.test(sentence.slice(m.index + m[0].length))) {
        const after = sentence.slice(m.index + m[0].length);
        if (/^\d{1,2}月\d{1,2}日/.test(after)) continue;
      }
      const whole = /年(底|末|度)?$/.test(m[0]);
      push(m.index, m.index + m[0].length, { year: y, ...(whole && /[底末度]$/.test(m[0]) ? { suffixes: [''] } : {}) });
    }
    for (const m of sentence.matchAll(monthTo)) {
      const written = m[1] ?? m[2] ?? '';
      const month = Number(written);
      if (month >= 2 && month <= 12) push(m.index, m.index + m[0].length, { suffixes: [`01/${pad(written)}`] });
    }
    for (const w of words) {
      if (w.needs && !w.needs.test(sentence)) continue;
      for (const m of sentence.matchAll(w.re)) push(m.index, m.index + m[0].length, { suffixes: [w.suffix] });
    }
    // "“十四五”期间…累计" is the span of the plan; "“十三五”末" its last year; "十四五规划" names a plan, no period.
    if (planRe && sentence.includes('五')) {
      for (const m of sentence.matchAll(planRe)) {
        const [from, to] = lex.plans[m[1] ?? ''] ?? [0, 0];
        const tail = m[2] ?? '';
        if (tail === '规划' || tail === '开局') continue;
        // "完成“十三五”总量减排目标任务": a plan named inside a phrase qualifies it; as a period it
        // opens its clause or is followed by 期间/时期/末.
        const opensClause = m.index === 0 || /[，,；;。：:在\s]$/.test(sentence.slice(m.index - 1, m.index));
        if (!tail && !opensClause) continue;
        if (/末$/.test(tail)) push(m.index, m.index + m[0].length, { year: to, suffixes: [''] });
        else push(m.index, m.index + m[0].length, { year: to, span: [from, to] });
      }
    }
    if (planWordRe && sentence.includes('五'))
      for (const m of sentence.matchAll(planWordRe)) push(m.index, m.index + m[0].length, { planWord: true });
    for (const m of sentence.matchAll(relative)) {
      push(m.index, m.index + m[0].length, { year: publicationYear + (lex.relativeYears[m[0]] ?? 0) });
    }
    tokens.sort((a, b) => a.start - b.start);
    // "一季度、上半年、前三季度…分别为": parts of one year joined by 、/和/及 form one list.
    const merged: PeriodToken[] = [];
    for (const t of tokens) {
      const last = merged[merged.length - 1];
      const joined = last ? /^(、|和|及|与)$/.test(sentence.slice(last.end - offset, t.start - offset)) : false;
      if (
        last &&
        joined &&
        last.year === undefined &&
        t.year === undefined &&
        !last.since &&
        !t.since &&
        last.suffixes?.every((x) => x !== '') &&
        t.suffixes?.length === 1 &&
        t.suffixes[0] !== ''
      ) {
        merged[merged.length - 1] = { ...last, end: t.end, suffixes: [...last.suffixes, ...t.suffixes] };
      } else merged.push(t);
    }
    return merged;
  };
}

/** January–March is the first quarter, January–June the first half: one period, one way of writing it. */
export function canonicalPeriod(period: string): string {
  return period.replace(/-01\/03$/, '-Q1').replace(/-01\/06$/, '-H1');
}
