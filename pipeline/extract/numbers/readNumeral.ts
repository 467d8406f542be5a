// The number itself: Arabic digits (with thousands separators) or Chinese numerals (百分之 too),
// and a minus sign glued to it.
import { chineseNumeralChars, parseChineseNumeral } from '../chineseNumeral.ts';
import { normalizeDecimal } from '../decimal.ts';

const arabic = /(\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const chinese = new RegExp(`(?:百分之)?[${chineseNumeralChars}]+`, 'y');

/** A numeral starting at `i`: its text, its value as a decimal string (null when unreadable). */
export type Numeral = { numText: string; decimal: string | null; isChinese: boolean };

export function readNumeralAt(sentence: string, i: number): Numeral | null {
  const ch = sentence[i] ?? '';
  if (/\d/.test(ch)) return readMixedAt(sentence, i) ?? readArabicAt(sentence, i);
  // "百分之5.2": the percent words before Arabic digits.
  if (sentence.startsWith('百分之', i) && /\d/.test(sentence[i + 3] ?? '')) {
    const digits = readArabicAt(sentence, i + 3);
    return digits ? { ...digits, numText: `百分之${digits.numText}` } : null;
  }
  if (chineseNumeralChars.includes(ch) || sentence.startsWith('百分之', i)) {
    chinese.lastIndex = i;
    const m = chinese.exec(sentence);
    if (m) return { numText: m[0], decimal: parseChineseNumeral(m[0]), isChinese: true };
  }
  return null;
}

function readArabicAt(sentence: string, i: number): Numeral | null {
  arabic.lastIndex = i;
  const numText = arabic.exec(sentence)?.[0] ?? null;
  return numText ? { numText, decimal: normalizeDecimal(numText), isChinese: false } : null;
}

/** Digits and magnitude words mixed: "3万4000", "5万4千6百", "25万6千", "1千零20", "2千零30万". */
const mixed = /(?:\d+(?:\.\d+)?[万千百十])(?:零?\d+[万千百十]?)+(?=[^\d.]|$)/y;
const PLACE: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4 };

function readMixedAt(sentence: string, i: number): Numeral | null {
  mixed.lastIndex = i;
  const numText = mixed.exec(sentence)?.[0];
  if (!numText) return null;
  const parts = [...numText.matchAll(/(零?)(\d+(?:\.\d+)?)([万千百十]?)/g)];
  let total = 0;
  let section = 0;
  let placeAbove = 9;
  for (const [, zero, digits = '', unit = ''] of parts) {
    // A bare number after a magnitude fills the places below it exactly ("3万4000") or after 零 ("1千零20");
    // "3万4" is not a way to write 34000 or 30004, and is no number.
    if (unit === '' && !zero && digits.length !== placeAbove) return null;
    const n = Number(digits);
    if (unit === '万') {
      total += (section + n) * 1e4;
      section = 0;
    } else section += n * 10 ** (PLACE[unit] ?? 0);
    placeAbove = unit ? (PLACE[unit] ?? 0) : 0;
  }
  const value = total + section;
  return Number.isSafeInteger(value) ? { numText, decimal: String(value), isChinese: false } : null;
}

const MINUS = /^[-－−–]$/;
/** The text before a minus ends with a figure ("1万-", "5000元-", "10%-"): the minus joins a range. */
const FIGURE_BEFORE = /(?:[\d%‰.]|\d\s*[\u4e00-\u9fff]{1,3})$/;
/** …unless the words after that figure say what the next one is ("2023年增长-3%"). */
const WORD_BEFORE_SIGN = /(增长|增速|下降|减少|增加|为|达到|达|是|率|幅度?)$/;

/**
 * Where a number's sign starts, or the number's own start when it has none. "增长-15.3%",
 * "自然增长率为-0.47‰", "增长 -0.5%", "（-2.1%）", "、-4.3%", "负0.5%", "为负1.2‰": a minus sign or 负
 * right before the number is its sign. After a figure it joins a range ("1-2月", "1万-5万元",
 * "3000-5000元", "10%-15%") and is no sign.
 */
export function signStart(sentence: string, numStart: number, isChinese: boolean): number {
  const prev = sentence[numStart - 1] ?? '';
  if (prev === '负') return numStart - 1;
  if (isChinese || !MINUS.test(prev)) return numStart;
  const before = sentence.slice(Math.max(0, numStart - 9), numStart - 1).replace(/\s+$/, '');
  if (/[A-Za-z]$/.test(before)) return numStart;
  if (FIGURE_BEFORE.test(before) && !WORD_BEFORE_SIGN.test(before)) return numStart;
  return numStart - 1;
}
