import { describe, expect, it } from 'vitest';
import { describeFact, formatValue, formatYoy } from './format.ts';

describe('formatValue', () => {
  it.each([
    [90.52, '亿元', '90.52亿元'],
    [0.1858, '亿元', '1,858万元'],
    [29695, '元', '29,695元'],
    [31600, '人', '31,600人'],
    [193000, '户', '19.3万户'],
    [12.1, '%', '12.1%'],
    [1569.52, '万株', '1,569.52万株'],
    [null, '亿元', '—'],
  ])('%s %s → %s', (v, unit, text) => {
    expect(formatValue(v, unit, 'zh')).toBe(text);
  });

  it('writes English units', () => {
    expect(formatValue(90.52, '亿元', 'en')).toBe('9.05B yuan');
    expect(formatValue(3.16, '万人', 'en')).toBe('31.6K people');
    expect(formatValue(29695, '元', 'en')).toBe('29.7K yuan');
    expect(formatValue(353, '天', 'en')).toBe('353 days');
    expect(formatValue(12.1, '%', 'en')).toBe('12.1%');
  });
});

describe('formatYoy', () => {
  it('signs changes', () => {
    expect(formatYoy(8.1, 'zh')).toBe('+8.1%');
    expect(formatYoy(-3, 'zh')).toBe('−3%');
    expect(formatYoy(null, 'zh')).toBe('—');
  });
});

describe('describeFact', () => {
  it('says kind and bound in words', () => {
    expect(describeFact({ value: 70, unit: '亿元', yoy: 7, bound: 'min', kind: 'estimate' }, 'zh')).toBe(
      '70亿元以上（同比+7%）（预计）',
    );
    expect(describeFact({ value: null, unit: '亿元', yoy: 7, bound: 'min', kind: 'target' }, 'zh')).toBe(
      '增长7%以上（目标）',
    );
  });
});

describe('formatValue under one 亿', () => {
  it('reads a fraction of 亿元 in 万元, exactly', () => {
    expect(formatValue(0.1858, '亿元', 'zh')).toBe('1,858万元');
    expect(formatValue(0.0793, '亿元', 'zh')).toBe('793万元');
    expect(formatValue(0.41, '亿元', 'zh')).toBe('4,100万元');
    expect(formatValue(-0.05, '亿元', 'zh')).toBe('-500万元');
    expect(formatValue(2.25, '亿元', 'zh')).toBe('2.25亿元');
  });
});

describe('describeFact with bounds', () => {
  it('puts a bound on the value or on the growth rate, where the source put it', () => {
    expect(describeFact({ value: 60, unit: '亿元', yoy: 10, yoyBound: 'min', kind: 'target' }, 'zh')).toBe(
      '60亿元（同比+10%以上）（目标）',
    );
    expect(describeFact({ value: 70, unit: '亿元', yoy: null, bound: 'min', kind: 'estimate' }, 'zh')).toBe(
      '70亿元以上（预计）',
    );
    expect(describeFact({ value: null, unit: '亿元', yoy: 7, bound: 'min', kind: 'target' }, 'zh')).toBe(
      '增长7%以上（目标）',
    );
  });
});
