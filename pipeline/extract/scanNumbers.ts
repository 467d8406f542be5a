// Finds the figures in one sentence: a number (Arabic or Chinese characters) with its unit, what
// qualifies it (以上 → min, 控制在 → max, 约 → approximate) and whether it is a level, a growth rate
// (增长8.1%, 下降3%, 增长29倍, 提高0.8个百分点), an absolute change (比上年增加12天, 减少3.15万人:
// not the level of anything) or a baseline (由原来的5天…, 由1条182公里增加到…).
// Numbers without a unit (years, codes such as G75 or “3246”) are not figures, nor are lone
// magnitude characters (亿元以上项目, 万人以上) or ordinals (前三名).
import type { QualifiersLexicon } from '../lexicon/loadLexicon.ts';
import { chineseNumeralChars, parseChineseNumeral } from './chineseNumeral.ts';
import { normalizeDecimal } from './decimal.ts';
import type { ParsedUnit, UnitReader } from './units.ts';

export type NumberRole = 'value' | 'growth' | 'change' | 'baseline';

export type NumberToken = {
  /** Absolute offsets: the number itself, and the whole figure including unit and qualifiers. */
  numStart: number;
  numEnd: number;
  start: number;
  end: number;
  /** Where the unit is written ("亿元" of "90.52亿元以上"); empty for 百分之…, whose unit is in the number. */
  unitStart: number;
  unitEnd: number;
  decimal: string;
  unit: ParsedUnit;
  role: NumberRole;
  sign: 1 | -1;
  bound?: 'min' | 'max';
  /** The bound comes only from a word that sets a ceiling in plans (控制在), not in results. */
  boundInPlansOnly?: boolean;
  approximate?: boolean;
  /** The number came after 分别 or continues a list begun after 分别. */
  distributive: boolean;
};

/** Unchanged on the year before: "与去年持平", "同上年基本持平" (not "与全市增速持平", a comparison with another place). */
const UNCHANGED = /(?:与|同|和|较)(?:去年|上年)(?:同期)?(?:基本)?持平/g;

