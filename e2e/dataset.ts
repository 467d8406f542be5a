// The dataset the built app serves, read from disk so tests can check pages against it.
import { readFileSync } from 'node:fs';
import type { Fact, Metric, Ranking, Region, Report } from '../src/data/schema.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

export const dataset = {
  regions: read<Region[]>('regions.json'),
  metrics: read<Metric[]>('metrics.json'),
  reports: read<Report[]>('reports.json'),
  facts: read<Fact[]>('facts.json'),
  rankings: read<Ranking[]>('rankings.json'),
};
