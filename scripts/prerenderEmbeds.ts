// Build step (npm run build:app): renders every metric's default comparison, and its default
// trend, to SVG with ECharts' server-side renderer, using the same option builders as the app, so
// an embed's first paint is the real chart without loading React or ECharts in the portal's page.
// Writes, per metric,
//   public/data/embed/compare/<metric>/<lang>-<theme>-<width>.svg   the chart
//   public/data/embed/compare/<metric>/<lang>.json                  title, notes, sources, per-bar quotes
//   public/data/embed/trend/<metric>/…                              the same for the trend (per-point quotes)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import { alignToAxis, buildTrendOption, targetPath, trendChartHeight } from '../src/charts/buildTrendOption.ts';
import { trendSeries, type TrendPoint } from '../src/data/select/trendSeries.ts';
import { trendText } from '../src/charts/trendText.ts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { buildCompareOption, compareChartHeight } from '../src/charts/buildCompareOption.ts';
import { describeFact } from '../src/charts/format.ts';
import { echartsTheme, regionColors, themeTokens } from '../src/charts/themes.ts';
import { colourOrder } from '../src/data/select/regions.ts';
import { buildBaseData, withShards, type BaseData, type CoreData } from '../src/data/coreData.ts';
import { metricsFileSchema, regionsFileSchema } from '../src/data/schema.ts';
import { catalogSchema, shardPath, shardSchema } from '../src/data/shards.ts';
import { compareRows, defaultMeasure } from '../src/data/select/compareRows.ts';
import { formatPeriod } from '../src/data/select/periods.ts';
import { reportLabelById } from '../src/data/select/reports.ts';
import { metricNameIn, translator } from '../src/i18n/translate.ts';
import { comparisonText } from '../src/charts/comparisonText.ts';
import type { Lang, Theme } from '../src/view-state/viewState.ts';
import { prerenderCoverageMap } from './prerenderCoverageMap.ts';

/** Widths the first paint is drawn at; the embed picks the nearest for its frame. */
export const EMBED_WIDTHS = [360, 720] as const;
const LANGS: Lang[] = ['zh', 'en'];
const THEMES: Theme[] = ['light', 'dark'];

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  LabelLayout,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);
for (const tokens of Object.values(themeTokens)) echarts.registerTheme(tokens.name, echartsTheme(tokens));

export type EmbedManifest = {
  metric: string;
  title: string;
  subtitle: string;
  notes: string[];
  description: string;
  sources: { label: string; href: string }[];
  /** In the chart's data order (ECharts draws the first row at the bottom). */
  bars: { region: string; text: string; period: string; quote: string; source: string; href: string }[];
  heights: Record<string, number>;
  /** A trend's points per series, in the option's series order (targets first, then results). */
  series?: (EmbedPoint | null)[][];
};

type EmbedPoint = EmbedManifest['bars'][number];

/** The base tables and, per metric, its default ("comparable") shard: exactly what the app's compare view reads. */
function loadBase(dir: string): BaseData {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
  return buildBaseData(
    regionsFileSchema.parse(read('regions.json')),
    metricsFileSchema.parse(read('metrics.json')),
    catalogSchema.parse(read(shardPath.catalog)),
  );
}

function defaultShardOf(dir: string, base: BaseData, metricId: string): CoreData {
  return withShards(base, [
    shardSchema.parse(JSON.parse(readFileSync(join(dir, shardPath.metric(metricId, 'comparable')), 'utf8'))),
  ]);
}

