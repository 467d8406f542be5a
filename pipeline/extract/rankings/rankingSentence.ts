// The state of reading one sentence's rankings: the sentence, its assessment frames, the drafts
// taken, and what the last result assessed and where it ended (a later result of the sentence
// may share the one or start after the other). Every ranking rule reads and moves this one object;
// nothing outlives the sentence.
import type { ResolvedMention } from '../../resolve/resolveRegions.ts';
import { canonicalPeriod } from '../scanPeriods.ts';
import { cleanAssessment } from './assessmentWords.ts';
import type { RankingRules } from './rankingRules.ts';
import type { AssessmentFrame, RankingDraft, RankingInput } from './types.ts';

export type RankingSentence = {
  input: RankingInput;
  rules: RankingRules;
  matchText: string;
  sentence: string;
  drafts: RankingDraft[];
  frames: AssessmentFrame[];
  /** What the last result of the sentence assessed ("…考核中位列第三，…位列第八" shares it). */
  lastAssessment: string | null;
  /** Where the last result ended, or -1. */
  previousEnd: number;
};

const frameRe = /在([^，；。,;]*?)中/g;

/** The frames are found once: each holds for every result of the sentence after it. */
export function startSentence(rules: RankingRules, input: RankingInput): RankingSentence {
  const sentence = input.matchText.slice(input.span[0], input.span[1]);
  // "在全省县域经济高质量发展考核中，宁晋县位列第三，沙河市位列第八": the frame holds for the sentence.
  const frames = [...sentence.matchAll(frameRe)]
    .filter((f) => rules.assessmentWord.test(f[1] ?? ''))
    .map((f) => ({
      at: input.span[0] + f.index,
      end: input.span[0] + f.index + f[0].length,
      scopeWord: rules.scopeWordRe.exec(f[1] ?? '')?.[0],
      name: cleanAssessment(f[1] ?? ''),
    }));
  return {
    input,
    rules,
    matchText: input.matchText,
    sentence,
    drafts: [],
    frames,
    lastAssessment: null,
    previousEnd: -1,
  };
}

/** The clause holding a position, or the whole sentence. */
export function clauseOf(s: RankingSentence, pos: number): [number, number] {
  return s.input.clauses.find(([a, e]) => pos >= a && pos < e) ?? s.input.span;
}

/** The region a scope word ranks among ("全省" → the province); none for 全国, the prefecture without one. */
export function scopeRegion(s: RankingSentence, word: string | undefined): string | null {
  const { scope } = s.input;
  const level = word ? s.rules.lex.scopes[word] : 'prefecture';
  if (!level || level === 'nation') return null;
  if (level === 'district') return scope.district ?? scope.county;
  return scope[level];
}

/** The periods in force at a position: the paragraph's, unless a period named before replaces them. */
export function periodList(s: RankingSentence, pos: number): string[] {
  const { input } = s;
  let year = input.year;
  let suffixes: string[] = [input.suffix];
  for (const p of input.periods.filter((t) => t.end <= pos && !t.since)) {
    if (p.year !== undefined) {
      year = p.year;
      suffixes = [''];
    }
    if (p.suffixes) suffixes = p.suffixes;
  }
  return suffixes.map((x) => (x ? canonicalPeriod(`${year}-${x}`) : String(year)));
}

/** The assessment frame in force at a position. */
export function frameBefore(s: RankingSentence, pos: number): AssessmentFrame | undefined {
  return s.frames.filter((f) => f.end <= pos).pop();
}

/** Regions listed right before a position: "宁晋县、沙河市、清河县位列…" (joined by 、和及与 only). */
export function listBefore(s: RankingSentence, from: number, pos: number): ResolvedMention[] {
  const inClause = s.input.mentions.filter((x) => x.start >= from && x.end <= pos && x.regionId && !x.isContext);
  const list: ResolvedMention[] = [];
  let cursor = pos;
  for (const m of [...inClause].reverse()) {
    const between = s.matchText.slice(m.end, cursor);
    if (
      list.length === 0
        ? !/^[\p{Script=Han}“”"]{0,16}$/u.test(between) || !m.subjectEligible
        : !/^[、和及与]$/.test(between)
    )
      break;
    list.unshift(m);
    cursor = m.start;
  }
  return list;
}

/** Without a list, the place ranked is the last subject named in the clause, else the paragraph's. */
export function rankedRegion(s: RankingSentence, pos: number): string | null {
  const [clauseStart] = clauseOf(s, pos);
  const inClause = s.input.mentions
    .filter((x) => x.start >= clauseStart && x.end <= pos && x.regionId && x.subjectEligible && !x.isContext)
    .pop();
  return inClause?.regionId ?? s.input.subjectId;
}

/** The metric named last in the clauses of the sentence before this one, and where. */
export function earlierMetric(s: RankingSentence, before: number): { name: string; at: number } | null {
  const earlier = s.input.clauses.filter(([, e]) => e <= before).reverse();
  for (const [a, e] of earlier) {
    const name = s.input.metricNameAt(a, e);
    if (name) return { name, at: a };
  }
  return null;
}
