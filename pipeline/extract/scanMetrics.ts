// Finds metric phrases in a sentence: longest phrase first, so 规上工业增加值 beats 工业增加值 and
// 省外到位资金 beats 到位资金. A phrase can name one metric, several (城乡居民人均可支配收入), a
// ratio (三次产业结构), or a metric that only counts after another (粮播面积…、总产量).
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createMetricScanner(lex: Lexicon): MetricScanner {
  const meanings = new Map<string, Omit<MetricToken, 'start' | 'end' | 'phrase'>[]>();
  const add = (phrase: string, m: Omit<MetricToken, 'start' | 'end' | 'phrase'>) => meanings.set(phrase, [...(meanings.get(phrase) ?? []), m]);
  for (const metric of lex.metrics) {
    for (const p of metric.phrases) add(p, { metricIds: [metric.id], kind: 'single' });
    for (const a of metric.after ?? []) for (const p of a.phrases) add(p, { metricIds: [metric.id], kind: 'after', requires: a.metric });
  }
  for (const c of lex.compounds) add(c.phrase, { metricIds: c.metrics, kind: 'compound' });
  for (const r of lex.ratios) add(r.phrase, { metricIds: r.metrics, kind: 'ratio' });
  const phrases = [...meanings.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(phrases.map(escape).join('|'), 'g');

  return function scanMetrics(sentence, offset) {
    const tokens: MetricToken[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      for (const meaning of meanings.get(m[0]) ?? []) {
        tokens.push({ start: offset + m.index, end: offset + m.index + m[0].length, phrase: m[0], ...meaning });
      }
    }
    return tokens;
  };
}