export function prerenderEmbeds(dataDir = 'public/data'): number {
  const base = loadBase(dataDir);
  const out = join(dataDir, 'embed', 'compare');
  rmSync(join(dataDir, 'embed'), { recursive: true, force: true });
  const colorOf = regionColors(colourOrder(base));
  let files = 0;
  for (const metric of base.metrics) {
    if (!base.catalog.metrics[metric.id]) continue;
    const data = defaultShardOf(dataDir, base, metric.id);
    const comparison = compareRows(data, {
      metricId: metric.id,
      regionIds: null,
      period: 'comparable',
      measure: defaultMeasure(data, metric.id),
    });
    if (!comparison.rows.length) continue;
    const dir = join(out, metric.id);
    mkdirSync(dir, { recursive: true });
    for (const lang of LANGS) {
      const t = translator(lang);
      const text = comparisonText(comparison, metric, t, lang, metricNameIn(lang));
      const reportLabel = (id: string) => reportLabelById(data, id);
      const heights: Record<string, number> = {};
      for (const theme of THEMES) {
        for (const width of EMBED_WIDTHS) {
          const height = compareChartHeight(comparison.rows.length);
          heights[String(width)] = height;
          const chart = echarts.init(null, themeTokens[theme].name, { renderer: 'svg', ssr: true, width, height });
          chart.setOption(
            buildCompareOption(comparison, {
              lang,
              tokens: themeTokens[theme],
              colorOf,
              sourceOf: reportLabel,
              description: text.description,
              labels: text.labels,
              width,
            }),
          );
          writeFileSync(join(dir, `${lang}-${theme}-${width}.svg`), chart.renderToSVGString({ useViewBox: true }));
          chart.dispose();
          files += 1;
        }
      }
      const manifest: EmbedManifest = {
        metric: metric.id,
        title: text.title,
        subtitle: text.subtitle,
        notes: text.notes,
        description: text.description,
        sources: comparison.reportIds.map((id) => ({ label: reportLabel(id), href: `/reports/${id}` })),
        bars: [...comparison.rows].reverse().map((row) => ({
          region: row.region.name,
          text: row.fact ? describeFact(row.fact, lang) : t('noData'),
          period: row.period ? formatPeriod(row.period, lang) : '',
          quote: row.fact?.quote ?? '',
          source: row.fact ? reportLabel(row.fact.reportId) : '',
          href: row.fact ? `/reports/${row.fact.reportId}#f-${row.fact.id}` : `/regions/${row.region.id}`,
        })),
        heights,
      };
      writeFileSync(join(dir, `${lang}.json`), `${JSON.stringify(manifest)}\n`);
      files += 1;
    }
  }
  return files + prerenderTrends(dataDir, base);
}

/** Each metric's default trend (no regions chosen: the regions with the most periods). */
function prerenderTrends(dataDir: string, base: BaseData): number {
  const out = join(dataDir, 'embed', 'trend');
  const colorOf = regionColors(colourOrder(base));
  let files = 0;
  for (const metric of base.metrics) {
    if (!base.catalog.metrics[metric.id]) continue;
    const data = withShards(base, [
      shardSchema.parse(JSON.parse(readFileSync(join(dataDir, shardPath.metric(metric.id, 'all')), 'utf8'))),
    ]);
    const trend = trendSeries(data, { metricId: metric.id, regionIds: null, measure: defaultMeasure(data, metric.id) });
    if (!trend.lines.length) continue;
    const dir = join(out, metric.id);
    mkdirSync(dir, { recursive: true });
    for (const lang of LANGS) {
      const t = translator(lang);
      const text = trendText(trend, metric, t, lang, metricNameIn(lang));
      const reportLabel = (id: string) => reportLabelById(data, id);
      const heights: Record<string, number> = {};
      for (const theme of THEMES) {
        for (const width of EMBED_WIDTHS) {
          const height = trendChartHeight();
          heights[String(width)] = height;
          const chart = echarts.init(null, themeTokens[theme].name, { renderer: 'svg', ssr: true, width, height });
          chart.setOption(
            buildTrendOption(trend, {
              lang,
              tokens: themeTokens[theme],
              colorOf,
              sourceOf: reportLabel,
              description: text.description,
              labels: text.labels,
            }),
          );
          writeFileSync(join(dir, `${lang}-${theme}-${width}.svg`), chart.renderToSVGString({ useViewBox: true }));
          chart.dispose();
          files += 1;
        }
      }
      const point = (regionName: string, p: TrendPoint | null): EmbedPoint | null =>
        p && {
          region: regionName,
          text: describeFact(p.fact, lang),
          period: formatPeriod(p.period, lang),
          quote: p.fact.quote,
          source: reportLabel(p.fact.reportId),
          href: `/reports/${p.fact.reportId}#f-${p.fact.id}`,
        };
      // The option's series: each region's targets (those with any), then each region's results.
      const targetSeries = trend.lines
        .filter((l) => l.targets.length > 0)
        .map((l) => {
          const targets = new Set(l.targets.map((p) => p.period));
          return targetPath(l, trend.periods).map((p, i) =>
            point(l.region.name, p && targets.has(trend.periods[i] ?? '') ? p : null),
          );
        });
      const resultSeries = trend.lines.map((l) =>
        alignToAxis(l.points, trend.periods).map((p) => point(l.region.name, p)),
      );
      const manifest: EmbedManifest = {
        metric: metric.id,
        title: text.title,
        subtitle: text.subtitle,
        notes: text.notes,
        description: text.description,
        sources: trend.reportIds.map((id) => ({ label: reportLabel(id), href: `/reports/${id}` })),
        bars: [],
        series: [...targetSeries, ...resultSeries],
        heights,
      };
      writeFileSync(join(dir, `${lang}.json`), `${JSON.stringify(manifest)}\n`);
      files += 1;
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'public/data';
  const files = prerenderEmbeds(dir) + prerenderCoverageMap(dir);
  console.log(`Embed first paints and the overview map: ${files} files in ${dir}/embed/`);
}
