// What the compare view needs from the URL and the data, shared by the page, the embed and the
// presentation slide: known ids for parsing, the resolved metric, the comparison rows.
import { useMemo } from 'react';
import { knownOf } from '../data/scopes.ts';
import {
  compareRows,
  defaultMeasure,
  defaultMetricId,
  defaultXMetricId,
  type Comparison,
} from '../data/select/compareRows.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { useViewState } from '../view-state/useViewState.ts';

/** `metricOverride` pins the metric (a metric page's embed); the URL still sets everything else. */
export function useCompareSetup(data: CoreData, metricOverride?: string, options: { allLevels?: boolean } = {}) {
  const known = knownOf(data);
  const view = useViewState(known);
  const { state } = view;
  const metricId = metricOverride ?? state.metric ?? defaultMetricId(data) ?? '';
  const measure = state.measure ?? defaultMeasure(data, metricId);
  const comparison: Comparison = useMemo(
    () =>
      compareRows(data, {
        metricId,
        regionIds: state.regions,
        period: state.period,
        measure,
        sort: state.sort,
        ...(options.allLevels ? { allLevels: true } : {}),
      }),
    [data, metricId, state.regions, state.period, measure, state.sort, options.allLevels],
  );
  const xMetricId = state.x ?? defaultXMetricId(data, metricId);
  // The scatter's second metric is read in the period of the first, so each point is one region at one time.
  const xPeriod = comparison.comparablePeriod ?? state.period;
  const xComparison = useMemo(
    () =>
      compareRows(data, {
        metricId: xMetricId,
        regionIds: state.regions ?? comparison.rows.map((r) => r.region.id),
        period: xPeriod,
        measure: 'value',
      }),
    [data, xMetricId, state.regions, xPeriod, comparison.rows],
  );
  const candidates = useMemo(() => {
    const ids = new Set(data.facts.filter((f) => f.metricId === metricId).map((f) => f.regionId));
    return data.regions.filter((r) => ids.has(r.id));
  }, [data, metricId]);
  return { ...view, metricId, measure, comparison, xMetricId, xComparison, candidates };
}

export type CompareSetup = ReturnType<typeof useCompareSetup>;
