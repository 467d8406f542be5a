// The core tables every page reads, joined once into lookups. Pages ask for this one hook and
// get either the tables or the state of their loading.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { factsQuery, metricsQuery, rankingsQuery, regionsQuery, reportsQuery } from './queries.ts';
import { buildCoreData, type CoreData } from './coreData.ts';

export type { CoreData };

export type CoreDataState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; data: CoreData };

export const coreQueries = () => [regionsQuery(), metricsQuery(), reportsQuery(), factsQuery(), rankingsQuery()] as const;

export function useCoreData(): CoreDataState {
  const results = useQueries({ queries: coreQueries() });
  const [regions, metrics, reports, facts, rankings] = results;
  const data = useMemo(() => {
    if (!regions.data || !metrics.data || !reports.data || !facts.data || !rankings.data) return null;
    return buildCoreData(regions.data, metrics.data, reports.data, facts.data, rankings.data);
  }, [regions.data, metrics.data, reports.data, facts.data, rankings.data]);
  const failed = results.find((r) => r.error);
  if (failed?.error) return { status: 'error', error: failed.error, retry: () => results.forEach((r) => r.error && void r.refetch()) };
  if (!data) return { status: 'pending' };
  return { status: 'success', data };
}

export { buildCoreData };
