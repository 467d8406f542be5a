// Assessment results in a sentence: "综合考评均位居全市第一", "列全市第一位", "分列第二位",
// "位居全省县(市、区)第一等次", "13项主要经济指标均居全市前三位", "跃居全国百强区第19位",
// "荣获全市目标责任考核一等奖", lists ranked together ("宁晋县、沙河市、清河县位列前三名",
// "…考核中临洮县、岷县工业园区…排名靠后", "排名靠后的县（市、区）：广宗县、临城县") and lists zipped
// with positions ("威县、南和区、任泽区分别位列第一、第二、第三名"). Who is ranked, among whom
// (the scope word after the verb, else the "在全省…考核中" frame of the sentence), in what, for
// which period. A result that names no one ("排名靠后的县要认真查找差距") ranks no one.
//
// The reading rules live in rankings/, by family: the sentence's state and lookups
// (rankingSentence), the lexicon compiled (rankingRules), results stated with a verb (verbResults)
// and what they assess (assessments, assessmentWords), results heading a list (listHeads) and
// standalone results (standaloneResults).
import type { RankingsLexicon } from '../lexicon/loadLexicon.ts';
import { readListHeads } from './rankings/listHeads.ts';
import { compileRankingRules } from './rankings/rankingRules.ts';
import { startSentence } from './rankings/rankingSentence.ts';
import { readStandaloneResults } from './rankings/standaloneResults.ts';
import type { RankingExtractor } from './rankings/types.ts';
import { readVerbResults } from './rankings/verbResults.ts';

export type { RankingDraft, RankingExtractor, RankingInput } from './rankings/types.ts';

/** The lexicon is compiled once per run; the extractor reads one sentence at a time. */
export function createRankingExtractor(lex: RankingsLexicon): RankingExtractor {
  const rules = compileRankingRules(lex);
  return function extractRankings(input) {
    // Every ranking has a position ("第一", "前三位", "靠后") or a standalone phrase: a sentence
    // without one is passed over at once.
    if (!rules.anyPosition.test(input.matchText.slice(input.span[0], input.span[1]))) return [];
    const s = startSentence(rules, input);
    readVerbResults(s);
    readListHeads(s);
    readStandaloneResults(s);
    return s.drafts;
  };
}
