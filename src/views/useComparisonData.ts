// The data of a comparison view — compare, map, their embeds — read from the address. A change of
// metric keeps showing the previous view while the next shard loads, so the controls stay put.
import { compareScope } from '../data/scopes.ts';
import { useCoreData, type CoreDataState } from '../data/useCoreData.ts';
import { usePageParams } from '../view-state/useViewState.ts';

export function useComparisonData(metricOverride?: string): CoreDataState {
  const params = usePageParams();
  return useCoreData((base) => compareScope(base, params, metricOverride), { keepPrevious: true });
}
