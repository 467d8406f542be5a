// Small literal datasets for selector and chart tests.
import type { Fact, Metric, Region, Report } from '../data/schema.ts';
import { buildCoreData, type CoreData } from '../data/coreData.ts';

export const region = (
  id: string,
  name: string,
  level: Region['level'] = 'county',
  parentId: string | null = '621100',
): Region => ({ id, name, level, parentId, adcode: /^\d{6}$/.test(id) ? id : undefined, aliases: [], pinyin: [] });

export const metric = (id: string, name: string, unit = '亿元', higherIsBetter: boolean | null = true): Metric => ({
  id,
  name,
  nameEn: name,
  unit,
  category: 'economy',
  higherIsBetter,
});

export const report = (id: string, date: string, publisher = '定西日报'): Report => ({
  id,
  title: id,
  date,
  publisher,
  kind: 'review',
  regionIds: [],
  sourceFile: `data/sources/${id}.txt`,
  script: 'simplified',
  subjectRegionId: null,
});

let counter = 0;
export function fact(partial: Partial<Fact> & Pick<Fact, 'regionId' | 'metricId'>): Fact {
  counter += 1;
  return {
    id: `f${counter}`,
    period: '2021',
    kind: 'actual',
    value: 1,
    unit: '亿元',
    yoy: null,
    raw: { value: String(partial.value ?? 1), unit: '亿元' },
    reportId: 'r1',
    quote: `quote ${String(partial.value ?? 1)}`,
    span: [0, 10],
    ...partial,
  };
}

export function coreData(
  facts: Fact[],
  extra: { regions?: Region[]; metrics?: Metric[]; reports?: Report[] } = {},
): CoreData {
  const regions = extra.regions ?? [
    region('620000', '甘肃省', 'province', null),
    region('621100', '定西市', 'prefecture', '620000'),
    region('621124', '临洮县'),
    region('621121', '通渭县'),
    region('621126', '岷县'),
  ];
  const metrics = extra.metrics ?? [metric('gdp', '地区生产总值'), metric('fixed-asset-investment', '固定资产投资')];
  const reports = extra.reports ?? [report('r1', '2022-02-07'), report('r2', '2024-01-21', '通渭县人民政府')];
  return buildCoreData(regions, metrics, reports, facts, []);
}
