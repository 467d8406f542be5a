// The overview's "who is ahead on what": for the headline metrics the dataset has, each region's
// result in the period most regions share, so an official can read the lead in ten seconds.
import type { CoreData } from '../coreData.ts';
import { compareRows, defaultMeasure, type Comparison } from './compareRows.ts';

export const HEADLINE_METRICS = [
  'gdp',
  'general-budget-revenue',
  'fixed-asset-investment',
  'retail-sales',
  'urban-disposable-income',
  'rural-disposable-income',
  'industrial-value-added-above-scale',
  'investment-attracted',
  'new-urban-jobs',
  'new-market-entities',
  'forest-coverage',
  'good-air-rate',
  'new-energy-capacity',
] as const;

/** How many leading regions each headline card shows. */
export const HEADLINE_ROWS = 6;

export function headlineComparisons(data: CoreData, limit = 8): Comparison[] {
  const out: Comparison[] = [];
  for (const id of HEADLINE_METRICS) {
    if (!data.metric.has(id)) continue;
    const c = compareRows(data, {
      metricId: id,
      regionIds: null,
      period: 'comparable',
      measure: defaultMeasure(data, id),
    });
    if (c.rows.some((r) => r.fact)) out.push({ ...c, rows: c.rows.filter((r) => r.fact) });
    if (out.length >= limit) break;
  }
  return out;
}
