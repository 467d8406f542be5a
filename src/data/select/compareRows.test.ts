import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../../testing/fixtures.ts';
import { compareRows, defaultMeasure, defaultMetricId } from './compareRows.ts';

const byName = (c: ReturnType<typeof compareRows>) => c.rows.map((r) => r.region.name);

describe('compareRows', () => {
  it('sorts results largest first and reports no period mix when periods agree', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90.52 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70 }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(byName(c)).toEqual(['临洮县', '通渭县']);
    expect(c.mixedPeriods).toBe(false);
  });

  it('"latest" takes each region’s latest result and says that periods differ', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2020' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2023' }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(c.rows.map((r) => [r.region.name, r.value, r.period])).toEqual([
      ['临洮县', 90, '2021'],
      ['通渭县', 70, '2023'],
    ]);
    expect(c.mixedPeriods).toBe(true);
  });

  it('by default compares like with like: the period and level most regions share, and says which', () => {
    // Three counties in 2022; one county and its prefecture in 2023 (a different level, a later year).
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
      fact({ regionId: '621126', metricId: 'gdp', value: 60, period: '2022' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 95, period: '2023' }),
      fact({ regionId: '621100', metricId: 'gdp', value: 500, period: '2023' }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'comparable', measure: 'value' });
    expect(c.rows.map((r) => [r.region.name, r.value, r.period])).toEqual([
      ['临洮县', 90, '2022'],
      ['通渭县', 70, '2022'],
      ['岷县', 60, '2022'],
    ]);
    expect([c.comparablePeriod, c.comparableLevel, c.mixedPeriods, c.mixedLevels]).toEqual([
      '2022',
      'county',
      false,
      false,
    ]);
    // Mixing is the user's choice, and the comparison says so.
    const mixed = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect([mixed.mixedPeriods, mixed.mixedLevels]).toEqual([true, true]);
    // Chosen regions are the user's choice: each one's latest, and the comparison says periods and levels differ.
    const chosen = compareRows(data, {
      metricId: 'gdp',
      regionIds: ['621124', '621100'],
      period: 'comparable',
      measure: 'value',
    });
    expect(chosen.rows.map((r) => [r.region.name, r.period])).toEqual([
      ['定西市', '2023'],
      ['临洮县', '2023'],
    ]);
    expect([chosen.mixedPeriods, chosen.mixedLevels]).toEqual([false, true]);
  });

  it('one period compares only that period and lists the regions without it', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2023' }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: ['621124', '621121'], period: '2021', measure: 'value' });
    expect(byName(c)).toEqual(['临洮县']);
    expect(c.missing.map((r) => r.name)).toEqual(['通渭县']);
  });

  it('prefers a result over an estimate for the same period, and flags estimates', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 91, kind: 'estimate' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90.52 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, kind: 'estimate' }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(c.rows.map((r) => [r.region.name, r.value, r.estimate])).toEqual([
      ['临洮县', 90.52, false],
      ['通渭县', 70, true],
    ]);
  });

  it('never ranks an estimate above a result, however large: estimates follow the results', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 500, kind: 'estimate' }),
      fact({ regionId: '621126', metricId: 'gdp', value: 20 }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(c.rows.map((r) => [r.region.name, r.estimate])).toEqual([
      ['临洮县', false],
      ['岷县', false],
      ['通渭县', true],
    ]);
  });

  it('never ranks a target as a result: a target-only region has no value and comes last', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 10 }),
      fact({ regionId: '621121', metricId: 'gdp', value: 500, kind: 'target', period: '2021' }),
    ]);
    const c = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' });
    expect(c.rows.map((r) => [r.region.name, r.value, r.target?.value ?? null])).toEqual([
      ['临洮县', 10, null],
      ['通渭县', null, 500],
    ]);
  });

  it('puts a target beside the result of the same period', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 95, period: '2021', kind: 'target' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 99, period: '2022', kind: 'target' }),
    ]);
    const [row] = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' }).rows;
    expect(row?.target?.value).toBe(95);
  });

  it('compares growth rates when asked, including growth-only statements', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'fixed-asset-investment', value: null, yoy: 15 }),
      fact({ regionId: '621121', metricId: 'fixed-asset-investment', value: 56.1, yoy: 7.4 }),
    ]);
    expect(defaultMeasure(data, 'fixed-asset-investment')).toBe('value');
    const c = compareRows(data, {
      metricId: 'fixed-asset-investment',
      regionIds: null,
      period: 'latest',
      measure: 'yoy',
    });
    expect(c.rows.map((r) => [r.region.name, r.value])).toEqual([
      ['临洮县', 15],
      ['通渭县', 7.4],
    ]);
    expect(c.unit).toBe('%');
  });

  it('keeps both figures when reports disagree, and says so on the row', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90.52, reportId: 'r2' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 91.3, reportId: 'r1' }),
    ]);
    const [row] = compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value' }).rows;
    expect(row?.fact?.reportId).toBe('r2');
    expect(row?.conflicts.map((f) => f.value)).toEqual([91.3]);
  });

  it('sorts by name when asked', () => {
    const data = coreData([
      fact({ regionId: '621121', metricId: 'gdp', value: 1 }),
      fact({ regionId: '621124', metricId: 'gdp', value: 2 }),
    ]);
    expect(
      byName(compareRows(data, { metricId: 'gdp', regionIds: null, period: 'latest', measure: 'value', sort: 'name' })),
    ).toEqual(['临洮县', '通渭县']);
  });

  it('defaults to the metric most regions report', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'fixed-asset-investment' }),
      fact({ regionId: '621121', metricId: 'fixed-asset-investment' }),
      fact({ regionId: '621124', metricId: 'gdp' }),
    ]);
    expect(defaultMetricId(data)).toBe('fixed-asset-investment');
  });
});
