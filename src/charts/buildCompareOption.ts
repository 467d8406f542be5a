// Sorted horizontal bars of one metric across regions. Results are bars in each region's colour;
// estimates are hatched and labelled 预计; targets are tick marks beside the bars, never bars;
// when periods differ, every bar's label carries its own period.
import type { EChartsOption } from 'echarts';
import type { Fact } from '../data/schema.ts';
import type { Comparison, CompareRow } from '../data/select/compareRows.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Lang } from '../view-state/viewState.ts';
import { escapeHtml } from './escapeHtml.ts';
import { boundSuffix, describeFact, formatAxis, formatValue } from './format.ts';
import type { ThemeTokens } from './themes.ts';

export type CompareLabels = {
  estimate: string;
  target: string;
  noData: string;
  /** Under the columns of a dense chart: "2,900 个地区，从高到低". */
  regionsAxis?: string;
};

export type CompareContext = {
  lang: Lang;
  tokens: ThemeTokens;
  colorOf: (regionId: string) => string;
  labels: CompareLabels;
  /** Report titles and dates for tooltips ("定西日报 2022-02-07"). */
  sourceOf: (reportId: string) => string;
  /** Short description for screen readers. */
  description: string;
  /** A known drawing width (prerendering): the narrow layout is applied directly, without media queries. */
  width?: number;
};

export const ROW_HEIGHT = 34;
/** Below this chart width tick labels are hidden (bar labels carry the values). */
export const NARROW_WIDTH = 520;
const CHART_PADDING = 64;

/** Beyond this many regions a named bar each is a wall of text: the chart shows the distribution. */
export const DENSE_ROWS = 120;
const DENSE_HEIGHT = 420;

/** The fact behind a clicked bar or column: its own id where the bar carries one; a dense chart's
 *  columns are plain numbers, in the order of the comparison's rows. */
export function factOfClick(
  comparison: Comparison,
  lookup: Pick<Map<string, Fact>, 'get'>,
  item: { factId: string | null; dataIndex: number },
): Fact | undefined {
  if (item.factId) return lookup.get(item.factId);
  return comparison.rows.length > DENSE_ROWS ? (comparison.rows[item.dataIndex]?.fact ?? undefined) : undefined;
}

export function compareChartHeight(rows: number, fontScale = 1): number {
  if (rows > DENSE_ROWS) return DENSE_HEIGHT * fontScale;
  return Math.max(160, rows * ROW_HEIGHT * fontScale + CHART_PADDING * fontScale);
}

export function categoryLabel(row: CompareRow, comparison: Comparison, lang: Lang): string {
  const name = row.region.name;
  return comparison.mixedPeriods && row.period ? `${name}\n${formatPeriod(row.period, lang)}` : name;
}

/** A bar's tooltip: the figure, its period, the sentence it comes from and the report. */
function compareTooltip(row: CompareRow, ctx: CompareContext): string {
  const { tokens, lang, labels } = ctx;
  const lines = [`<strong>${escapeHtml(row.region.name)}</strong>`];
  if (row.fact) {
    lines.push(`${escapeHtml(describeFact(row.fact, lang))} · ${escapeHtml(formatPeriod(row.fact.period, lang))}`);
    lines.push(`<span style="color:${tokens.muted}">「${escapeHtml(row.fact.quote)}」</span>`);
    lines.push(`<span style="color:${tokens.muted}">${escapeHtml(ctx.sourceOf(row.fact.reportId))}</span>`);
    if (row.fact.corrected)
      lines.push(`<span style="color:${tokens.muted}">✎ ${escapeHtml(row.fact.corrected)}</span>`);
  } else {
    lines.push(escapeHtml(labels.noData));
  }
  if (row.target)
    lines.push(
      `${escapeHtml(labels.target)}：${escapeHtml(describeFact(row.target, lang))} · ${escapeHtml(formatPeriod(row.target.period, lang))}`,
    );
  return `<div style="max-width:320px;white-space:normal;line-height:1.5">${lines.join('<br/>')}</div>`;
}

/**
 * Hundreds or thousands of regions: one thin column each, largest first, no names on the axis
 * (hover names each one; the table lists them all). Estimates are paler; targets are not drawn.
 */
export function buildDenseCompareOption(comparison: Comparison, ctx: CompareContext): EChartsOption {
  const { tokens, lang } = ctx;
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  const rows = comparison.rows.filter((r) => r.value !== null);
  // Two series in ECharts' large mode (each drawn as one path, so thousands of columns draw in
  // milliseconds): results in the accent colour, estimates paler. Hovering a column's slot names it.
  const column = (estimate: boolean) => rows.map((r) => (r.estimate === estimate ? (r.value as number) : 0));
  const series = (estimate: boolean, color: string) => ({
    type: 'bar' as const,
    name: estimate ? ctx.labels.estimate : comparison.metricId,
    barGap: '-100%',
    large: true,
    largeThreshold: DENSE_ROWS,
    barCategoryGap: '10%',
    cursor: 'pointer',
    itemStyle: { color },
    data: column(estimate),
  });
  return {
    aria: { enabled: true, label: { description: ctx.description } },
    animation: false,
    grid: { left: fs(56), right: fs(12), top: fs(16), bottom: fs(28) },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const row = first ? rows[first.dataIndex] : undefined;
        return row ? compareTooltip(row, ctx) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.region.name),
      axisTick: { show: false },
      axisLabel: { show: false },
      name: ctx.labels.regionsAxis ?? '',
      nameLocation: 'middle',
      nameGap: fs(10),
      nameTextStyle: { color: tokens.muted, fontSize: fs(12) },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatAxis(v, lang), fontSize: fs(12) },
      splitNumber: 4,
    },
    series: [series(false, tokens.accent), series(true, tokens.muted)],
  };
}

