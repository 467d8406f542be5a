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
const ctx = { mapName: 'm', features, lang: 'zh' as const, tokens: themeTokens.light, labels: { noData: '无数据', estimate: '预计' }, sourceOf: () => '', description: '' };

type Decal = { decal: { symbol: string } };
type MapOption = { series: [{ data: { name: string; value: number; itemStyle: Decal }[]; itemStyle: { areaColor: string } & Decal }, { data: { name: string; value: number[] }[]; label: { formatter: (p: { dataIndex: number }) => string } }]; visualMap: { min: number; max: number }; tooltip: { formatter: (p: unknown) => string } };

describe('buildMapOption', () => {
  const data = coreData(
    [fact({ regionId: '621124', metricId: 'gdp', value: 90 }), fact({ regionId: '621121', metricId: 'gdp', value: 70 }), fact({ regionId: '621126-gongyeyuanqu', metricId: 'gdp', value: 2.2 })],
    { regions: [region('621100', '定西市', 'prefecture', '620000'), region('621124', '临洮县'), region('621121', '通渭县'), region('621126', '岷县'), region('621126-gongyeyuanqu', '岷县工业园区', 'zone', '621126')] },
  );
  const option = buildMapOption(compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' }), ctx) as unknown as MapOption;

  it('colours only regions with a figure; the rest keep the "no data" fill, never zero', () => {
    expect(option.series[0].data.map(({ name, value }) => ({ name, value }))).toEqual([
      { name: '621124', value: 90 },
      { name: '621121', value: 70 },
    ]);
    expect(option.series[0].itemStyle.areaColor).toBe(themeTokens.light.noData);
    // "No data" is hatched; regions with a figure draw without the hatch.
    expect(option.series[0].itemStyle.decal.symbol).toBe('rect');
    for (const d of option.series[0].data) expect(d.itemStyle.decal.symbol).toBe('none');
    expect(option.tooltip.formatter({ seriesType: 'map', name: '621126', dataIndex: -1 })).toContain('无数据');
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
