// Finds the figures in one sentence: a number (Arabic or Chinese characters) with its unit, what
// qualifies it (以上 → min, 控制在 → max, 约 → approximate) and whether it is a level, a growth rate
// (增长8.1%, 下降3%, 增长29倍, 提高0.8个百分点), an absolute change (比上年增加12天, 减少3.15万人:
// not the level of anything) or a baseline (由原来的5天…, 由1条182公里增加到…).
// Numbers without a unit (years, codes such as G75 or “3246”) are not figures, nor are lone
// magnitude characters (亿元以上项目, 万人以上) or ordinals (前三名).
import type { QualifiersLexicon } from '../lexicon/loadLexicon.ts';
import { compileNumberCues, type NumberCues } from './numbers/numberCues.ts';
import { readNumeralAt, signStart, type Numeral } from './numbers/readNumeral.ts';
import { readQualifiers } from './numbers/readQualifiers.ts';
import { readRole } from './numbers/readRole.ts';
import { readUnitAt } from './numbers/readUnit.ts';
import { unsureAt } from './numbers/readUnsure.ts';
import type { ParsedUnit, UnitReader } from './units.ts';

/** 'unsure': a range or a vague amount ("1万-5万元", "数十亿元"), left out (numbers/readUnsure.ts). */
export type NumberRole = 'value' | 'growth' | 'change' | 'baseline' | 'unsure';

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
  /** An average annual rate (年均增长): a growth of a span of years, never of one year. */
  average?: boolean;
};

/** Unchanged on the year before: "与去年持平", "同上年基本持平" (not "与全市增速持平", a comparison with another place). */
const UNCHANGED = /(?:与|同|和|较)(?:去年|上年)(?:同期)?(?:基本)?持平/g;

export type NumberScanner = (sentence: string, offset: number) => NumberToken[];

export function createNumberScanner(units: UnitReader, q: QualifiersLexicon): NumberScanner {
  const cues = compileNumberCues(q);
  return function scanNumbers(sentence, offset) {
    const tokens: NumberToken[] = [];
    let i = 0;
    while (i < sentence.length) {
      const numeral = readNumeralAt(sentence, i);
      if (numeral === null) {
        i += 1;
        continue;
      }
      i += numeral.numText.length;
      const token =
        numeral.decimal === null
          ? null
          : readFigure(units, cues, {
              sentence,
              offset,
              at: i - numeral.numText.length,
              numeral,
              previous: tokens[tokens.length - 1],
            });
      if (!token) continue;
      tokens.push(token);
      i = token.end - offset;
    }
    tokens.push(...unchangedTokens(units, sentence, offset, tokens));
    tokens.sort((a, b) => a.start - b.start);
    return tokens;
  };
}

type FigureAt = { sentence: string; offset: number; at: number; numeral: Numeral; previous: NumberToken | undefined };

