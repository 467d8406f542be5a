import { describe, expect, it } from 'vitest';
import type { Fact, Metric } from '../../src/data/schema.ts';
import { checkTargets } from './checkTargets.ts';

const metric = (id: string, higherIsBetter: boolean | null): Metric => ({
  id,
  name: id,
  nameEn: id,
  unit: id === 'gdp' ? '亿元' : '%',
  category: 'economy',
  higherIsBetter,
});
const metrics = [metric('gdp', true), metric('urban-unemployment-rate', false), metric('cpi', null)];
let n = 0;
const fact = (f: Partial<Fact> & Pick<Fact, 'metricId' | 'kind'>): Fact => ({
  id: `f${(n += 1)}`,
  regionId: '510100',
  period: '2018',
  value: null,
  unit: '%',
  yoy: null,
  raw: { value: '1', unit: '' },
  reportId: 'r',
  quote: '1',
  span: [0, 1],
  ...f,
});
const statusOf = (facts: Fact[]) =>
  checkTargets(facts, metrics).map((c) => [c.status, c.margin, c.measure, c.direction, c.estimate]);

describe('checkTargets', () => {
  it('a growth target is checked against the result’s growth: 7.0 % meets 增长7%以上, 8 % exceeds it by a point', () => {
    const target = fact({ metricId: 'gdp', kind: 'target', yoy: 7, bound: 'min' });
    expect(statusOf([target, fact({ metricId: 'gdp', kind: 'actual', value: 90, yoy: 7.0 })])).toEqual([
      ['met', 0, 'yoy', 'floor', false],
    ]);
    expect(statusOf([target, fact({ metricId: 'gdp', kind: 'actual', value: 90, yoy: 8 })])).toEqual([
      ['exceeded', 1, 'yoy', 'floor', false],
    ]);
    expect(statusOf([target, fact({ metricId: 'gdp', kind: 'actual', yoy: 6.5 })])).toEqual([
      ['not-met', -0.5, 'yoy', 'floor', false],
    ]);
  });

  it('a ceiling (控制在3%以内) is met by 3.0 % or less and not by more', () => {
    const ceiling = fact({ metricId: 'cpi', kind: 'target', yoy: 3, bound: 'max' });
    expect(statusOf([ceiling, fact({ metricId: 'cpi', kind: 'actual', yoy: 3 })])[0]?.[0]).toBe('met');
    expect(statusOf([ceiling, fact({ metricId: 'cpi', kind: 'actual', yoy: 1.8 })])[0]).toEqual([
      'met',
      -1.2,
      'yoy',
      'ceiling',
      false,
    ]);
    expect(statusOf([ceiling, fact({ metricId: 'cpi', kind: 'actual', yoy: 3.4 })])[0]?.[0]).toBe('not-met');
  });

  it('without a bound the metric’s direction decides: a lower unemployment rate meets its target', () => {
    const target = fact({ metricId: 'urban-unemployment-rate', kind: 'target', value: 4 });
    expect(
      statusOf([target, fact({ metricId: 'urban-unemployment-rate', kind: 'actual', value: 3.6 })])[0]?.slice(0, 2),
    ).toEqual(['met', -0.4]);
  });

  it('a level target is checked against the level, and an estimate says it is one', () => {
    const target = fact({ metricId: 'gdp', kind: 'target', value: 1000, bound: 'min' });
    expect(statusOf([target, fact({ metricId: 'gdp', kind: 'estimate', value: 1002, yoy: 8 })])).toEqual([
      ['exceeded', 2, 'value', 'floor', true],
    ]);
  });

  it('two results that disagree give two checks; another period, region or metric gives none', () => {
    const target = fact({ metricId: 'gdp', kind: 'target', yoy: 22 });
    const checks = checkTargets(
      [
        target,
        fact({ metricId: 'gdp', kind: 'actual', yoy: 16.8, reportId: 'a' }),
        fact({ metricId: 'gdp', kind: 'actual', yoy: 16.7, reportId: 'b' }),
        fact({ metricId: 'gdp', kind: 'actual', yoy: 18, period: '2019' }),
        fact({ metricId: 'gdp', kind: 'actual', yoy: 18, regionId: '620100' }),
      ],
      metrics,
    );
    expect(checks.map((c) => [c.status, c.margin])).toEqual(
      expect.arrayContaining([
        ['not-met', -5.2],
        ['not-met', -5.3],
      ]),
    );
    expect(checks).toHaveLength(2);
  });

  it('a target with no result yet is no check', () => {
    expect(checkTargets([fact({ metricId: 'gdp', kind: 'target', yoy: 7 })], metrics)).toEqual([]);
  });
});
