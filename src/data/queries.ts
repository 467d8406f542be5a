// One queryOptions factory per data file. The dataset is built once per deploy, so nothing here
// ever goes stale; route loaders warm the cache with the same options the components read.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchDataFile } from './fetchDataFile.ts';
import { metricsFileSchema, regionsFileSchema, reportsFileSchema, reportTextSchema } from './schema.ts';
import { catalogSchema, coverageShardSchema, shardPath, shardSchema } from './shards.ts';

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const regionsQuery = () =>
  queryOptions({
    queryKey: ['data', 'regions'],
    queryFn: () => fetchDataFile('regions.json', regionsFileSchema),
    ...forever,
  });
export const metricsQuery = () =>
  queryOptions({
    queryKey: ['data', 'metrics'],
    queryFn: () => fetchDataFile('metrics.json', metricsFileSchema),
    ...forever,
  });
/** Every report's metadata: only for suggestions on a "report not found" page. */
export const reportsQuery = () =>
  queryOptions({
    queryKey: ['data', 'reports'],
    queryFn: () => fetchDataFile('reports.json', reportsFileSchema),
    ...forever,
  });
export const catalogQuery = () =>
  queryOptions({
    queryKey: ['data', 'catalog'],
    queryFn: () => fetchDataFile(shardPath.catalog, catalogSchema),
    ...forever,
  });
/** The live catalog, whatever version the page is pinned to: a pinned embed says when it differs. */
export const liveCatalogQuery = () =>
  queryOptions({
    queryKey: ['data', 'catalog', 'live'],
    queryFn: () => fetchDataFile(shardPath.catalog, catalogSchema, { live: true }),
    ...forever,
  });
export const shardQuery = (file: string) =>
  queryOptions({ queryKey: ['data', 'shard', file], queryFn: () => fetchDataFile(file, shardSchema), ...forever });
export const coverageQuery = (provinceId: string) =>
  queryOptions({
    queryKey: ['data', 'coverage', provinceId],
    queryFn: () => fetchDataFile(shardPath.coverage(provinceId), coverageShardSchema),
    ...forever,
  });
export const reportTextQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['data', 'report-text', reportId],
    queryFn: () => fetchDataFile(`reports/${reportId}.json`, reportTextSchema),
    ...forever,
  });

const geoIndexSchema = z.object({
  provinces: z.array(
    z.object({
      adcode: z.string(),
      name: z.string(),
      counties: z.string(),
      prefectures: z.string(),
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
  national: z
    .object({
      counties: z.string(),
      prefectures: z.string(),
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    })
    .optional(),
  attribution: z.string(),
});
export type GeoIndex = z.infer<typeof geoIndexSchema>;
const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({
        adcode: z.string(),
        name: z.string(),
        parent: z.string(),
        cp: z.tuple([z.number(), z.number()]),
      }),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type RegionFeatureCollection = z.infer<typeof featureCollectionSchema>;

export const geoIndexQuery = () =>
  queryOptions({
    queryKey: ['geo', 'index'],
    queryFn: () => fetchDataFile('geo/index.json', geoIndexSchema),
    ...forever,
  });
export const geoFileQuery = (file: string) =>
  queryOptions({
    queryKey: ['geo', file],
    queryFn: () => fetchDataFile(`geo/${file}`, featureCollectionSchema),
    ...forever,
  });

export const useReportText = (reportId: string) => useQuery(reportTextQuery(reportId));
