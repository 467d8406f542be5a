// Facts as CSV rows for downloads and exports: one row per fact, names resolved, the quote kept.
import type { Fact } from '../schema.ts';
import type { Comparison } from './compareRows.ts';
import type { CoreData } from '../coreData.ts';
import type { Trend } from './trendSeries.ts';

export const CSV_COLUMNS = [
  'region_id',
  'region',
  'metric_id',
  'metric',
  'period',
  'kind',
  'value',
  'unit',
  'yoy',
  'bound',
  'raw_value',
  'raw_unit',
  'report_id',
  'report',
  'date',
  'quote',
] as const;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type CsvLookups = {
  region: Pick<Map<string, { name: string }>, 'get'>;
  metric: Pick<Map<string, { name: string }>, 'get'>;
  report: Pick<Map<string, { title: string; date: string }>, 'get'>;
};

function factRow(data: CsvLookups, f: Fact): string {
  const report = data.report.get(f.reportId);
  return [
    f.regionId,
    data.region.get(f.regionId)?.name,
    f.metricId,
    data.metric.get(f.metricId)?.name,
    f.period,
    f.kind,
    f.value,
    f.unit,
    f.yoy,
    f.bound,
    f.raw.value,
    f.raw.unit,
    f.reportId,
    report?.title,
    report?.date,
    f.quote,
  ]
    .map(csvField)
    .join(',');
}

export function factsToCsv(data: CsvLookups, facts: Fact[]): string {
  return factsToCsvLines(data, facts, true);
}

/** Part of a facts CSV: with the header (and a byte-order mark, so spreadsheet programs open the
 *  Chinese text as UTF-8) for the first part. The pipeline writes facts.csv in such parts. */
export function factsToCsvLines(data: CsvLookups, facts: Fact[], first: boolean): string {
  const lines = facts.map((f) => factRow(data, f));
  if (first) lines.unshift(`\ufeff${CSV_COLUMNS.join(',')}`);
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

export const COMPARISON_COLUMNS = [
  'region_id',
  'region',
  'metric_id',
  'measure',
  'value',
  'unit',
  'period',
  'kind',
  'bound',
  'target',
  'report',
  'date',
  'quote',
] as const;

/** Exactly the rows a comparison view shows, in its order. */
export function comparisonToCsv(data: CoreData, c: Comparison): string {
  const lines = [COMPARISON_COLUMNS.join(',')];
  for (const row of c.rows) {
    const report = row.fact ? data.report.get(row.fact.reportId) : undefined;
    const target = row.target ? (c.measure === 'value' ? row.target.value : row.target.yoy) : null;
    lines.push(
      [
        row.region.id,
        row.region.name,
        c.metricId,
        c.measure,
        row.value,
        c.unit,
        row.period,
        row.fact?.kind ?? (row.target ? 'target' : ''),
        row.fact?.bound,
        target,
        report?.publisher ?? report?.title,
        report?.date,
        row.fact?.quote,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export const TREND_COLUMNS = [
  'region_id',
  'region',
  'metric_id',
  'measure',
  'period',
  'kind',
  'value',
  'unit',
  'report',
  'date',
  'quote',
] as const;

/** Exactly the points a trend view draws: each region's results and targets, oldest first. */
export function trendToCsv(data: CoreData, t: Trend): string {
  const lines = [TREND_COLUMNS.join(',')];
  for (const line of t.lines) {
    const points = [...line.points, ...line.targets].sort(
      (a, b) =>
        t.periods.indexOf(a.period) - t.periods.indexOf(b.period) ||
        (a.fact.kind === 'target' ? 1 : 0) - (b.fact.kind === 'target' ? 1 : 0),
    );
    for (const p of points) {
      const report = data.report.get(p.fact.reportId);
      lines.push(
        [
          line.region.id,
          line.region.name,
          t.metricId,
          t.measure,
          p.period,
          p.fact.kind,
          p.value,
          t.unit,
          report?.publisher ?? report?.title,
          report?.date,
          p.fact.quote,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
