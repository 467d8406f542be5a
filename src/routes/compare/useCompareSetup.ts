// What the compare view needs from the URL and the data, shared by the page, the embed and the
// presentation slide: known ids for parsing, the resolved metric, the comparison rows.
import { useMemo } from 'react';
import { compareRows, defaultMeasure, defaultMetricId, type Comparison } from '../../data/select/compareRows.ts';
import type { CoreData } from '../../data/useCoreData.ts';
import { useViewState } from '../../view-state/useViewState.ts';
import type { Known } from '../../view-state/viewState.ts';

export function useKnown(data: CoreData): Known {
  return useMemo(
    () => ({ metricIds: new Set(data.metrics.map((m) => m.id)), regionIds: new Set(data.regions.map((r) => r.id)), periods: new Set(data.facts.map((f) => f.period)) }),
    [data],
  );
}

/** `metricOverride` pins the metric (a metric page's embed); the URL still sets everything else. */
export function useCompareSetup(data: CoreData, metricOverride?: string) {
  const known = useKnown(data);
  const view = useViewState(known);
  const { state } = view;
  const metricId = metricOverride ?? state.metric ?? defaultMetricId(data) ?? '';
  const measure = state.measure ?? defaultMeasure(data, metricId);
  const comparison: Comparison = useMemo(
    () => compareRows(data, { metricId, regionIds: state.regions, period: state.period, measure, sort: state.sort }),
    [data, metricId, state.regions, state.period, measure, state.sort],
  );
  const xMetricId = state.x ?? data.metrics.find((m) => m.id !== metricId && data.facts.some((f) => f.metricId === m.id && f.value !== null))?.id ?? metricId;
  const xComparison = useMemo(
    () => compareRows(data, { metricId: xMetricId, regionIds: state.regions, period: state.period, measure: 'value' }),
    [data, xMetricId, state.regions, state.period],
  );
  const candidates = useMemo(() => {
    const ids = new Set(data.facts.filter((f) => f.metricId === metricId).map((f) => f.regionId));
    return data.regions.filter((r) => ids.has(r.id));
  }, [data, metricId]);
  return { ...view, metricId, measure, comparison, xMetricId, xComparison, candidates };
}
