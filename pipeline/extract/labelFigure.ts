// Names a figure that no metric of the lexicon fits by the document's own words, so it is not lost:
// "全市累计开复工项目437个" → 开复工项目, "服装产量增长114.6%" → 服装产量. The label is the noun phrase
// before the figure in its clause, without who and when, without the verb and without qualifiers
// (word lists in data/lexicon/labels.yaml). A phrase that does not read as a name gives no label,
// and neither does a figure followed by what it counts ("30万千瓦光伏", "投资134亿元的…项目"): the
// words before it do not name it.
import type { LabelsLexicon } from '../lexicon/loadLexicon.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** When words at the start of a clause: 2025年, 2025年底, 1—11月, 截至11月底, 上半年, 一季度. */
const LEADING_PERIOD =
  /^(?:截至|截止|到|至)?(?:\d{4}年(?:度|底|末)?|\d{1,2}\s*(?:—|-|–|~|至|到)\s*\d{1,2}月(?:份)?|\d{1,2}月(?:底|末|份)?|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度)/;
/** A count written right before the figure belongs with it: "签约产业项目45个80.6亿元" names the projects. */
const TRAILING_COUNT = /\d+(?:\.\d+)?(?:个|项|家|户|次|批)$/;
const NAME_CHARS = /^[\p{Script=Han}\dA-Za-z.%]+$/u;
/** Digits in a name only as a class of size: "500万元以上项目". */
const DIGITS_IN_NAME = /\d+(?:\.\d+)?(?:万|亿)?(?:元|吨|亩|千瓦)?(?:以上|以下)/g;
/** What may follow a named figure: the end of the clause, its growth or bound, the next member of a list. */
const FREE_AFTER =
  /^(?:$|[，,。；;、！？!?）)\s]|和|及|与|同比|比上年|较上年|比去年|较去年|增长|下降|增速|以上|以下|左右|分别|其中|占|居|位居|排|，)/;

export type FigureLabeller = (segment: string, after: string, previousLabel?: string | null) => string | null;

export function createFigureLabeller(lex: LabelsLexicon): FigureLabeller {
  const leading = new RegExp(`^(?:${alternation(lex.leading)})`);
  const verbs = new RegExp(`^(?:${alternation(lex.verbs)})`);
  const trailing = new RegExp(`(?:${alternation(lex.trailing)})$`);
  const change = lex.changeWords.length ? new RegExp(`(?:${alternation(lex.changeWords)})(?:了|到|至)?$`) : /(?!)/;
  const heads = lex.heads.length ? new RegExp(`(?:${alternation(lex.heads)})$`) : /(?!)/;
  const generic = new Set(lex.generic);
  const stripAll = (s: string, re: RegExp) => {
    for (let next = s.replace(re, ''); next !== s; next = s.replace(re, '')) s = next;
    return s;
  };
  return function labelOf(segment, after, previousLabel) {
    if (!FREE_AFTER.test(after)) return null;
    let s = segment
      .replace(/[(（][^)）]*[)）]/g, '')
      .replace(/[“”"‘’「」《》:：]/g, '')
      .replace(/\s+/g, '');
    if (change.test(s)) return null;
    s = s.replace(TRAILING_COUNT, '');
    for (let before = ''; before !== s;) {
      before = s;
      s = s.replace(LEADING_PERIOD, '');
      s = stripAll(s, leading);
    }
    s = stripAll(s, verbs);
    s = stripAll(s, trailing);
    s = stripAll(s, leading);
    if (generic.has(s)) {
      const stem = previousLabel ? previousLabel.replace(heads, '') : '';
      if (!stem || stem === previousLabel) return null;
      s = stem + s;
    }
    if (!NAME_CHARS.test(s) || /\d/.test(s.replace(DIGITS_IN_NAME, ''))) return null;
    if (/^[比较]/.test(s)) return null;
    const length = [...s].length;
    if (length < lex.minChars || length > lex.maxChars) return null;
    if (/[的了和及与或、得地]$/.test(s) || /^[的了和及与或、]/.test(s)) return null;
    if (lex.reject.some((w) => s.includes(w))) return null;
    return s;
  };
}
