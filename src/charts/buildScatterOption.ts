// Two metrics against each other: one point per region that has results for both.
import type { EChartsOption } from 'echarts';
import type { Comparison } from '../data/select/compareRows.ts';
import type { Region } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Lang } from '../view-state/viewState.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatAxis, formatValue, unitLabel } from './format.ts';
import type { ThemeTokens } from './themes.ts';

export type ScatterPoint = {
  region: Region;
  x: number;
  y: number;
  xPeriod: string;
  yPeriod: string;
  estimate: boolean;
};

export function scatterPoints(x: Comparison, y: Comparison): ScatterPoint[] {
  const ys = new Map(y.rows.filter((r) => r.value !== null && r.fact).map((r) => [r.region.id, r]));
  return x.rows.flatMap((row) => {
    const other = ys.get(row.region.id);
    if (row.value === null || !row.fact || !other || other.value === null || !other.fact) return [];
    return [
      {
        region: row.region,
        x: row.value,
        y: other.value,
        xPeriod: row.fact.period,
        yPeriod: other.fact.period,
        estimate: row.estimate || other.estimate,
      },
    ];
  });
}

export function buildScatterOption(
  points: ScatterPoint[],
  axes: { xName: string; xUnit: string; yName: string; yUnit: string },
  ctx: { lang: Lang; tokens: ThemeTokens; colorOf: (id: string) => string; description: string },
): EChartsOption {
  const { lang, tokens } = ctx;
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  // Names of points in the right quarter go to their left, so none runs off the chart's edge.
  const xs = points.map((p) => p.x);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const nearRight = (x: number) => xMax > xMin && (x - xMin) / (xMax - xMin) > 0.75;
  return {
    aria: { enabled: true, label: { description: ctx.description } },
    animation: false,
    grid: { left: 8, right: fs(32), top: fs(36), bottom: fs(36) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const p = points[(params as { dataIndex: number }).dataIndex];
        if (!p) return '';
        return [
          `<strong>${escapeHtml(p.region.name)}</strong>`,
          `${escapeHtml(axes.xName)}：${escapeHtml(formatValue(p.x, axes.xUnit, lang))}（${escapeHtml(formatPeriod(p.xPeriod, lang))}）`,
          `${escapeHtml(axes.yName)}：${escapeHtml(formatValue(p.y, axes.yUnit, lang))}（${escapeHtml(formatPeriod(p.yPeriod, lang))}）`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: `${axes.xName}（${unitLabel(axes.xUnit, lang)}）`,
      nameLocation: 'middle',
      nameGap: fs(28),
      scale: true,
      axisLabel: { formatter: (v: number) => formatAxis(v, lang), fontSize: fs(12) },
    },
    yAxis: {
      type: 'value',
      name: `${axes.yName}（${unitLabel(axes.yUnit, lang)}）`,
      nameLocation: 'end',
      nameTextStyle: { align: 'left' },
      scale: true,
      axisLabel: { formatter: (v: number) => formatAxis(v, lang), fontSize: fs(12) },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: fs(14),
        data: points.map((p) => ({
          value: [p.x, p.y],
          itemStyle: {
            color: tokens.regionColours ? ctx.colorOf(p.region.id) : tokens.accent,
            opacity: p.estimate ? 0.55 : 1,
          },
          label: {
            show: true,
            position: nearRight(p.x) ? 'left' : 'right',
            formatter: p.region.name,
            color: tokens.ink,
            fontSize: fs(12),
          },
        })),
      },
    ],
  };
}