/** The figure a numeral starts, with its unit, qualifiers and role; null when it is no figure. */
function readFigure(units: UnitReader, cues: NumberCues, f: FigureAt): NumberToken | null {
  const { sentence, offset } = f;
  const { numText, isChinese } = f.numeral;
  const decimal = f.numeral.decimal as string;
  const numEnd = f.at + numText.length;
  const numStart = signStart(sentence, f.at, isChinese);
  const negative = numStart < f.at;
  // "比上年增长 6.3 %": spaces around the number are the page's, not the sentence's.
  const before = sentence.slice(Math.max(0, numStart - 12), numStart).replace(/\s+$/, '');
  const prevChar = sentence[numStart - 1] ?? '';
  // Codes and ordinals: G75, S565, 第06版, 第十九届, 前三名.
  if (/[A-Za-z第.]/.test(prevChar)) return null;
  if (isChinese && prevChar === '前') return null;
  let cursor = numEnd;
  let bound: 'min' | 'max' | undefined;
  const infix = cues.infixMin.exec(sentence.slice(cursor));
  if (infix) {
    bound = 'min';
    cursor += infix[0].length;
  }
  // "增长 6.3  %": spaces between a number and its unit are the page's (a few, not a gap).
  cursor += /^[ \u3000\u00a0]{0,3}/.exec(sentence.slice(cursor))?.[0].length ?? 0;
  const unitStart = cursor;
  const read = readUnitAt(units, sentence, cursor, numText, isChinese);
  if (!read) return null;
  const { unit } = read;
  cursor = read.cursor;
  if (read.atLeast) bound = 'min';
  const unitEnd = numText.startsWith('百分之') ? unitStart : cursor;
  if (!isFigure(units, { sentence, numText, isChinese, prevChar, before, cursor, unit })) return null;
  const qualifiers = readQualifiers(cues, sentence, before, cursor, bound);
  cursor = qualifiers.cursor;
  const roleRead = readRole(cues, { sentence, offset, before, numStart, cursor, unit }, f.previous);
  const { sign, distributive } = roleRead;
  const clauseStart = Math.max(...['，', '；', ',', ';', '。'].map((c) => sentence.lastIndexOf(c, numStart - 1))) + 1;
  const role = unsureAt(sentence, numStart, cursor, clauseStart) ? 'unsure' : roleRead.role;
  return {
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
    ...(qualifiers.bound ? { bound: qualifiers.bound } : {}),
    ...(qualifiers.boundInPlansOnly ? { boundInPlansOnly: true } : {}),
    ...(qualifiers.approximate ? { approximate: true } : {}),
    distributive,
    ...(roleRead.average ? { average: true } : {}),
  };
}

type Candidate = {
  sentence: string;
  numText: string;
  isChinese: boolean;
  prevChar: string;
  before: string;
  cursor: number;
  unit: ParsedUnit;
};

/** Numbers with a unit that still name no figure: classes, ranks, dates, codes, thresholds. */
function isFigure(units: UnitReader, c: Candidate): boolean {
  const { sentence, numText, isChinese, cursor, unit } = c;
  const rest = sentence.slice(cursor);
  // A magnitude alone names a class ("亿元以上重大项目", "万人以上", "千亩花海"), not an amount;
  // "突破万元大关" is the idiom where it is one.
  const lone = isChinese && !numText.startsWith('百分之') && !/[零〇一二两三四五六七八九十]/.test(numText);
  if (lone && !/^(大关|台阶|关口)/.test(rest)) return false;
  if (c.prevChar === '前' && unit.base === '名') return false;
  if (/^[A-Za-z]/.test(rest)) return false; // 2GWh
  // Dates: 4月1日 is not one day.
  if (unit.base === '日' && /月$/.test(c.before)) return false;
  if (isChinese && (units.isCountDimension(unit.dimension) || numText.length === 0)) return false;
  // "2亿日元" is yen and "5个月" a span of months: the unit read is part of a longer word.
  if (/[日个]$/.test(unit.text) && /^[元月]/.test(rest)) return false;
  // A number inside a web address ("…?x=50%25") is none of the page's figures.
  if (/(?:https?:\/\/|www\.)[\x21-\x7e]*$/.test(sentence.slice(0, cursor - unit.text.length))) return false;
  // "3日内办结率达到100%": the number names a threshold inside another measure.
  return !/^[内以上下]{0,2}[\u4e00-\u9fff]{0,3}率/.test(rest);
}

/** "油料产量2万吨，与去年持平": no change is a growth rate of 0. */
function unchangedTokens(units: UnitReader, sentence: string, offset: number, tokens: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  if (!sentence.includes('持平')) return out;
  for (const m of sentence.matchAll(UNCHANGED)) {
    const at = m.index + m[0].length - 2;
    const unit = units.parse('%');
    if (!unit || [...tokens, ...out].some((t) => t.start - offset <= at && t.end - offset > at)) continue;
    const start = offset + at;
    const end = start + 2;
    out.push({
      numStart: start,
      numEnd: end,
      start,
      end,
      unitStart: end,
      unitEnd: end,
      decimal: '0',
      unit: { ...unit, text: '' },
      role: 'growth',
      sign: 1,
      distributive: false,
    });
  }
  return out;
}
