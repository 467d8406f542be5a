import { describe, expect, it } from 'vitest';
import { compareRows } from '../data/select/compareRows.ts';
import { coreData, fact, region } from '../testing/fixtures.ts';
import {
  buildCompareOption,
  categoryLabel,
  compareChartHeight,
  DENSE_ROWS,
  factOfClick,
} from './buildCompareOption.ts';
import { themeTokens } from './themes.ts';

const labels = { estimate: '预计', target: '目标', noData: '无数据' };
const ctx = {
  lang: 'zh' as const,
  tokens: themeTokens.light,
  colorOf: (id: string) => `#${id.slice(-6)}`,
  labels,
  sourceOf: () => '定西日报 2022-02-07',
  description: 'd',
};

type Bar = {
  value: number | null;
  factId: string | null;
  itemStyle: { color: string; decal?: unknown };
  label: { formatter: () => string };
};
type Built = {
  baseOption: {
    yAxis: { data: string[] };
    series: [
      { data: Bar[] },
      { data: ({ value: [number, number] } | null)[]; tooltip: { formatter: (p: unknown) => string } },
    ];
    tooltip: { formatter: (p: unknown) => string };
  };
};
const build = (facts: Parameters<typeof coreData>[0], period = 'latest') => {
  const data = coreData(facts);
  const comparison = compareRows(data, { metricId: 'gdp', regionIds: null, period, measure: 'value' });
  return { comparison, option: buildCompareOption(comparison, ctx) as unknown as Built };
};

describe('buildCompareOption', () => {
  it('puts the largest value at the top (ECharts draws the first category at the bottom)', () => {
    const { option } = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 90 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70 }),
    ]);
    expect(option.baseOption.yAxis.data).toEqual(['通渭县', '临洮县']);
    expect(option.baseOption.series[0].data.map((b) => b.value)).toEqual([70, 90]);
  });

  it('colours each bar with its region’s colour and links it to its fact', () => {
    const f = fact({ regionId: '621124', metricId: 'gdp', value: 90 });
    const { option } = build([f]);
    expect(option.baseOption.series[0].data[0]).toMatchObject({ factId: f.id, itemStyle: { color: '#621124' } });
  });

  it('hatches estimates and says 预计 in their label', () => {
    const { option } = build([fact({ regionId: '621124', metricId: 'gdp', value: 90, kind: 'estimate' })]);
    const [bar] = option.baseOption.series[0].data;
    expect(bar?.itemStyle.decal).toBeDefined();
    expect(bar?.label.formatter()).toBe('90亿元 预计');
  });

  it('draws a target as a mark beside the bars, never as a bar', () => {
    const { option } = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 90 }),
      fact({ regionId: '621124', metricId: 'gdp', value: 95, kind: 'target' }),
    ]);
    expect(option.baseOption.series[0].data.map((b) => b.value)).toEqual([90]);
    expect(option.baseOption.series[1].data).toEqual([{ value: [95, 0], factId: expect.any(String) }]);
  });

  it('labels every bar with its period when periods differ', () => {
    const { comparison, option } = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2023' }),
    ]);
    expect(option.baseOption.yAxis.data).toEqual(['通渭县\n2023年', '临洮县\n2021年']);
    expect(categoryLabel(comparison.rows[0]!, { ...comparison, mixedPeriods: false }, 'zh')).toBe('临洮县');
  });

  it('escapes source text in tooltips', () => {
    const { option } = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, quote: '<img src=x onerror=alert(1)>' }),
    ]);
    const html = option.baseOption.tooltip.formatter({ dataIndex: 0 });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('hides tick labels on narrow charts, where bar labels carry the values', () => {
    const { option } = build([fact({ regionId: '621124', metricId: 'gdp', value: 90 })]);
    const media = (
      option as unknown as {
        media: { query: { maxWidth: number }; option: { xAxis: { axisLabel: { show: boolean } } } }[];
      }
    ).media;
    expect(media[0]?.option.xAxis.axisLabel.show).toBe(false);
  });
});

describe('buildCompareOption with hundreds of regions', () => {
  const many = Array.from({ length: DENSE_ROWS + 30 }, (_, i) => ({ id: String(620101 + i), name: `第${i}县` }));
  const denseData = () => {
    const regions = [
      region('620000', '甘肃省', 'province', null),
      ...many.map((r) => region(r.id, r.name, 'county', '620000')),
    ];
    const facts = many.map((r, i) =>
      fact({ regionId: r.id, metricId: 'gdp', value: i + 1, kind: i % 10 === 0 ? 'estimate' : 'actual' }),
    );
    return coreData(facts, { regions });
  };
  type Dense = {
    xAxis: { data: string[]; axisLabel: { show: boolean } };
    series: { data: number[]; large: boolean }[];
    tooltip: { formatter: (p: unknown) => string };
  };

  it('draws one column per region, largest first, without a name under each', () => {
    const comparison = compareRows(denseData(), {
      metricId: 'gdp',
      regionIds: null,
      period: 'latest',
      measure: 'value',
    });
    const option = buildCompareOption(comparison, ctx) as unknown as Dense;
    expect(option.xAxis.data).toHaveLength(many.length);
    expect(option.xAxis.data[0]).toBe(`第${many.length - 1}县`);
    expect(option.xAxis.axisLabel.show).toBe(false);
    expect(compareChartHeight(comparison.rows.length)).toBeLessThan(compareChartHeight(DENSE_ROWS));
  });

  it('keeps estimates apart from results and names each column with its quote on hover', () => {
    const comparison = compareRows(denseData(), {
      metricId: 'gdp',
      regionIds: null,
      period: 'latest',
      measure: 'value',
    });
    const option = buildCompareOption(comparison, ctx) as unknown as Dense;
    const [results, estimates] = option.series;
    comparison.rows.forEach((row, i) => {
      expect(row.estimate ? estimates?.data[i] : results?.data[i]).toBe(row.value);
      expect(row.estimate ? results?.data[i] : estimates?.data[i]).toBe(0);
    });
    const tip = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain(comparison.rows[0]?.region.name);
    expect(tip).toContain(comparison.rows[0]?.fact?.quote);
  });
});

describe('factOfClick', () => {
  it('finds the fact a bar names, and a dense chart’s column by its place', () => {
    const f = fact({ regionId: '621124', metricId: 'gdp', value: 90 });
    const data = coreData([f]);
    const comparison = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(factOfClick(comparison, data.fact, { factId: f.id, dataIndex: 0 })).toBe(f);
    // Few regions: a click without a fact id (a target mark's gap) opens nothing.
    expect(factOfClick(comparison, data.fact, { factId: null, dataIndex: 0 })).toBeUndefined();
    const many = Array.from({ length: DENSE_ROWS + 1 }, (_, i) =>
      fact({ regionId: String(620101 + i), metricId: 'gdp', value: i + 1 }),
    );
    const dense = coreData(many, {
      regions: [
        region('620000', '甘肃省', 'province', null),
        ...many.map((m) => region(m.regionId, m.regionId, 'county', '620000')),
      ],
    });
    const big = compareRows(dense, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(factOfClick(big, dense.fact, { factId: null, dataIndex: 0 })).toBe(big.rows[0]?.fact);
    expect(big.rows[0]?.value).toBe(DENSE_ROWS + 1);
  });
});
