import { describe, expect, it } from 'vitest';
import { coreData, fact } from '../../testing/fixtures.ts';
import { seriesOnly, trendSeries } from './trendSeries.ts';

const pointsOf = (t: ReturnType<typeof trendSeries>, name: string) =>
  t.lines.find((l) => l.region.name === name)?.points.map((p) => [p.period, p.value, p.estimate]);

describe('trendSeries', () => {
  it('draws each chosen region over the years it has, oldest first, and keeps gaps as gaps', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 95, period: '2023' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2019' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2021' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 30, period: '2021-H1' }),
    ]);
    const t = trendSeries(data, { metricId: 'gdp', regionIds: ['621124', '621121'], measure: 'value' });
    expect(t.periodKind).toBe('year');
    // Every year from the first to the last: 2020 and 2022 are nobody's, and show as gaps.
    expect(t.periods).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(pointsOf(t, '临洮县')).toEqual([
      ['2019', 80, false],
      ['2023', 95, false],
    ]);
    // A first half is not a year: it is left out rather than drawn as a fall.
    expect(pointsOf(t, '通渭县')).toEqual([['2021', 70, false]]);
  });

  it('uses a kind of period within the year only when every line has it', () => {
    const h1 = [
      fact({ regionId: '621124', metricId: 'gdp', value: 40, period: '2022-H1' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 45, period: '2023-H1' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 30, period: '2023-H1' }),
    ];
    const shared = trendSeries(coreData(h1), { metricId: 'gdp', regionIds: ['621124', '621121'], measure: 'value' });
    expect([shared.periodKind, shared.periods]).toEqual(['H1', ['2022-H1', '2023-H1']]);

    const notShared = trendSeries(
      coreData([...h1, fact({ regionId: '621126', metricId: 'gdp', value: 10, period: '2023-Q1' })]),
      { metricId: 'gdp', regionIds: ['621124', '621121', '621126'], measure: 'value' },
    );
    expect(notShared.periodKind).toBeNull();
    expect(notShared.lines).toEqual([]);
  });

  it('marks estimates, keeps targets apart, and prefers a result to an estimate of the same period', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 88, period: '2022', kind: 'estimate', reportId: 'r1' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022', kind: 'actual', reportId: 'r2' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 96, period: '2023', kind: 'estimate' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 100, period: '2024', kind: 'target' }),
    ]);
    const t = trendSeries(data, { metricId: 'gdp', regionIds: ['621124'], measure: 'value' });
    const line = t.lines[0];
    expect(line?.points.map((p) => [p.period, p.value, p.estimate])).toEqual([
      ['2022', 90, false],
      ['2023', 96, true],
    ]);
    // The 2022 estimate differs from the result that replaced it: kept as a second figure.
    expect(line?.points[0]?.conflicts.map((f) => f.value)).toEqual([88]);
    expect(line?.targets.map((p) => [p.period, p.value])).toEqual([['2024', 100]]);
    expect(t.periods).toEqual(['2022', '2023', '2024']);
  });

  it('growth rates are a measure of their own: only facts that state one', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, yoy: 6.1, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, yoy: null, period: '2022' }),
      fact({ regionId: '621124', metricId: 'gdp', value: null, yoy: 5.2, period: '2023' }),
    ]);
    const t = trendSeries(data, { metricId: 'gdp', regionIds: ['621124'], measure: 'yoy' });
    expect([t.unit, pointsOf(t, '临洮县')]).toEqual([
      '%',
      [
        ['2021', 6.1, false],
        ['2023', 5.2, false],
      ],
    ]);
  });

  it('without chosen regions shows the regions with the most periods, and lists chosen ones without data', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
      fact({ regionId: '621126', metricId: 'gdp', value: 60, period: '2021' }),
      fact({ regionId: '621126', metricId: 'gdp', value: 65, period: '2022' }),
    ]);
    const byDefault = trendSeries(data, { metricId: 'gdp', regionIds: null, measure: 'value', defaultLines: 2 });
    expect([byDefault.chosenByDefault, byDefault.lines.map((l) => l.region.name)]).toEqual([true, ['临洮县', '岷县']]);
    const chosen = trendSeries(data, { metricId: 'gdp', regionIds: ['621121', '621100'], measure: 'value' });
    expect([chosen.lines.map((l) => l.region.name), chosen.missing.map((r) => r.name)]).toEqual([
      ['通渭县'],
      ['定西市'],
    ]);
  });

  it('by default puts series before single figures, whatever their level, and fills with single figures of the usual level', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2022' }),
      fact({ regionId: '621126', metricId: 'gdp', value: 60, period: '2022' }),
      fact({ regionId: '621100', metricId: 'gdp', value: 400, period: '2020' }),
      fact({ regionId: '621100', metricId: 'gdp', value: 450, period: '2022' }),
    ]);
    const t = trendSeries(data, { metricId: 'gdp', regionIds: null, measure: 'value', defaultLines: 3 });
    expect(t.lines.map((l) => l.region.name)).toEqual(['定西市', '临洮县', '岷县']);
  });

  it('seriesOnly keeps the regions with two periods or more and fits the axis to them', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 90, period: '2022' }),
      fact({ regionId: '621121', metricId: 'gdp', value: 70, period: '2019' }),
    ]);
    const t = seriesOnly(trendSeries(data, { metricId: 'gdp', regionIds: ['621124', '621121'], measure: 'value' }));
    expect([t.lines.map((l) => l.region.name), t.periods]).toEqual([['临洮县'], ['2021', '2022']]);
  });

  it('leaves five-year spans out: a plan period is not a point in a series of years', () => {
    const data = coreData([
      fact({ regionId: '621124', metricId: 'gdp', value: 80, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 9, period: '2016/2020' }),
    ]);
    expect(trendSeries(data, { metricId: 'gdp', regionIds: ['621124'], measure: 'value' }).periods).toEqual(['2021']);
  });
});
