// Facts as CSV rows for downloads and exports: one row per fact, names resolved, the quote kept.
import type { Fact } from '../schema.ts';
import type { Comparison } from './compareRows.ts';
import type { CoreData } from '../coreData.ts';

export const CSV_COLUMNS = ['region_id', 'region', 'metric_id', 'metric', 'period', 'kind', 'value', 'unit', 'yoy', 'bound', 'raw_value', 'raw_unit', 'report_id', 'report', 'date', 'quote'] as const;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function factsToCsv(data: CoreData, facts: Fact[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of facts) {
    const report = data.report.get(f.reportId);
    lines.push(
      [f.regionId, data.region.get(f.regionId)?.name, f.metricId, data.metric.get(f.metricId)?.name, f.period, f.kind, f.value, f.unit, f.yoy, f.bound, f.raw.value, f.raw.unit, f.reportId, report?.title, report?.date, f.quote]
        .map(csvField)
        .join(','),
    );
  }
  // A byte-order mark so spreadsheet programs open the Chinese text as UTF-8.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}


export const COMPARISON_COLUMNS = ['region_id', 'region', 'metric_id', 'measure', 'value', 'unit', 'period', 'kind', 'bound', 'target', 'report', 'date', 'quote'] as const;

/** Exactly the rows a comparison view shows, in its order. */
export function comparisonToCsv(data: CoreData, c: Comparison): string {
  const lines = [COMPARISON_COLUMNS.join(',')];
  for (const row of c.rows) {
    const report = row.fact ? data.report.get(row.fact.reportId) : undefined;
    const target = row.target ? (c.measure === 'value' ? row.target.value : row.target.yoy) : null;
    lines.push(
      [row.region.id, row.region.name, c.metricId, c.measure, row.value, c.unit, row.period, row.fact?.kind ?? (row.target ? 'target' : ''), row.fact?.bound, target, report?.publisher ?? report?.title, report?.date, row.fact?.quote]
        .map(csvField)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
