// What a result assesses: the words of its own clause, else (a bare "总量", "增速", or nothing) the
// metric, the earlier result, the frame or the document the sentence relies on; an award counts
// only as the grade of an assessment; parts ranked alike (分列, 均) each get their own period.
import { cleanAssessment, shareHead } from './assessmentWords.ts';
import { positionOf } from './rankingRules.ts';
import { earlierMetric, type RankingSentence } from './rankingSentence.ts';
import type { VerbResult } from './types.ts';

type NamedAssessment = { assessment: string; quoteStart: number };

/** The name of what a result assesses, and where its quote starts. */
export function nameAssessment(s: RankingSentence, r: VerbResult): NamedAssessment {
  const { matchText, input, rules } = s;
  const { own, filler, clauseStart, labelEnd } = r;
  const amongWhat = filler ? `${r.scopeWord ?? ''}${filler}` : '';
  let assessment = own;
  let quoteStart = clauseStart;
  if (rules.bareHead.test(own)) {
    // "总量继续位居全市第二", "增速列全市第2位": the total or growth of the metric just named.
    const named = earlierMetric(s, clauseStart)?.name ?? input.contextMetric;
    if (named) assessment = `${named}${own}`;
  } else if (!own && amongWhat) {
    // "荣获全市目标责任考核一等奖": what is assessed is named after the scope word.
    assessment = amongWhat;
  } else if (!own) {
    ({ assessment, quoteStart } = assessmentFromContext(s, r));
  }
  if (own && amongWhat && !own.includes(filler)) assessment = `${assessment}（${amongWhat}）`;
  // "（一）一类县（市、区）：…位列前三名": the group ranked separately is part of what is assessed.
  const group = labelEnd >= clauseStart ? cleanAssessment(matchText.slice(clauseStart, labelEnd)) : '';
  if (group && assessment && !assessment.includes(group)) assessment = `${assessment}（${group}）`;
  return { assessment, quoteStart };
}

/** "可吸入颗粒物平均浓度49微克/立方米,列全市第一位": the clauses before say what; an earlier
 *  result of the sentence, its frame ("在全省…考核中，") or the document's assessment may. */
function assessmentFromContext(s: RankingSentence, r: VerbResult): NamedAssessment {
  const { matchText, input } = s;
  const { clauseStart, frame } = r;
  const named = earlierMetric(s, clauseStart);
  const previous = input.clauses.filter(([, e]) => e <= clauseStart).pop();
  const previousWords = previous ? cleanAssessment(matchText.slice(previous[0], previous[1]).split(/\d/)[0] ?? '') : '';
  if (named) return { assessment: named.name, quoteStart: named.at };
  if (
    input.contextMetric &&
    previous &&
    /(增长|下降|增速|回落|提高)[\d.]+%$/.test(matchText.slice(previous[0], previous[1]))
  ) {
    // "邓州市增长12.1%，居全市第一": the growth of the metric the paragraph is about.
    return { assessment: `${input.contextMetric}增速`, quoteStart: previous[0] };
  }
  if (s.lastAssessment) return { assessment: s.lastAssessment, quoteStart: clauseStart };
  if (frame) return { assessment: frame.name, quoteStart: Math.min(clauseStart, frame.at) };
  if (previous && previousWords && !input.mentions.some((x) => x.start >= previous[0] && x.end <= previous[1])) {
    // "认领和编制行政事项597项,覆盖率达100%,列全市第一位": a bare rate is the rate of the clause before.
    const object = input.clauses.filter(([, e]) => e <= previous[0]).pop();
    const objectWords = object ? cleanAssessment(matchText.slice(object[0], object[1]).split(/\d/)[0] ?? '') : '';
    if (previousWords.length <= 4 && object && objectWords)
      return { assessment: `${objectWords}${previousWords}`, quoteStart: object[0] };
    return { assessment: previousWords, quoteStart: previous[0] };
  }
  if (input.documentAssessment) return { assessment: input.documentAssessment, quoteStart: clauseStart };
  return { assessment: '', quoteStart: clauseStart };
}

/** An award is a ranking only as the grade of an assessment ("目标责任考核一等奖"), not a prize:
 *  the assessment graded, or null when the award grades none. */
export function gradedAssessment(s: RankingSentence, r: VerbResult, assessment: string): string | null {
  const { rules, lastAssessment } = s;
  const positionInfo = r.results.map((result) => positionOf(rules, result));
  if (!positionInfo.some((p) => p.award) && !rules.awardVerbs.has(r.verb)) return assessment;
  const named = `${assessment}${r.frame?.name ?? ''}`;
  if (!rules.assessmentWord.test(named) && !(lastAssessment && rules.assessmentWord.test(lastAssessment))) return null;
  if (!rules.assessmentWord.test(assessment) && lastAssessment) return lastAssessment;
  return assessment;
}

/** One assessment per period named; parts ranked alike (分列, 均) are each an assessment. */
export function assessedPerPeriod(
  s: RankingSentence,
  r: VerbResult,
  assessment: string,
  periods: string[],
): { p: string; a: string }[] {
  const { matchText, input } = s;
  const { cut, start } = r;
  const spread = r.verb.startsWith('分列') || /(均|都)$/.test(matchText.slice(cut, start));
  const rawAssessment = cleanAssessment(matchText.slice(cut, start));
  const parts =
    spread && rawAssessment && !r.listed.length
      ? shareHead(
          rawAssessment
            .split(/、|和|及/)
            .map(cleanAssessment)
            .filter(Boolean),
          s.rules.lex.bareHeads,
        )
      : [assessment];
  // "上半年…测评和下半年…测评分列第二位": each part may carry its own period.
  const year = periods[0]?.slice(0, 4) ?? String(input.year);
  const withOwnPeriod = (part: string): { p: string; a: string } => {
    const at = matchText.indexOf(part, cut);
    const own = input.periods
      .filter((p) => at >= 0 && p.start >= at && p.end <= at + part.length && p.suffixes?.length === 1 && p.suffixes[0])
      .pop();
    if (!own) return { p: periods[0] ?? String(input.year), a: part };
    return {
      p: `${year}-${own.suffixes?.[0]}`,
      a: cleanAssessment(matchText.slice(own.end, at + part.length)) || part,
    };
  };
  return periods.length > 1 ? periods.map((p) => ({ p, a: assessment })) : parts.map(withOwnPeriod);
}
