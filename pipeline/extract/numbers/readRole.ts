// What a figure is: a level, a growth rate (增长8.1%, 下降3%, 增长29倍, 提高0.8个百分点), the size of
// a change (比上年增加12天) or the starting point of a change (由原来的5天…).
import type { ParsedUnit } from '../units.ts';
import type { NumberRole, NumberToken } from '../scanNumbers.ts';
import type { NumberCues } from './numberCues.ts';

/** `average`: an average annual rate (年均增长), a growth only of a span of years. */
export type RoleRead = { role: NumberRole; sign: 1 | -1; distributive: boolean; average: boolean };

type At = { sentence: string; offset: number; before: string; numStart: number; cursor: number; unit: ParsedUnit };

export function readRole(cues: NumberCues, at: At, previous: NumberToken | undefined): RoleRead {
  const { sentence, offset, numStart } = at;
  // "增长约5%", "下降近3%", "增长超过10%": a qualifier between the verb and the number is the number's.
  const before = at.before.replace(cues.prefixApprox, '').replace(cues.prefixMin, '').replace(cues.prefixMax, '');
  let role: NumberRole = 'value';
  let sign: 1 | -1 = 1;
  let average = false;
  const between = previous ? sentence.slice(previous.end - offset, numStart) : null;
  const continuesList = previous !== undefined && between !== null && /^(、|和|及|与)$/.test(between);
  const goalContinues = cues.goalNext !== null && between !== null && cues.goalNext.test(between);
  if ((continuesList || goalContinues) && previous?.role === 'growth') {
    role = 'growth';
    sign = previous.sign;
    average = previous.average ?? false;
  } else if (cues.goalGrowth?.test(before) && !cues.notYoy.test(before)) {
    role = 'growth';
    const goalGrowth = cues.goalGrowth;
    if (cues.downVerb.test(before.replace(goalGrowth, (m) => m.slice(0, m.search(cues.goalLink))))) sign = -1;
  } else if (!cues.levelAfterVerb.test(before) && cues.growthVerb.test(before) && !cues.notYoy.test(before)) {
    role = 'growth';
    if (cues.downVerb.test(before)) sign = -1;
    if (comparedWithOtherBase(cues, sentence, numStart)) role = 'change';
  } else if (cues.notYoy.test(before) && at.unit.dimension === 'percent') {
    // "“十三五”期间…年均增长6.7%": the rate of a span, no year's growth (placed only in a span).
    role = 'growth';
    average = true;
  } else if (isBaseline(cues, at)) role = 'baseline';
  // 增长 or 减少 before an amount that is not a rate: the size of a change ("比上年增加12天").
  if (role === 'growth' && !['percent', 'multiple', 'percentage-points'].includes(at.unit.dimension)) role = 'change';
  const distributive =
    cues.distributiveBefore.test(before) || (continuesList && (previous as NumberToken).distributive);
  return { role, sign, distributive, average };
}

/** "比年初增长": a base other than the year before, named after the last year-on-year word. */
function comparedWithOtherBase(cues: NumberCues, sentence: string, numStart: number): boolean {
  const upTo = sentence.slice(0, numStart);
  const lastBase = cues.otherBase ? Math.max(...[...upTo.matchAll(cues.otherBase)].map((m) => m.index), -1) : -1;
  const lastYoy = cues.yoyWord ? Math.max(...[...upTo.matchAll(cues.yoyWord)].map((m) => m.index), -1) : -1;
  return lastBase > lastYoy;
}

/** "由原来的5天压缩至2.5天", "由1条182公里增加到6条546公里", "由2015年的30.2%提高到…": every number
 *  between the from-word and the to-marker is the starting point, not the figure. */
function isBaseline(cues: NumberCues, at: At): boolean {
  const { sentence, numStart, cursor } = at;
  const clauseStart = Math.max(...['，', '；', ',', ';'].map((c) => sentence.lastIndexOf(c, numStart - 1))) + 1;
  const clause = sentence.slice(clauseStart, numStart);
  const lead = cues.notFrom ? clause.replace(cues.notFrom, (w) => '　'.repeat(w.length)) : clause;
  if (!cues.fromWord.test(lead)) return false;
  const gap = cues.toMarkerAhead.exec(sentence.slice(cursor));
  return gap !== null && cues.baselineAfter.test(sentence.slice(cursor + gap[0].length));
}
