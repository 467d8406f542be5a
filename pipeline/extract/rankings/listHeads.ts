// A result heading the names it lists ("综合考核一等次（3个）：临洮县、陇西县、安定区"): each place
// listed after the colon has that result in the document's assessment, among the prefecture.
import { cleanAssessment } from './assessmentWords.ts';
import { positionOf } from './rankingRules.ts';
import { clauseOf, periodList, scopeRegion, type RankingSentence } from './rankingSentence.ts';

/** Each list head of the sentence; one inside the quote of a result already read is part of it. */
export function readListHeads(s: RankingSentence): void {
  for (const m of s.sentence.matchAll(s.rules.listHeadRe)) readListHead(s, m);
}

function readListHead(s: RankingSentence, m: RegExpExecArray): void {
  const { input, matchText, drafts } = s;
  const start = input.span[0] + m.index;
  const colon = start + m[0].length - 1;
  const [clauseStart, clauseEnd] = clauseOf(s, start);
  const listed = input.mentions.filter((x) => x.start > colon && x.end <= clauseEnd && x.regionId && !x.isContext);
  if (!listed.length || drafts.some((d) => d.span[0] <= start && d.span[1] > start)) return;
  const result = m[1] ?? '';
  // "第一：临洮县要…" enumerates points; only a grade or a placing heads a list of results.
  if (/^第[一二三四五六七八九十\d]+$/.test(result)) return;
  const before = cleanAssessment(matchText.slice(clauseStart, start).replace(/^[一二三四五六七八九十]+、/, ''));
  const assessment =
    before && input.documentAssessment && !input.documentAssessment.includes(before)
      ? `${input.documentAssessment}（${before}）`
      : (input.documentAssessment ?? before);
  if (!assessment) return;
  const { rank } = positionOf(s.rules, result);
  for (const x of listed) {
    for (const p of periodList(s, start))
      drafts.push({
        regionId: x.regionId as string,
        scopeId: scopeRegion(s, undefined),
        assessment,
        period: p,
        rank,
        result,
        span: [clauseStart, Math.max(...listed.map((l) => l.end))],
      });
  }
}
