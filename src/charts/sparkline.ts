// A small trend drawn without a chart library: key-figure cards and the region page's small
// multiples have a dozen of them, and each would otherwise be a chart instance. Pure geometry:
// points on an axis of periods, gaps kept (a missing period breaks the line), targets apart.
import type { TrendLine } from '../data/select/trendSeries.ts';

export type SparkPoint = {
  x: number;
  y: number;
  value: number;
  period: string;
  estimate: boolean;
  factId: string;
  quote: string;
};

export type Sparkline = {
  /** SVG path of the results: one "M…L…" run per stretch of consecutive periods. */
  path: string;
  points: SparkPoint[];
  /** Dashed path from the last result before the targets to each target. */
  targetPath: string;
  targets: SparkPoint[];
  min: number;
  max: number;
};

export function sparkline(
  line: TrendLine,
  periods: string[],
  box: { width: number; height: number; pad: number },
): Sparkline {
  const all = [...line.points, ...line.targets].map((p) => p.value);
  const min = Math.min(...all, line.points.length || line.targets.length ? Infinity : 0);
  const max = Math.max(...all, -Infinity);
  const span = max - min || Math.abs(max) || 1;
  const { width, height, pad } = box;
  const x = (period: string) => {
    const i = periods.indexOf(period);
    return periods.length <= 1 ? width / 2 : pad + (i / (periods.length - 1)) * (width - 2 * pad);
  };
  // Equal values sit mid-height rather than on an edge.
  const y = (v: number) => (max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad));
  const toPoint = (p: TrendLine['points'][number]): SparkPoint => ({
    x: round(x(p.period)),
    y: round(y(p.value)),
    value: p.value,
    period: p.period,
    estimate: p.estimate,
    factId: p.fact.id,
    quote: p.fact.quote,
  });
  const points = line.points.map(toPoint);
  const targets = line.targets.map(toPoint);

  let path = '';
  let previous = -2;
  for (const p of points) {
    const i = periods.indexOf(p.period);
    path += `${i === previous + 1 ? 'L' : 'M'}${p.x} ${p.y}`;
    previous = i;
  }
  let targetPath = '';
  if (targets.length) {
    const firstTarget = periods.indexOf(targets[0]?.period ?? '');
    const anchor = [...points].reverse().find((p) => periods.indexOf(p.period) < firstTarget);
    targetPath = [...(anchor ? [anchor] : []), ...targets]
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`)
      .join('');
  }
  return { path, points, targetPath, targets, min, max };
}

const round = (n: number) => Math.round(n * 10) / 10;