export type NumberScanner = (sentence: string, offset: number) => NumberToken[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

export function createNumberScanner(units: UnitReader, q: QualifiersLexicon): NumberScanner {
  const arabic = /(\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
  const chinese = new RegExp(`(?:百分之)?[${chineseNumeralChars}]+`, 'y');
  const growthVerb = new RegExp(`(?:${alternation(q.growth.comparisons)})?(?:${alternation([...q.growth.up, ...q.growth.down])})(?:了)?(?:分别)?(?:为)?$`);
  const downVerb = new RegExp(`(?:${alternation(q.growth.down)})(?:了)?(?:分别)?$`);
  const notYoy = new RegExp(`(?:${alternation(q.growth.notYoy)})(?:了)?(?:分别)?$`);
  const levelAfterVerb = new RegExp(`(?:${alternation([...q.growth.up, ...q.growth.down])})(?:${alternation(q.growth.levelMarkers)})$`);
  const prefixMin = new RegExp(`(?:${alternation(q.bounds.prefixMin)})(?:了)?$`);
  const prefixMax = new RegExp(`(?:${alternation(q.bounds.prefixMax)})$`);
  const planOnlyMax = q.bounds.prefixMaxInPlansOnly.length ? new RegExp(`(?:${alternation(q.bounds.prefixMaxInPlansOnly)})$`) : null;
  const prefixApprox = new RegExp(`(?:${alternation(q.bounds.prefixApprox)})$`);
  const infixMin = new RegExp(`^\\s?(?:${alternation(q.bounds.infixMin)})`);
  const suffixMin = new RegExp(`^(?:${alternation(q.bounds.suffixMin)})`);
  const suffixMax = new RegExp(`^(?:${alternation(q.bounds.suffixMax)})`);
  const suffixApprox = new RegExp(`^(?:${alternation(q.bounds.suffixApprox)})`);
  const baselineAfter = new RegExp(`^(?:${alternation(q.baselineAfter)})`);
  // The open from-word of the clause: a 由/从 with no to-marker (至, 到, 提高到…) after it yet.
  const fromWord = new RegExp(`(?:${alternation(q.baselineBefore)})(?:(?!${alternation(q.baselineAfter)})[^，；,;])*$`);
  const otherBase = q.growth.otherBases.length ? new RegExp(alternation(q.growth.otherBases), 'g') : null;
  const yoyWord = q.growth.yoyWords.length ? new RegExp(alternation(q.growth.yoyWords), 'g') : null;
  const notFrom = q.notBaselineBefore.length ? new RegExp(alternation(q.notBaselineBefore), 'g') : null;
  const toMarkerAhead = new RegExp(`^[^，；,;。]{0,14}?(?=${alternation(q.baselineAfter)})`);
  const goalGrowth = q.growth.goalLinks.length
    ? new RegExp(`(?:${alternation([...q.growth.up, ...q.growth.down])})(?:的)?(?:${alternation(q.growth.goalLinks)})[:：为是]?(?:${alternation(q.growth.goalVerbs)})?(?:达到|实现)?$`)
    : null;
  const goalNext = q.growth.goalVerbs.length ? new RegExp(`^[，,、]?(?:${alternation(q.growth.goalVerbs)})(?:增长|达到|实现)?$`) : null;
  const distributiveBefore = new RegExp(`分别(?:${alternation(q.growth.comparisons)})?(?:为|是|达到|达|${alternation([...q.growth.up, ...q.growth.down])})?$`);

  return function scanNumbers(sentence, offset) {
    const tokens: NumberToken[] = [];
    let i = 0;
    while (i < sentence.length) {
      const ch = sentence[i] ?? '';
      let numText: string | null = null;
      let decimal: string | null = null;
      let isChinese = false;
      if (/\d/.test(ch)) {
        arabic.lastIndex = i;
        const m = arabic.exec(sentence);
        numText = m?.[0] ?? null;
        decimal = numText ? normalizeDecimal(numText) : null;
      } else if (chineseNumeralChars.includes(ch) || sentence.startsWith('百分之', i)) {
        chinese.lastIndex = i;
        const m = chinese.exec(sentence);
        if (m) {
          numText = m[0];
          decimal = parseChineseNumeral(numText);
          isChinese = true;
        }
      }
      if (numText === null) {
        i += 1;
        continue;
      }
      let numStart = i;
      const numEnd = i + numText.length;
      i = numEnd;
      if (decimal === null) continue;
      // "增长-15.3%", "自然增长率为-0.47‰": a minus sign glued to a number after a word is part of it
      // (after a digit it is a range: "1-2月").
      let negative = false;
      if (!isChinese && /^[-－−]$/.test(sentence[numStart - 1] ?? '') && /[\p{Script=Han}:：]/u.test(sentence[numStart - 2] ?? '')) {
        negative = true;
        numStart -= 1;
      }

      // "比上年增长 6.3 %": spaces around the number are the page's, not the sentence's.
      const before = sentence.slice(Math.max(0, numStart - 12), numStart).replace(/\s+$/, '');
      const prevChar = sentence[numStart - 1] ?? '';
      // Codes and ordinals: G75, S565, 第06版, 第十九届, 前三名.
      if (/[A-Za-z第.]/.test(prevChar)) continue;
      if (isChinese && prevChar === '前') continue;
      // A magnitude alone names a class ("亿元以上重大项目", "万人以上", "千亩花海"), not an amount;
      // "突破万元大关" is the idiom where it is one.
      const lone = isChinese && !numText.startsWith('百分之') && !/[零〇一二两三四五六七八九十]/.test(numText);
      let cursor = numEnd;
      let bound: 'min' | 'max' | undefined;
      let approximate = false;
      const infix = infixMin.exec(sentence.slice(cursor));
      if (infix) {
        bound = 'min';
        cursor += infix[0].length;
      }
      if (sentence[cursor] === ' ') cursor += 1;
      const unitStart = cursor;
      let unit: ParsedUnit | null = null;
      if (numText.startsWith('百分之')) {
        unit = units.parse('%');
      } else {
        unit = units.readAt(sentence.slice(cursor));
        if (unit) cursor += unit.text.length;
        else if (!isChinese && /[、万亿千百十]/.test(sentence[cursor] ?? '')) {
          // "分别为112.46、96.6、348.87亿元": the unit written after the last member of a list is
          // every member's.
          const chain = sentence[cursor] === '、' ? /^(?:、\s?\d+(?:\.\d+)?)+(?=\s?[^\d.、\s])/.exec(sentence.slice(cursor, cursor + 80)) : null;
          const shared = chain ? units.readAt(sentence.slice(cursor + chain[0].length).replace(/^\s/, '')) : null;
          if (shared) unit = { ...shared, text: '', written: shared.text };
          else {
            // "8万余人": the qualifier between the magnitude and the unit; "56.7亿": a magnitude
            // without its unit, which a metric's unit completes (元 of 亿元, 人 of 万人).
            const split = /^(万亿|千万|百万|十万|万|亿|千)(多|余)/.exec(sentence.slice(cursor));
            const after = split ? units.readAt(sentence.slice(cursor + split[0].length)) : null;
            if (split && after && after.exponent === 0) {
              unit = units.parse((split[1] ?? '') + after.text) ?? null;
              if (unit) {
                unit = { ...unit, text: sentence.slice(cursor, cursor + split[0].length + after.text.length) };
                cursor += unit.text.length;
                bound = 'min';
              }
            } else {
              const bare = units.bareMagnitudeAt(sentence.slice(cursor));
              if (bare) {
                unit = bare;
                cursor += bare.text.length;
              }
            }
          }
        }
      }
      if (!unit) continue;
      const unitEnd = numText.startsWith('百分之') ? unitStart : cursor;
      if (lone && !/^(大关|台阶|关口)/.test(sentence.slice(cursor))) continue;
      if (prevChar === '前' && unit.base === '名') continue;
      if (/^[A-Za-z]/.test(sentence.slice(cursor))) continue; // 2GWh
      // Dates: 4月1日 is not one day.
      if (unit.base === '日' && /月$/.test(before)) continue;
      if (isChinese && (units.isCountDimension(unit.dimension) || numText.length === 0)) continue;

      // "3日内办结率达到100%": the number names a threshold inside another measure.
      if (/^[内以上下]{0,2}[\u4e00-\u9fff]{0,3}率/.test(sentence.slice(cursor))) continue;
      const after = sentence.slice(cursor);
      const sMin = suffixMin.exec(after);
      const sMax = sMin ? null : suffixMax.exec(after);
      const sApprox = sMin || sMax ? null : suffixApprox.exec(after);
      if (sMin) {
        bound = 'min';
        cursor += sMin[0].length;
      } else if (sMax) {
        bound = 'max';
        cursor += sMax[0].length;
      } else if (sApprox) {
        approximate = true;
        cursor += sApprox[0].length;
      }
      let boundInPlansOnly = false;
      // "控制在3%左右": an approximate figure sets no ceiling.
      if (sApprox) {
        // no bound
      } else if (prefixMin.test(before)) bound = 'min';
      else if (prefixMax.test(before)) {
        boundInPlansOnly = !sMax && planOnlyMax !== null && planOnlyMax.test(before);
        bound = 'max';
      }
      if (prefixApprox.test(before)) approximate = true;

      let role: NumberRole = 'value';
      let sign: 1 | -1 = 1;
      const previous = tokens[tokens.length - 1];
      const between = previous ? sentence.slice(previous.end - offset, numStart) : null;
      const continuesList = previous !== undefined && between !== null && /^(、|和|及|与)$/.test(between);
      if ((continuesList || (goalNext !== null && between !== null && goalNext.test(between))) && previous?.role === 'growth') {
        role = 'growth';
        sign = previous.sign;
      } else if (goalGrowth?.test(before) && !notYoy.test(before)) {
        role = 'growth';
        if (downVerb.test(before.replace(goalGrowth, (m) => m.slice(0, m.search(new RegExp(alternation(q.growth.goalLinks))))))) sign = -1;
      } else if (!levelAfterVerb.test(before) && growthVerb.test(before) && !notYoy.test(before)) {
        role = 'growth';
        if (downVerb.test(before)) sign = -1;
        const lastBase = otherBase ? Math.max(...[...sentence.slice(0, numStart).matchAll(otherBase)].map((m) => m.index), -1) : -1;
        const lastYoy = yoyWord ? Math.max(...[...sentence.slice(0, numStart).matchAll(yoyWord)].map((m) => m.index), -1) : -1;
        if (lastBase > lastYoy) role = 'change';
      } else {
        // "由原来的5天压缩至2.5天", "由1条182公里增加到6条546公里", "由2015年的30.2%提高到…": every
        // number between the from-word and the to-marker is the starting point, not the figure.
        const clauseStart = Math.max(...['，', '；', ',', ';'].map((c) => sentence.lastIndexOf(c, numStart - 1))) + 1;
        const lead = notFrom ? sentence.slice(clauseStart, numStart).replace(notFrom, (w) => '　'.repeat(w.length)) : sentence.slice(clauseStart, numStart);
        if (fromWord.test(lead)) {
          const gap = toMarkerAhead.exec(sentence.slice(cursor));
          if (gap && baselineAfter.test(sentence.slice(cursor + gap[0].length))) role = 'baseline';
        }
      }
      // 增长 or 减少 before an amount that is not a rate: the size of a change ("比上年增加12天").
      if (role === 'growth' && !['percent', 'multiple', 'percentage-points'].includes(unit.dimension)) role = 'change';
      const distributive = distributiveBefore.test(before) || (continuesList && previous.distributive);

      tokens.push({
        numStart: offset + numStart,
        numEnd: offset + numEnd,
        start: offset + numStart,
        end: offset + cursor,
        unitStart: offset + unitStart,
        unitEnd: offset + unitEnd,
        decimal: negative ? `-${decimal}` : decimal,
        unit,
        role,
        sign,
        ...(bound ? { bound } : {}),
        ...(boundInPlansOnly ? { boundInPlansOnly } : {}),
        ...(approximate ? { approximate } : {}),
        distributive,
      });
      i = cursor;
    }
    // "油料产量2万吨，与去年持平": no change is a growth rate of 0.
    if (sentence.includes('持平')) for (const m of sentence.matchAll(UNCHANGED)) {
      const at = m.index + m[0].length - 2;
      const unit = units.parse('%');
      if (!unit || tokens.some((t) => t.start - offset <= at && t.end - offset > at)) continue;
      tokens.push({ numStart: offset + at, numEnd: offset + at + 2, start: offset + at, end: offset + at + 2, unitStart: offset + at + 2, unitEnd: offset + at + 2, decimal: '0', unit: { ...unit, text: '' }, role: 'growth', sign: 1, distributive: false });
    }
    tokens.sort((a, b) => a.start - b.start);
    return tokens;
  };
}
