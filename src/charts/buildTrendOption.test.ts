import { describe, expect, it } from 'vitest';
import { trendSeries } from '../data/select/trendSeries.ts';
import { coreData, fact } from '../testing/fixtures.ts';
import { buildTrendOption } from './buildTrendOption.ts';
import { themeTokens } from './themes.ts';

const ctx = {
  lang: 'zh' as const,
  tokens: themeTokens.light,
  colorOf: (id: string) => `#${id.slice(-6)}`,
  labels: { estimate: '预计', target: '目标', alsoReported: '另一来源' },
  sourceOf: (id: string) => `来源 ${id}`,
  description: 'd',
};

type Datum = {
  value: number | null;
  factId: string | null;
  itemStyle?: { color: string; borderColor?: string };
  label?: { show: boolean; formatter: () => string };
  symbol?: string;
};
type Series = {
  name: string;
  type: string;
  connectNulls: boolean;
  lineStyle: { type?: string };
  data: Datum[];
  endLabel: { show: boolean };
  tooltip: { formatter: (p: unknown) => string };
};
type Built = { xAxis: { data: string[] }; series: Series[] };

const build = (
  facts: Parameters<typeof coreData>[0],
  regionIds = ['621124', '621121'],
  extra: Partial<typeof ctx> & { valueLabels?: boolean } = {},
) =>
  buildTrendOption(trendSeries(coreData(facts), { metricId: 'gdp', regionIds, measure: 'value' }), {
    ...ctx,
    ...extra,
  }) as unknown as Built;

describe('buildTrendOption', () => {
  it('draws one solid line per region over the periods, with a gap (not a bridge) where a year is missing', () => {
    const option = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2019' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 95, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2020' }),
    ]);
    expect(option.xAxis.data).toEqual(['2019年', '2020年', '2021年']);
    const lintao = option.series.find((s) => s.name === '临洮县');
    expect(lintao?.data.map((d) => d.value)).toEqual([80, null, 95]);
    expect(lintao?.connectNulls).toBe(false);
    expect(lintao?.lineStyle.type).toBeUndefined();
    // Each line is named at its end: colour is not the only key.
    expect(lintao?.endLabel.show).toBe(true);
  });

  it('draws estimates as hollow points and links every point to its sentence', () => {
    const estimate = fact({ regionId: '621124', metricId: 'gdp', value: 96, period: '2022', kind: 'estimate' });
    const result = fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' });
    const option = build([result, estimate], ['621124']);
    const [first, second] = option.series[0]?.data ?? [];
    expect(first).toMatchObject({ factId: result.id, itemStyle: { color: '#621124' } });
    expect(second).toMatchObject({ factId: estimate.id, itemStyle: { color: '#ffffff', borderColor: '#621124' } });
  });

  it('draws targets dashed, from the last result before them, apart from the results', () => {
    const target = fact({ regionId: '621124', metricId: 'gdp', value: 100, period: '2023', kind: 'target' });
    const option = build(
      [
        fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2021' }),
        fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
        target,
      ],
      ['621124'],
    );
    const targets = option.series.find((s) => s.name.endsWith('目标'));
    expect(targets?.lineStyle.type).toBe('dashed');
    expect(targets?.data.map((d) => d.value)).toEqual([null, 90, 100]);
    // The anchor is the 2022 result: it draws no second symbol and opens no sentence.
    expect(targets?.data[1]).toMatchObject({ factId: null, symbol: 'none' });
    expect(targets?.data[2]?.factId).toBe(target.id);
    const results = option.series.find((s) => s.name === '临洮县');
    expect(results?.data.map((d) => d.value)).toEqual([80, 90, null]);
  });

  it('shows the quote, source and any disagreeing report of a point on hover', () => {
    const option = build(
      [
        fact({
          regionId: '621124',
          metricId: 'gdp',
          value: 90,
          period: '2021',
          reportId: 'r2',
          quote: '全县生产总值90亿元',
        }),
        fact({
          regionId: '621124',
          metricId: 'gdp',
          value: 89,
          period: '2021',
          reportId: 'r1',
          quote: '临洮县生产总值89亿元',
        }),
      ],
      ['621124'],
    );
    const html = option.series[0]?.tooltip.formatter({ dataIndex: 0 }) ?? '';
    expect(html).toContain('全县生产总值90亿元');
    expect(html).toContain('来源 r2');
    expect(html).toContain('另一来源');
    expect(html).toContain('临洮县生产总值89亿元');
  });

  it('writes values at the points on slides, and not on pages', () => {
    const facts = [
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 96, period: '2022', kind: 'estimate' }),
    ];
    const page = build(facts, ['621124']);
    expect(page.series[0]?.data.every((d) => !d.label?.show)).toBe(true);
    const slide = build(facts, ['621124'], { valueLabels: true, tokens: themeTokens.projector });
    expect(slide.series[0]?.data.map((d) => d.label?.formatter())).toEqual(['90亿元', '96亿元 预计']);
  });

  it('gives lines that share a usual colour different colours', () => {
    const option = build(
      [
        fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
        fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2021' }),
      ],
      ['621124', '621121'],
      { colorOf: () => '#0072B2' },
    );
    const colours = option.series.map((s) => (s as unknown as { lineStyle: { color: string } }).lineStyle.color);
    expect(new Set(colours).size).toBe(2);
  });

  it('a region with one figure is a point: a line series with one value and its symbol shown', () => {
    const option = build([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
    ]);
    const tongwei = option.series.find((s) => s.name === '通渭县') as Series & { showSymbol: boolean };
    expect(tongwei.data.map((d) => d.value)).toEqual([null, 70]);
    expect(tongwei.showSymbol).toBe(true);
  });
});
