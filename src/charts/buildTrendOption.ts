// One metric over time: a line per region. Results are solid lines with filled points, estimates
// hollow points, targets dashed with hollow diamonds (from the last result before them, so the
// promise reads as a continuation). Gaps stay gaps; a region with one point is a point. Each line
// is named at its end, so colour is never the only way to tell lines apart.
import type { EChartsOption } from 'echarts';
import type { Fact } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Trend, TrendLine, TrendPoint } from '../data/select/trendSeries.ts';
import type { Lang } from '../view-state/viewState.ts';
import { textWidth } from './buildCompareOption.ts';
import { escapeHtml } from './escapeHtml.ts';
import { describeFact, formatAxis, formatValue } from './format.ts';
import { CATEGORICAL, type ThemeTokens } from './themes.ts';

export type TrendContext = {
  lang: Lang;
  tokens: ThemeTokens;
  colorOf: (regionId: string) => string;
  labels: { estimate: string; target: string; alsoReported: string };
  sourceOf: (reportId: string) => string;
  description: string;
  /** Write each point's value beside it (slides, where nobody hovers). */
  valueLabels?: boolean;
  /** Small multiples: no names at line ends, fewer ticks. */
  compact?: boolean;
};

export type TrendDatum = { value: number | null; factId: string | null; period: string };

/** A line's values on the axis: null where the region has no figure (ECharts leaves the gap). */
export function alignToAxis(points: TrendPoint[], periods: string[]): (TrendPoint | null)[] {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return periods.map((period) => byPeriod.get(period) ?? null);
}

/** The dashed target line: from the last result before the first target, then every target. */
export function targetPath(line: TrendLine, periods: string[]): (TrendPoint | null)[] {
  if (line.targets.length === 0) return periods.map(() => null);
  const first = periods.indexOf(line.targets[0]?.period ?? '');
  const anchor = [...line.points].reverse().find((p) => periods.indexOf(p.period) < first);
  const targets = new Map(line.targets.map((p) => [p.period, p]));
  return periods.map((period) => targets.get(period) ?? (anchor && anchor.period === period ? anchor : null));
}

function pointTooltip(regionName: string, point: TrendPoint, target: boolean, ctx: TrendContext): string {
  const { tokens, lang, labels } = ctx;
  const fact = point.fact;
  const lines = [
    `<strong>${escapeHtml(regionName)}</strong> · ${escapeHtml(formatPeriod(point.period, lang))}${target ? ` · ${escapeHtml(labels.target)}` : ''}`,
  ];
  const quoteOf = (f: Fact) =>
    `<span style="color:${tokens.muted}">「${escapeHtml(f.quote)}」<br/>${escapeHtml(ctx.sourceOf(f.reportId))}</span>`;
  lines.push(escapeHtml(describeFact(fact, lang)), quoteOf(fact));
  if (fact.corrected) lines.push(`<span style="color:${tokens.muted}">✎ ${escapeHtml(fact.corrected)}</span>`);
  for (const other of point.conflicts)
    lines.push(`${escapeHtml(labels.alsoReported)}：${escapeHtml(describeFact(other, lang))}`, quoteOf(other));
  return `<div style="max-width:320px;white-space:normal;line-height:1.5">${lines.join('<br/>')}</div>`;
}

