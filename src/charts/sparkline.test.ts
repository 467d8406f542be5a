import { describe, expect, it } from 'vitest';
import { trendSeries } from '../data/select/trendSeries.ts';
import { coreData, fact } from '../testing/fixtures.ts';
import { sparkline } from './sparkline.ts';

const box = { width: 100, height: 40, pad: 4 };
const lineOf = (facts: Parameters<typeof coreData>[0]) => {
  const t = trendSeries(coreData(facts), { metricId: 'gdp', regionIds: ['621124'], measure: 'value' });
  return { line: t.lines[0]!, periods: t.periods };
};

describe('sparkline', () => {
  it('breaks the line where a period is missing, and puts larger values higher', () => {
    const { line, periods } = lineOf([
      fact({ regionId: '621124', metricId: 'gdp', value: 10, period: '2019' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 20, period: '2020' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 30, period: '2022' }),
    ]);
    const s = sparkline(line, periods, box);
    // 2019→2020 joined; 2021 is a gap, so 2022 starts a new run.
    expect(s.path.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
    const [a, b, c] = s.points;
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(b!.y).toBeGreaterThan(c!.y);
    expect([a!.x, c!.x]).toEqual([4, 96]);
  });

  it('draws the target dashed from the last result before it, and keeps estimates marked', () => {
    const { line, periods } = lineOf([
      fact({ regionId: '621124', metricId: 'gdp', value: 10, period: '2021' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 12, period: '2022', kind: 'estimate' }),
      fact({ regionId: '621124', metricId: 'gdp', value: 15, period: '2023', kind: 'target' }),
    ]);
    const s = sparkline(line, periods, box);
    expect(s.points.map((p) => p.estimate)).toEqual([false, true]);
    expect(s.targetPath.startsWith(`M${s.points[1]!.x} ${s.points[1]!.y}`)).toBe(true);
    expect(s.targets).toHaveLength(1);
  });

  it('a single figure is a point in the middle, with no line', () => {
    const { line, periods } = lineOf([fact({ regionId: '621124', metricId: 'gdp', value: 10, period: '2021' })]);
    const s = sparkline(line, periods, box);
    expect(s.path).toBe('M50 20');
    expect(s.points).toHaveLength(1);
  });
});
