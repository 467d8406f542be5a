// Lexicon candidates: labels of unreviewed figures (named by the documents' own words) that two or
// more regions share, each with its quotes, so a maintainer can decide which deserve a metric of
// their own in data/lexicon/metrics.yaml. `npm run data -- --suggest-metrics`.
import type { Dataset } from '../src/data/schema.ts';

export type MetricSuggestion = {
  label: string;
  units: string[];
  regions: string[];
  quotes: { region: string; report: string; quote: string }[];
};

export function suggestMetrics(data: Dataset, minRegions = 2): MetricSuggestion[] {
  const metric = new Map(data.metrics.map((m) => [m.id, m]));
  const regionName = new Map(data.regions.map((r) => [r.id, r.name]));
  const byLabel = new Map<string, MetricSuggestion>();
  for (const f of data.facts) {
    const m = metric.get(f.metricId);
    if (m?.reviewed !== false) continue;
    const s = byLabel.get(m.name) ?? { label: m.name, units: [], regions: [], quotes: [] };
    if (!s.units.includes(m.unit)) s.units.push(m.unit);
    const region = regionName.get(f.regionId) ?? f.regionId;
    if (!s.regions.includes(region)) s.regions.push(region);
    s.quotes.push({ region, report: f.reportId, quote: f.quote });
    byLabel.set(m.name, s);
  }
  return [...byLabel.values()]
    .filter((s) => s.regions.length >= minRegions)
    .sort(
      (a, b) =>
        b.regions.length - a.regions.length || b.quotes.length - a.quotes.length || a.label.localeCompare(b.label),
    );
}

export function formatSuggestions(list: MetricSuggestion[]): string {
  if (list.length === 0) return 'No unreviewed label is shared by two or more regions yet.';
  const lines = [`${list.length} label(s) seen in two or more regions — candidates for data/lexicon/metrics.yaml:`];
  for (const s of list) {
    lines.push(
      `\n「${s.label}」 (${s.units.map((u) => u || 'growth only').join(', ')}) in ${s.regions.length} regions: ${s.regions.join('、')}`,
    );
    for (const q of s.quotes.slice(0, 6)) lines.push(`    ${q.region} · ${q.report}: 「${q.quote}」`);
    if (s.quotes.length > 6) lines.push(`    … ${s.quotes.length - 6} more`);
  }
  return lines.join('\n');
}
