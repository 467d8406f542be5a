import { describe, expect, it } from 'vitest';
import { normalizeDecimal, shiftDecimal } from './decimal.ts';

describe('shiftDecimal: exact scaling between units', () => {
  it.each([
    ['40.98', 8, '4098000000'], // a float multiply gives 4097999999.9999995
    ['1.1', 8, '110000000'],
    ['90.52', 8, '9052000000'],
    ['1858', -4, '0.1858'], // 1858万元 in 亿元
    ['3.16', 4, '31600'], // 3.16万人 in 人
    ['0.25', 0, '0.25'],
    ['7', -8, '0.00000007'],
    ['100', -2, '1'],
    ['-3', 2, '-300'],
    ['3.5875', 8, '358750000'],
  ])('%s shifted %i places is %s', (input, shift, expected) => {
    expect(shiftDecimal(input, shift)).toBe(expected);
  });

  it('agrees with Number() on the string it returns', () => {
    expect(Number(shiftDecimal('40.98', 8))).toBe(4098000000);
  });
});

describe('normalizeDecimal', () => {
  it('drops thousands separators, half- and full-width', () => {
    expect(normalizeDecimal('1,234.50')).toBe('1234.50');
    expect(normalizeDecimal('82，225.00')).toBe('82225.00');
  });
  it('refuses text that is not a decimal', () => {
    expect(normalizeDecimal('12a')).toBeNull();
    expect(normalizeDecimal('')).toBeNull();
  });
});
