// The data a page reads: the base tables every page needs, and the shards of its scope, joined
// once into lookups. Pages ask for one hook and get the tables or the state of their loading.
import { useQueries } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { buildBaseData, withShards, type BaseData, type CoreData } from './coreData.ts';
import { catalogQuery, metricsQuery, regionsQuery, shardQuery } from './queries.ts';
import type { DataScope } from './scopes.ts';
import type { Shard } from './shards.ts';

export type { BaseData, CoreData };

export type LoadState<T> =
  { status: 'pending' } | { status: 'error'; error: Error; retry: () => void } | { status: 'success'; data: T };
export type CoreDataState = LoadState<CoreData>;

export const baseQueries = () => [regionsQuery(), metricsQuery(), catalogQuery()] as const;

export function useBaseData(): LoadState<BaseData> {
  const results = useQueries({ queries: baseQueries() });
  const [regions, metrics, catalog] = results;
  const data = useMemo(
    () =>
      regions.data && metrics.data && catalog.data ? buildBaseData(regions.data, metrics.data, catalog.data) : null,
    [regions.data, metrics.data, catalog.data],
  );
  const failed = results.find((r) => r.error);
  if (failed?.error)
    return { status: 'error', error: failed.error, retry: () => results.forEach((r) => r.error && void r.refetch()) };
  return data ? { status: 'success', data } : { status: 'pending' };
}

const NO_SCOPE: DataScope = { shards: [] };

/**
 * The base tables and the shards `scopeOf` names for them. With `keepPrevious`, a change of scope
 * (another metric chosen in a view's controls) keeps showing the previous data, marked `pending`,
 * so the controls stay where they are while the next shard loads.
 */
export function useCoreData(
  scopeOf: (base: BaseData) => DataScope,
  options: { keepPrevious?: boolean } = {},
): CoreDataState {
  const base = useBaseData();
  const scope = base.status === 'success' ? scopeOf(base.data) : NO_SCOPE;
  const results = useQueries({ queries: scope.shards.map((file) => shardQuery(file)) });
  const shards = results.map((r) => r.data);
  const baseData = base.status === 'success' ? base.data : null;
  // Rebuild the lookups only when the base or a shard changed, not on every render.
  const joined = useRef<{ base: BaseData; shards: (Shard | undefined)[]; data: CoreData } | null>(null);
  const previous = useRef<CoreData | null>(null);
  let data: CoreData | null = null;
  if (baseData && shards.every((s) => s !== undefined)) {
    const last = joined.current;
    if (
      last &&
      last.base === baseData &&
      last.shards.length === shards.length &&
      last.shards.every((s, i) => s === shards[i])
    )
      data = last.data;
    else {
      data = withShards(baseData, shards);
      joined.current = { base: baseData, shards, data };
    }
    previous.current = data;
  }

  if (base.status !== 'success') return base;
  const failed = results.find((r) => r.error);
  if (failed?.error)
    return { status: 'error', error: failed.error, retry: () => results.forEach((r) => r.error && void r.refetch()) };
  if (data) return { status: 'success', data };
  if (options.keepPrevious && previous.current && previous.current.regions === base.data.regions)
    return { status: 'success', data: { ...previous.current, pending: true } };
  return { status: 'pending' };
}
