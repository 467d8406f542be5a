// The dataset the built app serves, read from disk so tests can check pages against it.
import { readFileSync } from 'node:fs';
import { regionColors } from '../src/charts/themes.ts';
import { buildBaseData } from '../src/data/coreData.ts';
import type { Fact, Metric, Ranking, Region, Report } from '../src/data/schema.ts';
import { colourOrder } from '../src/data/select/regions.ts';
import type { Catalog } from '../src/data/shards.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

export const dataset = {
  regions: read<Region[]>('regions.json'),
  metrics: read<Metric[]>('metrics.json'),
  reports: read<Report[]>('reports.json'),
  facts: read<Fact[]>('facts.json'),
  rankings: read<Ranking[]>('rankings.json'),
};

/** The colour the app draws a region in (e2e tests find its bars by it). */
export const regionColour = regionColors(colourOrder(buildBaseData(dataset.regions, dataset.metrics, read<Catalog>('catalog.json'))));
