import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../testing/fixtures.ts';
import { mapOpeningLevel } from './scopes.ts';

describe('mapOpeningLevel', () => {
  const counties = coreData([
    fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
    fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
    fact({ regionId: '621100', metricId: 'gdp', value: 500, period: '2023' }),
  ]);
  const prefectures = coreData([
    fact({ regionId: '621100', metricId: 'gdp', value: 500, period: '2022' }),
    fact({ regionId: '620100', metricId: 'gdp', value: 900, period: '2022' }),
  ]);

  it('opens on the level the default comparison is about', () => {
    expect(mapOpeningLevel(counties, new URLSearchParams('metric=gdp'))).toBe('county');
    expect(mapOpeningLevel(prefectures, new URLSearchParams('metric=gdp'))).toBe('prefecture');
  });

  it('keeps the level the address asks for', () => {
    expect(mapOpeningLevel(counties, new URLSearchParams('metric=gdp&level=prefecture'))).toBe('prefecture');
  });

  it('leaves it to the figures shown for another period or chosen regions', () => {
    expect(mapOpeningLevel(counties, new URLSearchParams('metric=gdp&period=latest'))).toBeNull();
    expect(mapOpeningLevel(counties, new URLSearchParams('metric=gdp&regions=621124,621100'))).toBeNull();
  });
});
