// The lexicon's ranking words compiled once per run into the patterns every sentence is read with:
// verbs, scope words, positions ("第一", "前三位", "一等奖"), standalone results and list heads.
import type { RankingsLexicon } from '../../lexicon/loadLexicon.ts';
import { parseChineseNumeral } from '../chineseNumeral.ts';

// Lexicon words are literal text, tried longest first so a word is not cut short by its prefix.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const QUALIFIED_UNITS = '(?:县\\(市、区\\)|县\\(市区\\)|县\\(区\\)|县区|县市区|各县区|同类县区|县市)?';

type Position = { re: RegExp; rank: number | null | 'capture'; award: boolean };

export type RankingRules = {
  lex: RankingsLexicon;
  verbRe: RegExp;
  moreRe: RegExp;
  onePosition: RegExp;
  standaloneRe: RegExp;
  listHeadRe: RegExp;
  scopeWordRe: RegExp;
  assessmentWord: RegExp;
  awardVerbs: Set<string>;
  bareHead: RegExp;
  positions: Position[];
  /** Any position or standalone phrase: a sentence without one ranks no one. */
  anyPosition: RegExp;
};

export function compileRankingRules(lex: RankingsLexicon): RankingRules {
  const positionSource = lex.positions.map((p) => `(?:${p.pattern})`).join('|');
  return {
    lex,
    // verb, then either a scope word with what is assessed among it ("全国百强区", "全市目标责任考核")
    // or nothing, then the position.
    verbRe: new RegExp(
      `(${alt(lex.verbs)})(?:(${alt(Object.keys(lex.scopes))})((?:(?![第前首])[\\p{Script=Han}]){0,12}?))?${QUALIFIED_UNITS}(${positionSource})`,
      'gu',
    ),
    moreRe: new RegExp(`^(?:[、和及](?:${positionSource}))+`, 'u'),
    onePosition: new RegExp(`(?:${positionSource})`, 'gu'),
    standaloneRe: new RegExp(alt(lex.standalone), 'g'),
    listHeadRe: new RegExp(`(${positionSource})(?:\\(\\d+个\\))?:`, 'gu'),
    scopeWordRe: new RegExp(alt(Object.keys(lex.scopes))),
    assessmentWord: new RegExp(lex.assessmentWords.join('|')),
    awardVerbs: new Set(lex.awardVerbs),
    bareHead: lex.bareHeads.length ? new RegExp(`^(?:${alt(lex.bareHeads)})$`) : /(?!)/,
    positions: lex.positions.map((p) => ({
      re: new RegExp(`^(?:${p.pattern})$`, 'u'),
      rank: p.rank,
      award: p.award ?? false,
    })),
    anyPosition: new RegExp(`${positionSource}|${alt(lex.standalone)}`, 'u'),
  };
}

/** The rank a result says ("第3位" → 3, "前三名" → none) and whether it is an award's grade. */
export function positionOf(rules: RankingRules, result: string): { rank: number | null; award: boolean } {
  for (const p of rules.positions) {
    const m = p.re.exec(result);
    if (!m) continue;
    if (p.rank === 'capture') {
      const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : Number(parseChineseNumeral(m[1] ?? '') ?? NaN);
      return { rank: Number.isInteger(n) && n > 0 ? n : null, award: p.award };
    }
    return { rank: p.rank, award: p.award };
  }
  return { rank: null, award: false };
}
