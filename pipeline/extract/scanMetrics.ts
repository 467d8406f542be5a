// Finds metric phrases in a sentence: longest phrase first, so 规上工业增加值 beats 工业增加值 and
// 省外到位资金 beats 到位资金. A phrase can name one metric, several (城乡居民人均可支配收入), a
// ratio (三次产业结构), a metric that only counts after another (粮播面积…、总产量), or a metric that
// only counts where the sentence before it says so ("支持创新创业,全年发放贷款" is start-up lending).
// A phrase right after a part-or-average word it does not contain (人均地区生产总值, 城镇常住人口)
// is not its metric, nor is a phrase right after a word that narrows it to a branch (`notAfter`:
// 装备制造业增加值 is no 制造业增加值).
import type { Lexicon } from '../lexicon/loadLexicon.ts';

export type MetricToken = {
  start: number;
  end: number;
  phrase: string;
  metricIds: string[];
  kind: 'single' | 'compound' | 'ratio' | 'after';
  /** For kind 'after': the metric that must precede it in the sentence. */
  requires?: string;
};

export type MetricScanner = (sentence: string, offset: number) => MetricToken[];

type Meaning = Omit<MetricToken, 'start' | 'end' | 'phrase'> & { cue?: RegExp; notAfter?: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "空气质量优良天数比率": a match followed by a rate word may be the head of a longer phrase.
const RATE_AFTER = /^(比率|比例|占比|比重|率)/;
const VERBS_BEFORE_MEASURE = ['实现', '完成'];

export function createMetricScanner(lex: Lexicon): MetricScanner {
  const meanings = new Map<string, Meaning[]>();
  const add = (phrase: string, m: Meaning) => meanings.set(phrase, [...(meanings.get(phrase) ?? []), m]);
  const patterns: { re: RegExp; meaning: Meaning }[] = [];
  const literal = new Set(lex.metrics.flatMap((m) => m.phrases));
  for (const metric of lex.metrics) {
    const single: Meaning = {
      metricIds: [metric.id],
      kind: 'single',
      ...(metric.notAfter ? { notAfter: metric.notAfter } : {}),
    };
    for (const p of metric.phrases) {
      add(p, single);
      // "第一产业实现增加值", "工业完成增加值": a verb may stand between what is measured and the measure.
      const split = /^(.{2,}?)(增加值|总产值|产值|营业收入)$/.exec(p);
      if (split && !VERBS_BEFORE_MEASURE.some((v) => split[1]?.endsWith(v)))
        for (const verb of VERBS_BEFORE_MEASURE)
          if (!literal.has(`${split[1]}${verb}${split[2]}`)) add(`${split[1]}${verb}${split[2]}`, single);
    }
    for (const p of metric.patterns ?? []) patterns.push({ re: new RegExp(p, 'gu'), meaning: single });
    for (const a of metric.after ?? [])
      for (const p of a.phrases) add(p, { metricIds: [metric.id], kind: 'after', requires: a.metric });
    for (const c of metric.cued ?? [])
      for (const p of c.phrases) add(p, { metricIds: [metric.id], kind: 'single', cue: new RegExp(c.before) });
  }
  for (const c of lex.compounds) {
    const meaning: Meaning = {
      metricIds: c.metrics,
      kind: 'compound',
      ...(c.before ? { cue: new RegExp(c.before) } : {}),
    };
    if (c.pattern) patterns.push({ re: new RegExp(c.phrase, 'gu'), meaning });
    else add(c.phrase, meaning);
  }
  for (const r of lex.ratios) {
    if (r.pattern) patterns.push({ re: new RegExp(r.phrase, 'gu'), meaning: { metricIds: r.metrics, kind: 'ratio' } });
    else add(r.phrase, { metricIds: r.metrics, kind: 'ratio' });
  }
  const phrases = [...meanings.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const source = phrases.map(escape).join('|');
  const pattern = new RegExp(source, 'g');
  const at = new RegExp(source, 'y');
  const modifiers = [...lex.partOrAverageBefore].sort((a, b) => b.length - a.length);
  const countedUnits = new RegExp(lex.countedUnitsBefore);

  /** A phrase starting inside this match and ending after it, when the match is followed by a rate word. */
  function longerOverlap(sentence: string, start: number, end: number): RegExpExecArray | null {
    if (!RATE_AFTER.test(sentence.slice(end))) return null;
    let best: RegExpExecArray | null = null;
    for (let i = start + 1; i < end; i += 1) {
      at.lastIndex = i;
      const m = at.exec(sentence);
      if (m && m.index + m[0].length > end && (!best || m.index + m[0].length > best.index + best[0].length)) best = m;
    }
    return best;
  }

  return function scanMetrics(sentence, offset) {
    const tokens: MetricToken[] = [];
    const push = (at: number, phrase: string, all: Meaning[], before: string) => {
      const cued = all.filter((x) => x.cue?.test(before));
      for (const meaning of cued.length ? cued : all.filter((x) => !x.cue)) {
        const { cue: _cue, notAfter, ...rest } = meaning;
        // "装备制造业增加值" is a branch of 制造业, not 制造业 itself.
        if (notAfter?.some((w) => before.endsWith(w))) continue;
        tokens.push({ start: offset + at, end: offset + at + phrase.length, phrase, ...rest });
      }
    };
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const longer = longerOverlap(sentence, m.index, m.index + m[0].length);
      if (longer) {
        pattern.lastIndex = longer.index;
        continue;
      }
      const phrase = m[0];
      const before = sentence.slice(0, m.index);
      const modifier = modifiers.find((w) => before.endsWith(w) && !phrase.includes(w));
      if (modifier || countedUnits.test(before.replace(/^有/, ''))) continue;
      const all = meanings.get(phrase) ?? [];
      push(m.index, phrase, all, before);
    }
    // Wordings too varied to list; where one overlaps a listed phrase, the longer reading wins.
    for (const { re, meaning } of patterns) {
      for (const m of sentence.matchAll(re)) {
        const start = offset + m.index;
        const end = start + m[0].length;
        const overlapping = tokens.filter((t) => t.start < end && t.end > start);
        if (overlapping.some((t) => t.end - t.start >= end - start)) continue;
        const before = sentence.slice(0, m.index);
        if (modifiers.some((w) => before.endsWith(w) && !m[0].includes(w))) continue;
        for (const t of overlapping) tokens.splice(tokens.indexOf(t), 1);
        push(m.index, m[0], [meaning], before);
      }
    }
    tokens.sort((a, b) => a.start - b.start || a.end - b.end);
    return tokens;
  };
}
