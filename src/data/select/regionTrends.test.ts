import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../../testing/fixtures.ts';
import { regionTrends } from './regionTrends.ts';

describe('regionTrends', () => {
  it('lists the metrics a region has for more than one period, levels first, else growth rates', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      // Only one level, but growth rates for two years: the growth rates are its trend.
      fact({ regionId: '621124', metricId: 'fixed-asset-investment', value: 30, yoy: 5, period: '2021' }),
      fact({ regionId: '621124', metricId: 'fixed-asset-investment', value: null, yoy: 7, period: '2022' }),
      // Another region's series is not this region's.
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2020' }),
    ]);
    expect(regionTrends(data, '621124').map((r) => [r.metricId, r.measure, r.trend.periods])).toEqual([
      ['gdp', 'value', ['2021', '2022']],
      ['fixed-asset-investment', 'yoy', ['2021', '2022']],
    ]);
    expect(regionTrends(data, '621121')).toEqual([]);
  });

  it('a result and the next year’s target make a trend worth drawing', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 95, period: '2023', kind: 'target' }),
    ]);
    expect(regionTrends(data, '621124').map((r) => r.metricId)).toEqual(['gdp']);
  });
});
