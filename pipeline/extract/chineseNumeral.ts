// Chinese-character numerals: 两千三百万 → 23000000, 三万五 → 35000, 九十点五二 → 90.52,
// 百分之八点一 → 8.1. Semantics follow common usage (a lone digit after 万/千 is the next place
// down, "三万五" = 35000; "十二" = 12). Returns a decimal string, or null if it is not a numeral.

import { shiftDecimal } from './decimal.ts';

const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const chineseNumeralChars = '零〇一二两三四五六七八九十百千万亿点';

function parseBelowTenThousand(s: string, placeAbove: number): number | null {
  if (s === '') return 0;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = placeAbove * 10;
  for (const ch of s) {
    if (ch in digits) {
      if (pending !== null && pending !== 0) return null; // 三三 is not a numeral
      pending = digits[ch] ?? 0;
    } else if (ch in smallUnits) {
      const unit = smallUnits[ch] ?? 1;
      if (unit >= lastUnit) return null;
      // "十二" and "一千零十二": a 十 with no digit of its own (or only the 零 of an empty place) is one ten.
      const count =
        pending === null || pending === 0 ? (unit === 10 ? 1 : pending === null && total === 0 ? 1 : 0) : pending;
      total += count * unit;
      pending = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (pending !== null) {
    // 两千六 = 2600: a trailing digit right after a unit is the next place down.
    const lastChar = s[s.length - 2] ?? '';
    const place = lastChar in smallUnits && s.length >= 2 ? (smallUnits[lastChar] ?? 10) / 10 : 1;
    total += pending * (place >= 1 ? place : 1);
  }
  return total;
}

function parseInteger(s: string): number | null {
  if (s === '') return null;
  const yi = s.indexOf('亿');
  if (yi >= 0) {
    const high = s.slice(0, yi) === '' ? 1 : parseInteger(s.slice(0, yi));
    const rest = s.slice(yi + 1);
    const low =
      rest === ''
        ? 0
        : /^[一二两三四五六七八九]$/.test(rest)
          ? (digits[rest] ?? 0) * 1e7
          : parseInteger(rest.replace(/^零/, ''));
    return high === null || low === null ? null : high * 1e8 + low;
  }
  const wan = s.indexOf('万');
  if (wan >= 0) {
    const high = s.slice(0, wan) === '' ? 1 : parseBelowTenThousand(s.slice(0, wan), 1000);
    const rest = s.slice(wan + 1);
    const low =
      rest === ''
        ? 0
        : /^[一二两三四五六七八九]$/.test(rest)
          ? (digits[rest] ?? 0) * 1000
          : parseBelowTenThousand(rest.replace(/^零/, ''), 1000);
    return high === null || low === null ? null : high * 1e4 + low;
  }
  return parseBelowTenThousand(s, 1000);
}

export function parseChineseNumeral(input: string): string | null {
  let s = input.trim();
  if (s.startsWith('百分之')) s = s.slice(3);
  if (s === '' || /[^零〇一二两三四五六七八九十百千万亿点]/.test(s)) return null;
  // 九十点五二亿: a decimal followed by a magnitude.
  const scaled = /^(.+点[零〇一二两三四五六七八九]+)(万亿|亿|万)$/.exec(s);
  if (scaled) {
    const base = parseChineseNumeral(scaled[1] ?? '');
    return base === null ? null : shiftDecimal(base, scaled[2] === '万' ? 4 : scaled[2] === '亿' ? 8 : 12);
  }
  const [intPart = '', fracPart, extra] = s.split('点');
  if (extra !== undefined) return null;
  const integer = intPart === '' && fracPart !== undefined ? 0 : parseInteger(intPart);
  if (integer === null || !Number.isSafeInteger(integer)) return null;
  if (fracPart === undefined) return String(integer);
  if (fracPart === '' || /[^零〇一二两三四五六七八九]/.test(fracPart)) return null;
  return `${integer}.${[...fracPart].map((c) => digits[c]).join('')}`;
}
