import { describe, expect, it } from 'vitest';
import { comparePeriodsDesc, formatPeriod } from './periods.ts';

describe('periods', () => {
  it('orders later periods first, a whole year before its parts', () => {
    expect(['2023-H1', '2021', '2023', '2023-01/09', '2023-Q3', '2020-11'].sort(comparePeriodsDesc)).toEqual([
      '2023',
      '2023-01/09',
      '2023-Q3',
      '2023-H1',
      '2021',
      '2020-11',
    ]);
  });
  it('never shows "so far this year" or a five-year span as the year itself', () => {
    const sorted = ['2023-YTD', '2023', '2021/2025', '2025', '2023-H1', '2016/2020'].sort(comparePeriodsDesc);
    expect(sorted).toEqual(['2021/2025', '2025', '2023', '2023-H1', '2023-YTD', '2016/2020']);
    expect(formatPeriod('2023-YTD', 'zh')).not.toBe(formatPeriod('2023', 'zh'));
  });
  it.each([
    ['2021', '2021年', '2021'],
    ['2023-H1', '2023年上半年', '2023 H1'],
    ['2021-Q3', '2021年第三季度', '2021 Q3'],
    ['2023-01/09', '2023年1—9月', 'Jan–Sep 2023'],
    ['2020-11', '2020年11月', 'Nov 2020'],
    ['2023-YTD', '2023年以来', '2023 to date'],
    ['2016/2020', '2016—2020年', '2016–2020'],
  ])('%s reads %s / %s', (p, zh, en) => {
    expect(formatPeriod(p, 'zh')).toBe(zh);
    expect(formatPeriod(p, 'en')).toBe(en);
  });
});