export function buildCompareOption(comparison: Comparison, ctx: CompareContext): EChartsOption {
  if (comparison.rows.length > DENSE_ROWS) return buildDenseCompareOption(comparison, ctx);
  const { tokens, lang, labels } = ctx;
  // Largest at the top: ECharts draws the first category at the bottom of a y axis.
  const rows = [...comparison.rows].reverse();
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  const unit = comparison.unit;

  const labelOf = (row: CompareRow) =>
    `${formatValue(row.value, unit, lang)}${comparison.measure === 'value' ? boundSuffix(row.fact?.bound, lang) : ''}${row.estimate ? ` ${labels.estimate}` : ''}`;
  // The value labels sit right of the bars: the grid leaves room for the longest ("15,000亿元以上 预计").
  const labelRoom = Math.max(
    fs(104),
    ...rows.filter((r) => r.value !== null && r.value >= 0).map((r) => textWidth(labelOf(r), fs(12)) + fs(12)),
  );
  const bars = rows.map((row) => ({
    value: row.value,
    factId: row.fact?.id ?? null,
    itemStyle: {
      color: tokens.regionColours ? ctx.colorOf(row.region.id) : tokens.accent,
      ...(row.estimate
        ? {
            decal: {
              symbol: 'rect',
              dashArrayX: [1, 0],
              dashArrayY: [3, 4],
              rotation: -Math.PI / 4,
              color: 'rgba(255,255,255,0.55)',
            },
          }
        : {}),
    },
    label: {
      show: row.value !== null,
      position: (row.value ?? 0) < 0 ? ('left' as const) : ('right' as const),
      formatter: () => labelOf(row),
      color: tokens.ink,
      fontSize: fs(12),
    },
  }));

  const targetValue = (row: CompareRow) =>
    row.target ? (comparison.measure === 'value' ? row.target.value : row.target.yoy) : null;
  const targets = rows.map((row, index) => {
    const v = targetValue(row);
    return v === null ? null : { value: [v, index], factId: row.target?.id ?? null };
  });

  const base: EChartsOption = {
    aria: { enabled: true, label: { description: ctx.description } },
    animation: false,
    grid: { left: 8, right: labelRoom, top: fs(28), bottom: fs(8) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const p = params as { dataIndex: number };
        const row = rows[p.dataIndex];
        return row ? compareTooltip(row, ctx) : '';
      },
    },
    // The unit is in the chart's subtitle; an axis name would collide with the top bar's label.
    xAxis: {
      type: 'value',
      position: 'top',
      axisLabel: { formatter: (v: number) => formatAxis(v, lang), fontSize: fs(12) },
      splitNumber: 4,
    },
    yAxis: {
      type: 'category',
      data: rows.map((row) => categoryLabel(row, comparison, lang)),
      axisTick: { show: false },
      axisLabel: { fontSize: fs(13), color: tokens.ink, lineHeight: fs(16), width: fs(150), overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: comparison.metricId,
        data: bars,
        barMaxWidth: fs(22),
        emphasis: { focus: 'none' },
        cursor: 'pointer',
      },
      {
        type: 'scatter',
        name: labels.target,
        data: targets,
        symbol: 'rect',
        symbolSize: [fs(4), fs(22)],
        itemStyle: { color: tokens.ink },
        z: 3,
        tooltip: {
          formatter: (params: unknown) => {
            const p = params as { dataIndex: number };
            const row = rows[p.dataIndex];
            return row?.target
              ? `${escapeHtml(row.region.name)} · ${escapeHtml(labels.target)}<br/>${escapeHtml(describeFact(row.target, lang))}<br/><span style="color:${tokens.muted}">「${escapeHtml(row.target.quote)}」</span>`
              : '';
          },
        },
      },
    ],
  };
  // On a phone the bars carry their values, so tick labels give way to room for names.
  const narrow = {
    grid: { right: Math.max(fs(112), labelRoom), top: fs(8) },
    xAxis: { axisLabel: { show: false }, splitNumber: 2 },
    yAxis: { axisLabel: { width: fs(84) } },
  };
  if (ctx.width !== undefined) {
    if (ctx.width > NARROW_WIDTH) return base;
    return {
      ...base,
      grid: { ...(base.grid as object), ...narrow.grid },
      xAxis: {
        ...(base.xAxis as object),
        ...narrow.xAxis,
        axisLabel: { ...(base.xAxis as { axisLabel: object }).axisLabel, show: false },
      },
      yAxis: {
        ...(base.yAxis as object),
        axisLabel: { ...(base.yAxis as { axisLabel: object }).axisLabel, ...narrow.yAxis.axisLabel },
      },
    } as EChartsOption;
  }
  return { baseOption: base, media: [{ query: { maxWidth: NARROW_WIDTH }, option: narrow }] };
}

/** The width a label takes in pixels: CJK characters are square, digits and Latin letters about 0.6 of that. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(w);
}
