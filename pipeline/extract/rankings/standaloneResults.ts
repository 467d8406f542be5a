// Results said in a phrase of their own, without a position ("排名靠后"): for the places named
// before it in its clause, or listed after "排名靠后的县（市、区）："; the assessment is the frame
// "在…中" before it, else the document's.
import { cleanAssessment } from './assessmentWords.ts';
import { clauseOf, periodList, type RankingSentence } from './rankingSentence.ts';

/** Each standalone phrase of the sentence; one that names no place ranks no one. */
export function readStandaloneResults(s: RankingSentence): void {
  for (const m of s.sentence.matchAll(s.rules.standaloneRe)) readStandaloneResult(s, m);
}

function readStandaloneResult(s: RankingSentence, m: RegExpExecArray): void {
  const { input, matchText, drafts } = s;
  const { scope } = input;
  const start = input.span[0] + m.index;
  const end = start + m[0].length;
  const [clauseStart, clauseEnd] = clauseOf(s, start);
  let listed = input.mentions.filter((x) => x.start >= clauseStart && x.end <= start && x.regionId && !x.isContext);
  let quoteEnd = end;
  if (/^的/.test(matchText.slice(end))) {
    // "排名靠后的县（市、区）：广宗县、临城县" names them after the colon; without names
    // ("排名靠后的县（市、区）要认真查找差距") it is an exhortation, not a result.
    const colon = matchText.indexOf(':', end);
    listed =
      colon >= 0 && colon < clauseEnd
        ? input.mentions.filter((x) => x.start > colon && x.end <= clauseEnd && x.regionId && !x.isContext)
        : [];
    if (listed.length) quoteEnd = Math.max(...listed.map((x) => x.end));
  }
  if (!listed.length) return;
  const within = /在(.+?)中/.exec(matchText.slice(input.span[0], start));
  const name = within?.[1] ? cleanAssessment(within[1]) : (input.documentAssessment ?? '综合考核');
  const periods = periodList(s, start);
  const scopeId = /^省|^全省/.test(name) ? scope.province : scope.prefecture;
  for (const x of listed) {
    for (const p of periods) {
      const assessment = /\d{4}年/.test(name) ? name : `${periodLabel(p)}${name}`;
      drafts.push({
        regionId: x.regionId as string,
        scopeId,
        assessment,
        period: p,
        rank: null,
        result: m[0],
        span: [Math.min(input.span[0] + (within ? within.index : 0), clauseStart), quoteEnd],
      });
    }
  }
}

/** An assessment named without its year is named for the period ("2023年上半年综合考核"). */
function periodLabel(p: string): string {
  const [y, part] = p.split('-');
  const q = part?.startsWith('Q')
    ? `第${'一二三四'[Number(part.slice(1)) - 1]}季度`
    : part === 'H1'
      ? '上半年'
      : part === 'H2'
        ? '下半年'
        : '';
  return `${y}年${q}`;
}
