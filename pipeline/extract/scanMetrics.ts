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

export function createMetricScanner(lex: Lexicon): MetricScanner {
  const meanings = new Map<string, Meaning[]>();
  const add = (phrase: string, m: Meaning) => meanings.set(phrase, [...(meanings.get(phrase) ?? []), m]);
  for (const metric of lex.metrics) {
    for (const p of metric.phrases) add(p, { metricIds: [metric.id], kind: 'single', ...(metric.notAfter ? { notAfter: metric.notAfter } : {}) });
    for (const a of metric.after ?? []) for (const p of a.phrases) add(p, { metricIds: [metric.id], kind: 'after', requires: a.metric });
    for (const c of metric.cued ?? []) for (const p of c.phrases) add(p, { metricIds: [metric.id], kind: 'single', cue: new RegExp(c.before) });
  }
  for (const c of lex.compounds) add(c.phrase, { metricIds: c.metrics, kind: 'compound' });
  for (const r of lex.ratios) add(r.phrase, { metricIds: r.metrics, kind: 'ratio' });
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
      const cued = all.filter((x) => x.cue?.test(before));
      for (const meaning of cued.length ? cued : all.filter((x) => !x.cue)) {
        const { cue: _cue, notAfter, ...rest } = meaning;
        // "装备制造业增加值" is a branch of 制造业, not 制造业 itself.
        if (notAfter?.some((w) => before.endsWith(w))) continue;
        tokens.push({ start: offset + m.index, end: offset + m.index + phrase.length, phrase, ...rest });
      }
    }
    return tokens;
  };
}
