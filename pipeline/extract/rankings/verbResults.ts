// Results stated with a verb ("列全市第一位", "分列第二位", "跃居全国百强区第19位", "荣获全市
// 目标责任考核一等奖"): for the places listed before the verb or the clause's subject, among the
// scope word's region (else the frame's, else the prefecture); positions zipped with a list
// ("分别位列第一、第二、第三名") only when the counts match.
import { assessedPerPeriod, gradedAssessment, nameAssessment } from './assessments.ts';
import { cleanAssessment } from './assessmentWords.ts';
import { positionOf } from './rankingRules.ts';
import {
  clauseOf,
  earlierMetric,
  frameBefore,
  listBefore,
  periodList,
  rankedRegion,
  scopeRegion,
  type RankingSentence,
} from './rankingSentence.ts';
import type { RankedPlace, VerbResult } from './types.ts';

type ResultPair = { region: RankedPlace; result: string; assessment?: string };

/** Every verb result of the sentence, except inside a standalone phrase, which reads itself. */
export function readVerbResults(s: RankingSentence): void {
  const { input, sentence, rules } = s;
  const standaloneSpans = [...sentence.matchAll(rules.standaloneRe)].map(
    (m) => [input.span[0] + m.index, input.span[0] + m.index + m[0].length] as const,
  );
  for (const m of sentence.matchAll(rules.verbRe)) {
    const start = input.span[0] + m.index;
    if (standaloneSpans.some(([a, e]) => start < e && a < start + m[0].length)) continue;
    readVerbResult(s, verbResultAt(s, m, start));
  }
}

/** A result that names an assessment is remembered for the next result of the sentence, even
 *  when it ranks no one; it gives one draft per place, position and period. */
function readVerbResult(s: RankingSentence, r: VerbResult): void {
  const { input, drafts } = s;
  const named = nameAssessment(s, r);
  if (!named.assessment) return;
  const assessment = gradedAssessment(s, r, named.assessment);
  if (assessment === null) return;
  s.lastAssessment = assessment;
  s.previousEnd = r.end;

  const ranking = rankedPlaces(s, r);
  if (!ranking) return;
  const pairs = pairResults(s, r, ranking.ranked);
  if (!pairs) return;
  const periods = periodList(s, r.start);
  const assessed = assessedPerPeriod(s, r, assessment, periods);
  const quoteStart = named.quoteStart;
  for (const { region, result, assessment: partAssessment } of pairs) {
    const { rank } = positionOf(s.rules, result);
    for (const { p, a } of partAssessment ? [{ p: periods[0] ?? String(input.year), a: partAssessment }] : assessed) {
      drafts.push({
        ...region,
        scopeId: ranking.scopeId,
        assessment: a,
        period: p,
        rank,
        result,
        span: [Math.min(quoteStart, r.listed[0]?.start ?? quoteStart), r.end],
      });
    }
  }
}

/** The match with the positions joined to it ("第一、第二"), and the words before it that say who and what. */
function verbResultAt(s: RankingSentence, m: RegExpExecArray, start: number): VerbResult {
  const { matchText, rules } = s;
  let end = start + m[0].length;
  const results = [m[4] ?? ''];
  const more = rules.moreRe.exec(matchText.slice(end, clauseOf(s, start)[1]));
  if (more) {
    results.push(...[...more[0].matchAll(rules.onePosition)].map((x) => x[0]));
    end += more[0].length;
  }
  const [clauseStart] = clauseOf(s, start);
  // What was assessed: the clause up to the verb, without its subject and period words.
  let cut = clauseStart;
  const labelEnd = matchText.lastIndexOf(':', start - 1);
  if (labelEnd >= clauseStart) cut = labelEnd + 1; // "（二）二类县（市、区）：威县…"
  // "总量居全市第三、增速居全市第一": the second result's subject starts after the first.
  if (s.previousEnd > cut && s.previousEnd <= start)
    cut = s.previousEnd + (/^[、和及与]/.test(matchText.slice(s.previousEnd)) ? 1 : 0);
  const listed = listBefore(s, cut, start);
  cut = pastLeadingTokens(s, cut, start);
  const first = listed[0]?.start ?? start;
  const last = listed[listed.length - 1]?.end ?? start;
  const own = cleanAssessment(
    listed.length
      ? matchText.slice(Math.min(cut, first), first) + matchText.slice(Math.max(cut, last), start)
      : matchText.slice(cut, start),
  );
  return {
    start,
    end,
    verb: m[1] ?? '',
    scopeWord: m[2],
    filler: m[3] ?? '',
    results,
    clauseStart,
    labelEnd,
    cut,
    listed,
    own,
    frame: frameBefore(s, start),
  };
}

/** Places and periods opening the assessed words say whose and when, not what. */
function pastLeadingTokens(s: RankingSentence, cut: number, start: number): number {
  for (let moved = true; moved;) {
    moved = false;
    for (const t of [...s.input.mentions, ...s.input.periods]) {
      if (t.start <= cut + 1 && t.start >= cut && t.end > cut && t.end <= start) {
        cut = t.end;
        moved = true;
      }
    }
  }
  return cut;
}

/** Who is ranked (the places listed, else the clause's subject) and among which region, or null for no one. */
function rankedPlaces(s: RankingSentence, r: VerbResult): { ranked: RankedPlace[]; scopeId: string | null } | null {
  const ranked = (r.listed.length ? r.listed.map((x) => x.regionId as string) : [rankedRegion(s, r.start)])
    .filter((x): x is string => x !== null)
    .map((regionId) => ({ regionId }));
  if (!ranked.length) return null;
  const scopeId = r.scopeWord
    ? scopeRegion(s, r.scopeWord)
    : r.frame
      ? scopeRegion(s, r.frame.scopeWord)
      : scopeRegion(s, undefined);
  // A body ranked among a territory's places is its place ("区政府办公室…列全市第一位" is 滨城区's).
  const owned = ranked.map((p): RankedPlace => {
    const owner = s.input.ownerOf(p.regionId);
    return owner !== p.regionId && scopeId && owner !== scopeId && s.input.isWithin(owner, scopeId)
      ? { regionId: owner, reportedBy: p.regionId }
      : p;
  });
  return { ranked: owned, scopeId };
}

/** Which result is whose: one each, zipped in order, or one place's assessed parts; null when the counts do not match. */
function pairResults(s: RankingSentence, r: VerbResult, ranked: RankedPlace[]): ResultPair[] | null {
  const { results } = r;
  // "总量和增速分别居全市第3位和第1位": one place, its assessed parts zipped with the positions.
  const ownParts = r.own
    .split(/、|和|及/)
    .map(cleanAssessment)
    .filter(Boolean);
  if (results.length > 1 && ranked.length === 1 && ownParts.length === results.length) {
    const metric = earlierMetric(s, r.clauseStart)?.name ?? s.input.contextMetric ?? '';
    return ownParts.map((part, i) => ({
      region: ranked[0] as RankedPlace,
      result: results[i] as string,
      assessment: s.rules.bareHead.test(part) ? `${metric}${part}` : part,
    }));
  }
  if (results.length > 1) {
    if (results.length !== ranked.length) return null; // "分别位列第一、第二" for three names: no guess
    return ranked.map((region, i) => ({ region, result: results[i] as string }));
  }
  return ranked.map((region) => ({ region, result: results[0] as string }));
}
