import { describe, expect, it } from 'vitest';
import { buildCoreData } from '../coreData.ts';
import type { Fact, TargetCheck } from '../schema.ts';
import { fact, metric, region, report } from '../../testing/fixtures.ts';
import { checkFilterOptions, checkGroups, countMet, prefectureOf } from './targetChecks.ts';

const regions = [
  region('620000', '甘肃省', 'province', null),
  region('621100', '定西市', 'prefecture', '620000'),
  region('621124', '临洮县'),
  region('620100', '兰州市', 'prefecture', '620000'),
  region('620171', '兰州新区', 'zone', '620100'),
];
const check = (target: Fact, result: Fact, status: TargetCheck['status'], estimate = false): TargetCheck => ({
  id: `${target.id}-${result.id}`,
  regionId: target.regionId,
  metricId: target.metricId,
  period: target.period,
  targetFactId: target.id,
  resultFactId: result.id,
  status,
  margin: 0,
  measure: 'yoy',
  direction: 'floor',
  estimate,
});

describe('target checks for pages', () => {
  const zoneTarget = fact({
    regionId: '620171',
    metricId: 'gdp',
    kind: 'target',
    yoy: 22,
    value: null,
    period: '2020',
  });
  const zoneResultA = fact({
    regionId: '620171',
    metricId: 'gdp',
    yoy: 16.8,
    value: null,
    period: '2020',
    reportId: 'r1',
  });
  const zoneResultB = fact({
    regionId: '620171',
    metricId: 'gdp',
    yoy: 16.7,
    value: null,
    period: '2020',
    reportId: 'r2',
  });
  const countyTarget = fact({
    regionId: '621124',
    metricId: 'gdp',
    kind: 'target',
    yoy: 6,
    value: null,
    period: '2021',
  });
  const countyEstimate = fact({
    regionId: '621124',
    metricId: 'gdp',
    kind: 'estimate',
    yoy: 6.5,
    value: null,
    period: '2021',
  });
  const facts = [zoneTarget, zoneResultA, zoneResultB, countyTarget, countyEstimate];
  const checks = [
    check(zoneTarget, zoneResultB, 'not-met'),
    check(zoneTarget, zoneResultA, 'not-met'),
    check(countyTarget, countyEstimate, 'exceeded', true),
  ];
  const data = buildCoreData(
    regions,
    [metric('gdp', '地区生产总值')],
    [report('r1', '2021-01-05'), report('r2', '2021-02-01')],
    facts,
    [],
    checks,
  );

  it('groups two disagreeing results under their one target, each kept with its own check', () => {
    const groups = checkGroups(data);
    const zone = groups.find((g) => g.region.id === '620171');
    expect(zone?.results.map((r) => r.result.yoy)).toEqual([16.8, 16.7]);
    expect(groups).toHaveLength(2);
  });

  it('filters by prefecture (a zone belongs to its city) and by metric', () => {
    expect(prefectureOf(data, '620171')?.name).toBe('兰州市');
    expect(checkGroups(data, { prefecture: '620100' }).map((g) => g.region.name)).toEqual(['兰州新区']);
    expect(checkGroups(data, { prefecture: '621100' }).map((g) => g.region.name)).toEqual(['临洮县']);
    expect(checkGroups(data, { metric: 'fixed-asset-investment' })).toEqual([]);
    expect(checkFilterOptions(data).prefectures.map((p) => p.name)).toEqual(['定西市', '兰州市']);
  });

  it('counts each target once: met when its result meets or exceeds it', () => {
    expect(countMet(checkGroups(data))).toEqual({ met: 1, total: 2 });
  });
});
