import { describe, expect, it } from 'vitest';
import { estimatedWidth, pictureOptions, type OptionGroup } from './pictureOptions.ts';

const groups: OptionGroup[] = [
  {
    label: '经济',
    options: [
      { value: 'gdp', label: '地区生产总值（亿元）' },
      { value: 'short', label: '税收（亿元）' },
      { value: 'long', label: '规上电力、热力、燃气及水生产和供应业增加值（亿元）' },
    ],
  },
  { label: '人口', options: [{ value: 'pop', label: '常住人口（万人）' }] },
  { label: 'English', options: [{ value: 'en', label: 'Retail sales of consumer goods (100 million yuan)' }] },
];

describe('a first paint’s picker', () => {
  it('estimates Chinese characters as wider than Latin letters', () => {
    expect(estimatedWidth('地区生产总值')).toBeGreaterThan(estimatedWidth('GDPGDP'));
    expect(estimatedWidth('')).toBe(0);
  });

  it('keeps the chosen option, however narrow, and the widest ones, in their groups and order', () => {
    const shown = pictureOptions(groups, 'short', 2);
    expect(shown.map((g) => g.label)).toEqual(['经济', 'English']);
    expect(shown[0]!.options.map((o) => o.value)).toEqual(['short', 'long']);
    expect(shown[1]!.options.map((o) => o.value)).toEqual(['en']);
  });

  it('ranks options by their own width, not their group’s label (which does not size a select)', () => {
    const wideGroup: OptionGroup[] = [
      ...groups,
      { label: '未审核指标（按原文用词）'.repeat(4), options: [{ value: 'x', label: '户' }] },
    ];
    expect(pictureOptions(wideGroup, 'gdp', 1).flatMap((g) => g.options.map((o) => o.value))).toEqual(['gdp', 'en']);
  });

  it('keeps every option when there are fewer than it would keep', () => {
    expect(pictureOptions(groups, 'gdp', 10)).toEqual(groups);
  });
});
