import { describe, expect, it } from 'vitest';
import { coreData, fact, region } from '../../testing/fixtures.ts';
import { compareRows } from './compareRows.ts';
import {
  comparisonAtLevel,
  comparisonLevel,
  decidedLevel,
  decidedProvince,
  figuresPerProvince,
  fullestProvince,
  levelWithMoreFigures,
  mapProblems,
  NATIONAL,
  rowsInProvince,
} from './mapScope.ts';

const provinces = (...adcodes: string[]) => adcodes.map((adcode) => ({ adcode }));

// Gansu, with a prefecture (定西市) and two of its counties; Sichuan: a prefecture and one of its districts.
const regions = [
  region('620000', '甘肃省', 'province', null),
  region('621100', '定西市', 'prefecture', '620000'),
  region('621124', '临洮县'),
  region('621121', '通渭县'),
  region('510000', '四川省', 'province', null),
  region('510100', '成都市', 'prefecture', '510000'),
  region('510112', '龙泉驿区', 'county', '510100'),
];
const data = coreData(
  [
    fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022', reportId: 'r2' }),
    fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
    fact({ regionId: '621100', metricId: 'gdp', value: 500, period: '2022' }),
    fact({ regionId: '620000', metricId: 'gdp', value: 9000, period: '2022' }),
    fact({ regionId: '510100', metricId: 'gdp', value: 2000, period: '2022' }),
    fact({ regionId: '510112', metricId: 'gdp', value: 100, period: '2022' }),
  ],
  { regions },
);
// Every level kept, as the map asks for them; each region's latest figure.
const comparison = compareRows(data, {
  metricId: 'gdp',
  regionIds: null,
  period: 'latest',
  measure: 'value',
  allLevels: true,
});
const names = (rows: { region: { name: string } }[]) => rows.map((r) => r.region.name).sort();

describe('the province a map shows', () => {
  it('is the one the address asks for, or the whole country where there are national boundaries', () => {
    expect(decidedProvince({ provinces: provinces('620000', '510000') }, '510000')).toBe('510000');
    expect(decidedProvince({ provinces: provinces('620000', '510000'), national: {} }, NATIONAL)).toBe(NATIONAL);
  });

  it('leaves a small index to the figures, and opens a large one on the whole country', () => {
    expect(decidedProvince({ provinces: provinces('620000', '510000'), national: {} }, null)).toBeNull();
    expect(decidedProvince({ provinces: provinces('110000', '120000', '130000', '620000'), national: {} }, null)).toBe(
      NATIONAL,
    );
    // Without national boundaries there is no whole country to open on.
    expect(decidedProvince({ provinces: provinces('110000', '120000', '130000', '620000') }, null)).toBeNull();
    expect(decidedProvince({ provinces: provinces('620000') }, NATIONAL)).toBeNull();
  });

  it('does not take a province the boundaries lack', () => {
    expect(decidedProvince({ provinces: provinces('620000', '510000') }, '990000')).toBeNull();
  });

  it('left to the figures, is the one with most regions with a figure', () => {
    const counts = figuresPerProvince(comparison.rows);
    expect(Object.fromEntries(counts)).toEqual({ '620000': 4, '510000': 2 });
    // A row without a value (a target only) is no figure.
    expect(
      Object.fromEntries(
        figuresPerProvince(comparison.rows.map((r) => (r.region.id === '510112' ? { ...r, value: null } : r))),
      ),
    ).toEqual({ '620000': 4, '510000': 1 });
    expect(fullestProvince({ provinces: provinces('510000', '620000') }, counts)).toBe('620000');
    expect(fullestProvince({ provinces: provinces('510000', '110000') }, new Map())).toBe('510000');
    expect(fullestProvince({ provinces: [] }, counts)).toBeNull();
  });

  it('keeps the rows of its regions, every row for the whole country', () => {
    expect(names(rowsInProvince(comparison.rows, '510000'))).toEqual(['成都市', '龙泉驿区']);
    expect(rowsInProvince(comparison.rows, NATIONAL)).toBe(comparison.rows);
  });
});

