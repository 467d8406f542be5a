import { describe, expect, it } from 'vitest';
import { compareRows } from '../data/select/compareRows.ts';
import { coreData, fact } from '../testing/fixtures.ts';
import { buildCompareOption } from './buildCompareOption.ts';
import { chartItem, chartTooltip } from './staticChartItem.ts';
import { themeTokens } from './themes.ts';

const labels = { estimate: '预计', target: '目标', noData: '无数据' };
const ctx = {
  lang: 'zh' as const,
  tokens: themeTokens.light,
  colorOf: () => '#123456',
  labels,
  sourceOf: () => '定西日报 2022-02-07',
  description: 'd',
};

const compare = () => {
  const lintao = fact({ regionId: '621124', metricId: 'gdp', value: 90, quote: '临洮县地区生产总值90亿元' });
  const tongwei = fact({ regionId: '621121', metricId: 'gdp', value: 70, quote: '通渭县地区生产总值70亿元' });
  const target = fact({ regionId: '621124', metricId: 'gdp', value: 95, kind: 'target', quote: '力争达到95亿元' });
  const data = coreData([lintao, tongwei, target]);
  const option = buildCompareOption(
    compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' }),
    ctx,
  );
  return { option, lintao, tongwei, target };
};

describe('a prerendered chart answers hover and click from its option', () => {
  it('a bar gives its fact and its region, as ECharts’ click event would', () => {
    const { option, lintao, tongwei } = compare();
    // The largest is drawn at the top, which is the last category.
    expect(chartItem(option, 0, 1)).toEqual({ factId: lintao.id, name: '临洮县', dataIndex: 1, seriesType: 'bar' });
    expect(chartItem(option, 0, 0)?.factId).toBe(tongwei.id);
  });

  it('a target mark gives the target’s fact', () => {
    const { option, target } = compare();
    expect(chartItem(option, 1, 1)).toMatchObject({ factId: target.id, seriesType: 'scatter' });
  });

  it('the tooltip over a bar is the chart’s own: region, figure, quote and source', () => {
    const { option } = compare();
    const html = chartTooltip(option, 0, 1);
    expect(html).toContain('临洮县');
    expect(html).toContain('临洮县地区生产总值90亿元');
    expect(html).toContain('定西日报 2022-02-07');
  });

  it('a series with its own tooltip uses it (the target mark quotes the target)', () => {
    const { option } = compare();
    expect(chartTooltip(option, 1, 1)).toContain('力争达到95亿元');
  });

  it('marks outside the data give nothing', () => {
    const { option } = compare();
    expect(chartItem(option, 0, 9)).toBeNull();
    expect(chartItem(option, 7, 0)).toBeNull();
    expect(chartTooltip(option, 0, -1)).toBeNull();
  });

  it('an axis tooltip gets a list of one, as ECharts gives it', () => {
    const seen: unknown[] = [];
    const option = {
      tooltip: { trigger: 'axis', formatter: (p: unknown) => (seen.push(p), 'x') },
      xAxis: { type: 'category', data: ['甲', '乙'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [1, 2] }],
    };
    expect(chartTooltip(option as never, 0, 1)).toBe('x');
    expect(seen[0]).toEqual([expect.objectContaining({ dataIndex: 1, name: '乙', value: 2, seriesType: 'bar' })]);
  });
});