export function buildTrendOption(trend: Trend, ctx: TrendContext): EChartsOption {
  const { tokens, lang } = ctx;
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  const { periods, unit } = trend;
  // Colour tells lines apart (the projector theme too: lines, unlike bars, have no position of
  // their own). A region keeps its usual colour unless a line before it already has that one.
  const colours = distinctColours(
    trend.lines.map((l) => l.region.id),
    ctx.colorOf,
  );
  const colour = (line: TrendLine) => colours.get(line.region.id) ?? ctx.colorOf(line.region.id);
  const symbolSize = fs(ctx.compact ? 6 : 9);
  const nameRoom = ctx.compact
    ? fs(12)
    : Math.max(fs(24), ...trend.lines.map((l) => textWidth(l.region.name, fs(12)) + fs(16)));

  const resultSeries = trend.lines.map((line) => {
    const color = colour(line);
    const aligned = alignToAxis(line.points, periods);
    return {
      type: 'line' as const,
      name: line.region.name,
      connectNulls: false,
      showSymbol: true,
      symbol: 'circle',
      symbolSize,
      cursor: 'pointer',
      lineStyle: { color, width: fs(ctx.compact ? 1.5 : 2) },
      itemStyle: { color },
      emphasis: { focus: 'series' as const },
      data: aligned.map((p) =>
        p
          ? {
              value: p.value,
              factId: p.fact.id,
              // Estimates: hollow points.
              itemStyle: p.estimate ? { color: tokens.surface, borderColor: color, borderWidth: fs(2) } : { color },
              label: {
                show: !ctx.compact && !!ctx.valueLabels,
                position: 'top' as const,
                color: tokens.ink,
                fontSize: fs(12),
                formatter: () => `${formatValue(p.value, unit, lang)}${p.estimate ? ` ${ctx.labels.estimate}` : ''}`,
              },
            }
          : { value: null, factId: null },
      ),
      endLabel: ctx.compact
        ? { show: false }
        : { show: true, formatter: line.region.name, color, fontSize: fs(12), offset: [fs(4), 0] },
      labelLayout: { moveOverlap: 'shiftY' as const },
      tooltip: {
        formatter: (params: unknown) => {
          const point = aligned[(params as { dataIndex: number }).dataIndex];
          return point ? pointTooltip(line.region.name, point, false, ctx) : '';
        },
      },
    };
  });

  const targetSeries = trend.lines
    .filter((line) => line.targets.length > 0)
    .map((line) => {
      const color = colour(line);
      const path = targetPath(line, periods);
      const isTarget = new Set(line.targets.map((p) => p.period));
      return {
        type: 'line' as const,
        name: `${line.region.name} ${ctx.labels.target}`,
        // A promise is a line between intentions, not measured data: it may cross years without one.
        connectNulls: true,
        showSymbol: true,
        symbol: 'diamond',
        symbolSize: symbolSize + fs(2),
        cursor: 'pointer',
        lineStyle: { color, width: fs(1.5), type: 'dashed' as const },
        itemStyle: { color: tokens.surface, borderColor: color, borderWidth: fs(2) },
        z: 1,
        data: path.map((p, i) =>
          p && isTarget.has(periods[i] ?? '')
            ? {
                value: p.value,
                factId: p.fact.id,
                label: {
                  show: !ctx.compact && !!ctx.valueLabels,
                  position: 'top' as const,
                  color: tokens.ink,
                  fontSize: fs(12),
                  formatter: () => `${formatValue(p.value, unit, lang)} ${ctx.labels.target}`,
                },
              }
            : // The anchor (a result) draws no second symbol.
              { value: p ? p.value : null, factId: null, symbol: 'none' },
        ),
        tooltip: {
          formatter: (params: unknown) => {
            const i = (params as { dataIndex: number }).dataIndex;
            const point = path[i];
            return point && isTarget.has(periods[i] ?? '') ? pointTooltip(line.region.name, point, true, ctx) : '';
          },
        },
      };
    });

  return {
    aria: { enabled: true, label: { description: ctx.description } },
    animation: false,
    grid: { left: 8, right: nameRoom, top: fs(ctx.compact ? 12 : 28), bottom: fs(8) },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: periods.map((p) => formatPeriod(p, lang)),
      axisTick: { alignWithLabel: true },
      axisLabel: { fontSize: fs(ctx.compact ? 11 : 12), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: trend.measure === 'value' ? false : true,
      splitNumber: ctx.compact ? 2 : 4,
      axisLabel: { formatter: (v: number) => formatAxis(v, lang), fontSize: fs(ctx.compact ? 11 : 12) },
    },
    series: [...targetSeries, ...resultSeries],
  };
}

/** Each region its usual colour, or the first palette colour no earlier line has. */
export function distinctColours(regionIds: string[], colorOf: (id: string) => string): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const id of regionIds) {
    const own = colorOf(id);
    const colour = taken.has(own) ? (CATEGORICAL.find((c) => !taken.has(c)) ?? own) : own;
    taken.add(colour);
    result.set(id, colour);
  }
  return result;
}

/** The chart's height: slides and pages have room; small multiples are small. */
export function trendChartHeight(fontScale = 1, compact = false): number {
  return Math.round((compact ? 140 : 360) * fontScale);
}
