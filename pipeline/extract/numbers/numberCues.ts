// The lexicon's qualifier words (data/lexicon/qualifiers.yaml) compiled once into the patterns
// number reading tests against the text before and after a number.
import type { QualifiersLexicon } from '../../lexicon/loadLexicon.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export type NumberCues = ReturnType<typeof compileNumberCues>;

export function compileNumberCues(q: QualifiersLexicon) {
  const moves = alternation([...q.growth.up, ...q.growth.down]);
  return {
    ...compileBoundCues(q),
    growthVerb: new RegExp(`(?:${alternation(q.growth.comparisons)})?(?:${moves})(?:了)?(?:分别)?(?:为)?$`),
    downVerb: new RegExp(`(?:${alternation(q.growth.down)})(?:了)?(?:分别)?$`),
    notYoy: new RegExp(`(?:${alternation(q.growth.notYoy)})(?:了)?(?:分别)?$`),
    levelAfterVerb: new RegExp(`(?:${moves})(?:${alternation(q.growth.levelMarkers)})$`),
    baselineAfter: new RegExp(`^(?:${alternation(q.baselineAfter)})`),
    // The open from-word of the clause: a 由/从 with no to-marker (至, 到, 提高到…) after it yet.
    fromWord: new RegExp(`(?:${alternation(q.baselineBefore)})(?:(?!${alternation(q.baselineAfter)})[^，；,;])*$`),
    otherBase: q.growth.otherBases.length ? new RegExp(alternation(q.growth.otherBases), 'g') : null,
    yoyWord: q.growth.yoyWords.length ? new RegExp(alternation(q.growth.yoyWords), 'g') : null,
    notFrom: q.notBaselineBefore.length ? new RegExp(alternation(q.notBaselineBefore), 'g') : null,
    toMarkerAhead: new RegExp(`^[^，；,;。]{0,14}?(?=${alternation(q.baselineAfter)})`),
    goalGrowth: q.growth.goalLinks.length
      ? new RegExp(
          `(?:${moves})(?:的)?(?:${alternation(q.growth.goalLinks)})[:：为是]?(?:${alternation(q.growth.goalVerbs)})?(?:达到|实现)?$`,
        )
      : null,
    goalLink: new RegExp(alternation(q.growth.goalLinks)),
    goalNext: q.growth.goalVerbs.length
      ? new RegExp(`^[，,、]?(?:${alternation(q.growth.goalVerbs)})(?:增长|达到|实现)?$`)
      : null,
    distributiveBefore: new RegExp(`分别(?:${alternation(q.growth.comparisons)})?(?:为|是|达到|达|${moves})?$`),
  };
}

function compileBoundCues(q: QualifiersLexicon) {
  const b = q.bounds;
  return {
    prefixMin: new RegExp(`(?:${alternation(b.prefixMin)})(?:了)?$`),
    prefixMax: new RegExp(`(?:${alternation(b.prefixMax)})$`),
    planOnlyMax: b.prefixMaxInPlansOnly.length ? new RegExp(`(?:${alternation(b.prefixMaxInPlansOnly)})$`) : null,
    prefixApprox: new RegExp(`(?:${alternation(b.prefixApprox)})$`),
    infixMin: new RegExp(`^\\s?(?:${alternation(b.infixMin)})`),
    suffixMin: new RegExp(`^(?:${alternation(b.suffixMin)})`),
    suffixMax: new RegExp(`^(?:${alternation(b.suffixMax)})`),
    suffixApprox: new RegExp(`^(?:${alternation(b.suffixApprox)})`),
  };
}
