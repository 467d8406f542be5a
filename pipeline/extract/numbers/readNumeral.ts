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
  if (/\d/.test(ch)) {
    arabic.lastIndex = i;
    const numText = arabic.exec(sentence)?.[0] ?? null;
    return numText ? { numText, decimal: normalizeDecimal(numText), isChinese: false } : null;
  }
  if (chineseNumeralChars.includes(ch) || sentence.startsWith('百分之', i)) {
    chinese.lastIndex = i;
    const m = chinese.exec(sentence);
    if (m) return { numText: m[0], decimal: parseChineseNumeral(m[0]), isChinese: true };
  }
  return null;
}

/** "增长-15.3%", "自然增长率为-0.47‰": a minus sign glued to a number after a word is part of it
 *  (after a digit it is a range: "1-2月"). */
export function hasGluedMinus(sentence: string, numStart: number, isChinese: boolean): boolean {
  return !isChinese && /^[-－−]$/.test(sentence[numStart - 1] ?? '') && /[\p{Script=Han}:：]/u.test(sentence[numStart - 2] ?? '');
}