describe('the level a map shows', () => {
  it('is the one the address asks for, else the level of the default comparison', () => {
    expect(decidedLevel('prefecture', 'county')).toBe('prefecture');
    expect(decidedLevel(null, 'prefecture')).toBe('prefecture');
    expect(decidedLevel('district', 'county')).toBe('county');
    // A development zone's figures are drawn with the counties.
    expect(decidedLevel(null, 'zone')).toBe('county');
    expect(decidedLevel(null, 'province')).toBeNull();
    expect(decidedLevel(null, undefined)).toBeNull();
  });

  it('takes the comparison’s level only when the view shows the default comparison', () => {
    const catalog = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
    ]).catalog;
    expect(comparisonLevel(catalog, { period: 'comparable', regions: null }, 'gdp', 'value')).toBe('county');
    expect(comparisonLevel(catalog, { period: 'latest', regions: null }, 'gdp', 'value')).toBeUndefined();
    expect(comparisonLevel(catalog, { period: 'comparable', regions: ['621124'] }, 'gdp', 'value')).toBeUndefined();
  });

  it('left to the figures, is counties where they outnumber prefectures', () => {
    const gansu = rowsInProvince(comparison.rows, '620000');
    expect(levelWithMoreFigures(gansu)).toBe('county');
    // Sichuan: one prefecture, one district: a tie goes to prefectures.
    expect(levelWithMoreFigures(rowsInProvince(comparison.rows, '510000'))).toBe('prefecture');
  });
});

describe('the rows a map draws', () => {
  const gansu = rowsInProvince(comparison.rows, '620000');

  it('are the regions of its level, never the province itself', () => {
    expect(names(comparisonAtLevel(comparison, gansu, 'county', null).rows)).toEqual(['临洮县', '通渭县'].sort());
    expect(names(comparisonAtLevel(comparison, gansu, 'prefecture', null).rows)).toEqual(['定西市']);
  });

  it('drilled into a prefecture, are its counties only', () => {
    const all = rowsInProvince(comparison.rows, NATIONAL);
    expect(names(comparisonAtLevel(comparison, all, 'county', '510100').rows)).toEqual(['龙泉驿区']);
  });

  it('cite the reports of the rows drawn, each once, in order', () => {
    expect(comparisonAtLevel(comparison, gansu, 'county', null).reportIds).toEqual(['r1', 'r2']);
    expect(comparisonAtLevel(comparison, gansu, 'prefecture', null).reportIds).toEqual(['r1']);
  });
});

describe('map parameters the view could not use', () => {
  const asked = { province: '990000', level: 'county', prefecture: '621100' };

  it('are named once what they are judged against has loaded', () => {
    expect(
      mapProblems(asked, { province: '620000', level: 'county', drilled: false }, { index: false, boundaries: false }),
    ).toEqual([]);
    expect(
      mapProblems(
        asked,
        { province: '620000', level: 'county', drilled: false },
        { index: true, boundaries: true },
      ).map((p) => p.param),
    ).toEqual(['province', 'prefecture']);
  });

  it('include a level other than the one shown, and say nothing of what was used', () => {
    expect(
      mapProblems(
        { province: null, level: 'district', prefecture: null },
        { province: '620000', level: 'county', drilled: false },
        { index: true, boundaries: true },
      ),
    ).toEqual([{ param: 'level', raw: 'district', reason: 'bad-value' }]);
    expect(
      mapProblems(
        { province: '620000', level: 'county', prefecture: '621100' },
        { province: '620000', level: 'county', drilled: true },
        { index: true, boundaries: true },
      ),
    ).toEqual([]);
    // A prefecture is only read at county level: at prefecture level it is not a problem.
    expect(
      mapProblems(
        { province: null, level: null, prefecture: '621100' },
        { province: '620000', level: 'prefecture', drilled: false },
        { index: true, boundaries: true },
      ),
    ).toEqual([]);
  });
});
