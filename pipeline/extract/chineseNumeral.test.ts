import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chineseNumeral.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['九十点五二亿', '9052000000'],
    ['一点五万', '15000'],
    ['两千三百万', '23000000'],
    ['四亿五千六百四十二万零一十五', '456420015'],
    ['三万五', '35000'],
    ['两千六', '2600'],
    ['十二', '12'],
    ['十', '10'],
    ['一百零五', '105'],
    // 零 holds an empty place; the 十 after it still counts one ten.
    ['一千零十二', '1012'],
    ['两千零十', '2010'],
    ['一万零十五', '10015'],
    ['三千零五十', '3050'],
    ['百分之八点一', '8.1'],
    ['百分之十二', '12'],
    ['九十点五二', '90.52'],
    ['万', '10000'],
    ['一千', '1000'],
    ['三三', null],
    ['十四五', null],
    ['', null],
    ['点', null],
  ])('%s → %s', (input, expected) => {
    expect(parseChineseNumeral(input)).toBe(expected);
  });
});
