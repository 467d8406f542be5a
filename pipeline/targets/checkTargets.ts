// Targets held against results: a target a report set for a region, metric and period (kind
// target), and a result for the same key (actual or estimate, usually from a later report), make a
// target check — met, exceeded or not met, and by how much. Growth targets ("增长7%以上") are
// checked against the result's growth rate, level targets against its level. The target's bound
// decides the direction: 以上 is a floor (7.0 % meets 增长7%以上), 以内/控制在 a ceiling (3.0 % or less
// meets 控制在3%以内); without one, the metric's direction does (a lower unemployment rate is
// better). Two results that disagree give two checks, each citing its own report. Pure.
import { stableId } from '../ids.ts';
import type { Fact, Metric, TargetCheck } from '../../src/data/schema.ts';

/** Differences this small are rounding in the documents, not a miss: 6.99 meets 7. */
const TOLERANCE = 1e-6;

export function checkTargets(facts: readonly Fact[], metrics: readonly Metric[]): TargetCheck[] {
  const metric = new Map(metrics.map((m) => [m.id, m]));
  const results = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.kind === 'target') continue;
    const key = `${f.regionId}|${f.metricId}|${f.period}`;
    results.set(key, [...(results.get(key) ?? []), f]);
  }
  const checks: TargetCheck[] = [];
  for (const target of facts) {
    if (target.kind !== 'target') continue;
    const measure = target.value !== null ? 'value' : target.yoy !== null ? 'yoy' : null;
    if (!measure) continue;
    const goal = measure === 'value' ? target.value : target.yoy;
    // The bound of what is checked: of the level, or of the growth rate.
    const bound = measure === 'value' || target.value === null ? target.bound : target.yoyBound;
    const higherIsBetter = metric.get(target.metricId)?.higherIsBetter;
    const direction: 'floor' | 'ceiling' =
      bound === 'max' ? 'ceiling' : bound === 'min' ? 'floor' : higherIsBetter === false ? 'ceiling' : 'floor';
    for (const result of results.get(`${target.regionId}|${target.metricId}|${target.period}`) ?? []) {
      const reached = measure === 'value' ? result.value : result.yoy;
      if (reached === null || goal === null) continue;
      const margin = Math.round((reached - goal) * 1e6) / 1e6;
      const status =
        direction === 'floor'
          ? margin > TOLERANCE
            ? 'exceeded'
            : margin >= -TOLERANCE
              ? 'met'
              : 'not-met'
          : margin <= TOLERANCE
            ? 'met'
            : 'not-met';
      checks.push({
        id: stableId('t', target.id, result.id),
        regionId: target.regionId,
        metricId: target.metricId,
        period: target.period,
        targetFactId: target.id,
        resultFactId: result.id,
        status,
        margin,
        measure,
        direction,
        estimate: result.kind === 'estimate',
      });
    }
  }
  return checks.sort(
    (a, b) =>
      a.regionId.localeCompare(b.regionId) ||
      a.metricId.localeCompare(b.metricId) ||
      a.period.localeCompare(b.period) ||
      a.id.localeCompare(b.id),
  );
}
