// Which region × metric combinations the dataset has, with their periods and kinds: "not
// reported" is visible, not a blank.
import type { FactKind } from '../schema.ts';
import type { CoreData } from '../coreData.ts';
import { comparePeriodsDesc } from './periods.ts';

export type CoverageCell = { periods: string[]; kinds: FactKind[]; facts: number };
export type Coverage = { regionIds: string[]; metricIds: string[]; cells: Map<string, CoverageCell> };

export const coverageKey = (regionId: string, metricId: string) => `${regionId}|${metricId}`;

export function coverage(data: CoreData): Coverage {
  const cells = new Map<string, CoverageCell>();
  for (const f of data.facts) {
    const key = coverageKey(f.regionId, f.metricId);
    const cell = cells.get(key) ?? { periods: [], kinds: [], facts: 0 };
    if (!cell.periods.includes(f.period)) cell.periods.push(f.period);
    if (!cell.kinds.includes(f.kind)) cell.kinds.push(f.kind);
    cell.facts += 1;
    cells.set(key, cell);
  }
  for (const cell of cells.values()) cell.periods.sort(comparePeriodsDesc);
  const regionIds = data.regions.filter((r) => data.facts.some((f) => f.regionId === r.id)).map((r) => r.id);
  const metricIds = data.metrics.map((m) => m.id).filter((id) => data.facts.some((f) => f.metricId === id));
  return { regionIds, metricIds, cells };
}
