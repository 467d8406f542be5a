// The core tables every page reads, joined once into lookups. Pages ask for this one hook and
// get either the tables or the state of their loading.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { factsQuery, metricsQuery, rankingsQuery, regionsQuery, reportsQuery } from './queries.ts';
import type { Fact, Metric, Ranking, Region, Report } from './schema.ts';

export type CoreData = {
  regions: Region[];
  metrics: Metric[];
  reports: Report[];
  facts: Fact[];
  rankings: Ranking[];
  region: Map<string, Region>;
  metric: Map<string, Metric>;
  report: Map<string, Report>;
  fact: Map<string, Fact>;
};

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

export function buildCoreData(regions: Region[], metrics: Metric[], reports: Report[], facts: Fact[], rankings: Ranking[]): CoreData {
  return {
    regions,
    metrics,
    reports,
    facts,
    rankings,
    region: new Map(regions.map((r) => [r.id, r])),
    metric: new Map(metrics.map((m) => [m.id, m])),
    report: new Map(reports.map((r) => [r.id, r])),
    fact: new Map(facts.map((f) => [f.id, f])),
  };
}
