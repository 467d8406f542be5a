// Assembles the figures of one sentence into facts. Walking the sentence left to right, a metric
// phrase opens a statement; the values and growth rates after it fill the statement's slots (one
// per metric: "城乡居民人均可支配收入分别达到29695元、10324元，同比增长7.6%、11.1%" fills two);
// a clause that only gives a growth rate or a bound ("，同比增长18.5%", "，跨上70亿元台阶") completes
// the open statement. A 分别 list of growth rates after metrics stated one by one ("接待游客…万人次，
// 实现旅游综合收入…亿元，分别增长18.2%和21.5%") goes to them in order, and a list of periods
// ("一季度、上半年、前三季度…增速分别为…") gives one slot per period. A figure whose unit does not fit
// the metric is not forced into it: it is reported as unmapped, with its quote, so the lexicon can
// grow; a list whose count does not match gives a warning and nothing.
//
// The reading rules live in figures/, by family (see pipeline/extract/README.md): the walk's state
// (sentenceWalk), statements (statements), whose a figure is (subjects), 分别 lists
// (distributiveLists), number placement (placeNumber), and one reader per kind of item.
import { readMention } from './figures/readMention.ts';
import { readMetric } from './figures/readMetric.ts';
import { readNumber } from './figures/readNumber.ts';
import { readPeriod } from './figures/readPeriod.ts';
import { startWalk } from './figures/sentenceWalk.ts';
import { closeStatement } from './figures/statements.ts';
import type { SentenceInput, SentenceResult } from './figures/types.ts';

export type { FactDraft, SentenceInput, SentenceResult, SentenceRules, UnmappedFigure } from './figures/types.ts';

export function extractFigures(input: SentenceInput): SentenceResult {
  const w = startWalk(input);
  w.items.forEach((item, index) => {
    if (item.type === 'break') {
      closeStatement(w);
      w.members = [];
    } else if (item.type === 'period') readPeriod(w, item.token);
    else if (item.type === 'mention') readMention(w, item.token);
    else if (item.type === 'metric') readMetric(w, item.token);
    else readNumber(w, item.token, index);
  });
  closeStatement(w);
  const { facts, unmapped, warnings, paragraphYear, paragraphSuffix, paragraphSpan, leadingSubject } = w;
  return { facts, unmapped, warnings, paragraphYear, paragraphSuffix, paragraphSpan, leadingSubject };
}
