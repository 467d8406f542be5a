import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../testing/fixtures.ts';
import { mapBoundaryFiles, mapOpeningLevel } from './scopes.ts';

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

describe('mapBoundaryFiles', () => {
  const province = (adcode: string) => ({
    adcode,
    name: adcode,
    counties: `${adcode}-counties.json`,
    prefectures: `${adcode}-prefectures.json`,
    bbox: [0, 0, 1, 1] as [number, number, number, number],
  });
  const national = {
    counties: 'china-counties.json',
    prefectures: 'china-prefectures.json',
    bbox: [0, 0, 1, 1] as [number, number, number, number],
  };
  const data = coreData([
    fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
    fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
  ]);

  it('opens on the requested province, at the level the comparison is about', () => {
    const index = { provinces: [province('620000'), province('510000')], national, attribution: '' };
    expect(mapBoundaryFiles(index, data, new URLSearchParams('metric=gdp&province=510000'))).toEqual([
      '510000-counties.json',
    ]);
    expect(mapBoundaryFiles(index, data, new URLSearchParams('metric=gdp&province=all&level=prefecture'))).toEqual([
      'china-prefectures.json',
    ]);
  });

  it('opens on every province of a small dataset, and on the nation past a few', () => {
    const few = { provinces: [province('620000'), province('510000')], national, attribution: '' };
    expect(mapBoundaryFiles(few, data, new URLSearchParams('metric=gdp'))).toEqual([
      '620000-counties.json',
      '510000-counties.json',
    ]);
    const many = { provinces: ['110000', '120000', '130000', '620000'].map(province), national, attribution: '' };
    expect(mapBoundaryFiles(many, data, new URLSearchParams('metric=gdp&period=latest'))).toEqual([
      'china-counties.json',
      'china-prefectures.json',
    ]);
  });
});
