import { describe, expect, it } from 'vitest';
import { compareRows } from '../data/select/compareRows.ts';
import { coreData, fact, region } from '../testing/fixtures.ts';
import { buildMapOption } from './buildMapOption.ts';
import { themeTokens } from './themes.ts';

const features = [
  { adcode: '621124', name: '临洮县', cp: [103.9, 35.4] as [number, number] },
  { adcode: '621121', name: '通渭县', cp: [105.2, 35.2] as [number, number] },
  { adcode: '621126', name: '岷县', cp: [104.0, 34.4] as [number, number] },
];
const ctx = {
  mapName: 'm',
  features,
  lang: 'zh' as const,
  tokens: themeTokens.light,
  labels: { noData: '无数据', estimate: '预计' },
  sourceOf: () => '',
  description: '',
};

type Decal = { decal: { symbol: string } };
type MapOption = {
  series: [
    {
      data: { name: string; value: number; visualMap?: boolean; itemStyle?: Decal }[];
      itemStyle: { areaColor: string; decal?: Decal['decal'] };
    },
    { data: { name: string; value: number[] }[]; label: { formatter: (p: { dataIndex: number }) => string } },
  ];
  visualMap: { min: number; max: number };
  tooltip: { formatter: (p: unknown) => string };
};

describe('buildMapOption', () => {
  const data = coreData(
    [
      fact({ regionId: '621124', metricId: 'gdp', value: 90 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70 }),
      fact({ regionId: '621126-gongyeyuanqu', metricId: 'gdp', value: 2.2 }),
    ],
    {
      regions: [
        region('621100', '定西市', 'prefecture', '620000'),
        region('621124', '临洮县'),
        region('621121', '通渭县'),
        region('621126', '岷县'),
        region('621126-gongyeyuanqu', '岷县工业园区', 'zone', '621126'),
      ],
    },
  );
  const option = buildMapOption(
    compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' }),
    ctx,
  ) as unknown as MapOption;

  it('colours only regions with a figure; the rest keep the "no data" fill, never zero', () => {
    const figures = option.series[0].data.filter((d) => !Number.isNaN(d.value));
    expect(figures.map(({ name, value }) => ({ name, value }))).toEqual([
      { name: '621124', value: 90 },
      { name: '621121', value: 70 },
    ]);
    expect(option.series[0].itemStyle.areaColor).toBe(themeTokens.light.noData);
    expect(option.tooltip.formatter({ seriesType: 'map', name: '621126', dataIndex: -1 })).toContain('无数据');
  });

  it('hatches the regions without a figure, set on the smaller side (ECharts makes a pattern per item that carries one)', () => {
    // Here most regions have a figure: the series has no hatch, the one region without a figure is
    // an item that carries it, kept out of the colour scale; the regions with one carry nothing.
    expect(option.series[0].itemStyle.decal).toBeUndefined();
    const without = option.series[0].data.filter((d) => Number.isNaN(d.value));
    expect(without.map((d) => [d.name, d.visualMap, d.itemStyle?.decal.symbol])).toEqual([['621126', false, 'rect']]);
    for (const d of option.series[0].data.filter((x) => !Number.isNaN(x.value))) expect(d.itemStyle).toBeUndefined();
    // Where most regions have none (one figure of three), the series is hatched and the region with a
    // figure is listed alone, without the hatch.
    const sparse = buildMapOption(
      compareRows(data, { metricId: 'gdp', regionIds: ['621124'], period: 'latest', measure: 'value' }),
      ctx,
    ) as unknown as MapOption;
    expect(sparse.series[0].itemStyle.decal?.symbol).toBe('rect');
    expect(sparse.series[0].data.map((d) => [d.name, d.itemStyle?.decal.symbol])).toEqual([['621124', 'none']]);
  });

  it('shows a zone as a marker at its parent county', () => {
    // Named by id (a click opens its page), labelled by name.
    expect(option.series[1].data).toEqual([{ name: '621126-gongyeyuanqu', value: [104.0, 34.4, 2.2] }]);
    expect(option.series[1].label.formatter({ dataIndex: 0 })).toBe('岷县工业园区');
  });

  it('keeps the province’s proportions instead of stretching it to the box', () => {
    expect((option as unknown as { series: [{ preserveAspect?: string }] }).series[0].preserveAspect).toBe('contain');
  });

  it('scales colours over the values shown', () => {
    expect([option.visualMap.min, option.visualMap.max]).toEqual([2.2, 90]);
  });
});
