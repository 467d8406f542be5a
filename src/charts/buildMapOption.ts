// A choropleth of one province at prefecture or county level. Regions without a figure are drawn
// as "no data" (grey), never as zero; zones and agencies appear as markers inside their parent.
import type { EChartsOption } from 'echarts';
import type { Comparison } from '../data/select/compareRows.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { Lang } from '../view-state/viewState.ts';
import { escapeHtml } from './escapeHtml.ts';
import { describeFact, formatValue } from './format.ts';
import type { ThemeTokens } from './themes.ts';

export type MapFeatureInfo = { adcode: string; name: string; cp: [number, number] };

export type MapContext = {
  mapName: string;
  features: MapFeatureInfo[];
  lang: Lang;
  tokens: ThemeTokens;
  labels: { noData: string; estimate: string };
  sourceOf: (reportId: string) => string;
  description: string;
  /** Write the value beside each marker (slides: a projector has no hover; the slide lists the
   *  regions' values beside the map). */
  labelValues?: boolean;
};

/** Diagonal stripes of one colour: no data, or over an estimate. */
const hatch = (color: string, gap: number) => ({
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [1, gap],
  rotation: -Math.PI / 4,
  color,
});

export function buildMapOption(comparison: Comparison, ctx: MapContext): EChartsOption {
  const { lang, tokens } = ctx;
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  const byAdcode = new Map(ctx.features.map((f) => [f.adcode, f]));
  const areaRows = comparison.rows.filter((r) => r.value !== null && r.region.adcode && byAdcode.has(r.region.adcode));
  const markerRows = comparison.rows.filter(
    (r) => r.value !== null && !r.region.adcode && r.region.parentId && byAdcode.has(r.region.parentId.slice(0, 6)),
  );
  const values = [...areaRows, ...markerRows].map((r) => r.value as number);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const rowByAdcode = new Map(areaRows.map((r) => [r.region.adcode as string, r]));

  const describe = (adcode: string) => {
    const feature = byAdcode.get(adcode);
    const row = rowByAdcode.get(adcode);
    if (!row?.fact)
      return `<strong>${escapeHtml(feature?.name ?? adcode)}</strong><br/>${escapeHtml(ctx.labels.noData)}`;
    return [
      `<strong>${escapeHtml(row.region.name)}</strong>`,
      `${escapeHtml(describeFact(row.fact, lang))} · ${escapeHtml(formatPeriod(row.fact.period, lang))}`,
      `<span style="color:${tokens.muted}">「${escapeHtml(row.fact.quote)}」</span>`,
      `<span style="color:${tokens.muted}">${escapeHtml(ctx.sourceOf(row.fact.reportId))}</span>`,
    ].join('<br/>');
  };

  // Bounded on all four sides, so the province fits a phone's width as well as a projector's
  // height, and drawn in its true proportions inside that box (never stretched to fill it).
  const layout = {
    map: ctx.mapName,
    nameProperty: 'adcode',
    roam: false,
    top: fs(8),
    bottom: fs(56),
    left: fs(8),
    right: fs(8),
    aspectScale: 0.85,
    preserveAspect: 'contain' as const,
  };
  const noDataHatch = hatch(tokens.line, 4);
  // ECharts makes a pattern for every data item that carries a decal of its own, even a decal of no
  // symbol (on the all-China county map, 2,891 of them cost about 270 ms), so the "no data" hatch is
  // set on the smaller side. Where most regions have no figure, the series carries it and each
  // region with a figure turns it off; where most have one, the series draws without it and each
  // region without a figure is an item that carries it.
  const withoutFigure = ctx.features.filter((f) => !rowByAdcode.has(f.adcode));
  const noDataOnItems = withoutFigure.length <= areaRows.length;
  /** The decal a region with a figure carries: an estimate's light hatch, or none over the series' hatch. */
  const figureDecal = (estimate: boolean) =>
    estimate ? hatch('rgba(255,255,255,0.5)', 6) : noDataOnItems ? undefined : { symbol: 'none' };
  return {
    aria: { enabled: true, label: { description: ctx.description } },
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => mapTooltip(params, markerRows, describe, ctx),
    },
    visualMap: {
      show: values.length > 0,
      type: 'continuous',
      min,
      max: max === min ? min + 1 : max,
      inRange: { color: [...tokens.sequential] },
      text: [formatValue(max, comparison.unit, lang), formatValue(min, comparison.unit, lang)],
      textStyle: { color: tokens.muted, fontSize: fs(12) },
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: fs(12),
      itemHeight: fs(120),
      seriesIndex: 0,
    },
    // The choropleth is a map series with its own map, so regions without data keep the grey
    // "no data" fill; a transparent geo layer with the same layout carries the markers.
    geo: {
      ...layout,
      silent: true,
      itemStyle: { areaColor: 'transparent', borderWidth: 0 },
      emphasis: { disabled: true },
      label: { show: false },
    },
    series: [
      {
        type: 'map',
        ...layout,
        // No data: a pale hatch. Estimates keep their colour under a light hatch of their own.
        itemStyle: {
          areaColor: tokens.noData,
          borderColor: tokens.background === 'transparent' ? tokens.line : tokens.background,
          borderWidth: 0.8,
          ...(noDataOnItems ? {} : { decal: noDataHatch }),
        },
        emphasis: {
          itemStyle: { areaColor: tokens.accent },
          label: {
            show: true,
            color: '#fff',
            formatter: (p: { name: string }) => byAdcode.get(p.name)?.name ?? p.name,
          },
        },
        label: { show: false },
        select: { disabled: true },
        data: [
          ...areaRows.map((r) => {
            const decal = figureDecal(r.estimate);
            return {
              name: r.region.adcode as string,
              value: r.value as number,
              ...(decal ? { itemStyle: { decal } } : {}),
            };
          }),
          // Out of the colour scale (visualMap: false), an item is filled with its own colour: the grey.
          ...(noDataOnItems
            ? withoutFigure.map((f) => ({
                name: f.adcode,
                value: Number.NaN,
                visualMap: false,
                itemStyle: { color: tokens.noData, decal: noDataHatch },
              }))
            : []),
        ],
      },
      markerSeries(markerRows, byAdcode, comparison, ctx),
    ],
  };
}

type MapRow = Comparison['rows'][number];

/** Places without a boundary of their own (zones, agencies): a diamond at their parent's centre,
 *  named by id so a click opens the region's page, labelled with the name. */
function markerSeries(
  markerRows: MapRow[],
  byAdcode: Map<string, MapContext['features'][number]>,
  comparison: Comparison,
  ctx: MapContext,
) {
  const { lang, tokens } = ctx;
  const fs = (px: number) => Math.round(px * tokens.fontScale);
  return {
    type: 'scatter',
    coordinateSystem: 'geo',
    symbol: 'diamond',
    symbolSize: fs(12),
    itemStyle: { color: tokens.ink, borderColor: '#fff', borderWidth: 1 },
    data: markerRows.map((r) => {
      const parent = byAdcode.get((r.region.parentId ?? '').slice(0, 6));
      // Named by id, so a click opens the region's page; the label shows its name.
      return { name: r.region.id, value: [...(parent?.cp ?? [0, 0]), r.value as number] };
    }),
    label: {
      show: true,
      position: 'right',
      formatter: (p: { dataIndex: number }) => {
        const row = markerRows[p.dataIndex];
        return row
          ? `${row.region.name}${ctx.labelValues ? ` ${formatValue(row.value, comparison.unit, lang)}` : ''}`
          : '';
      },
      fontSize: fs(12),
      color: tokens.ink,
    },
  } as const;
}

/** A region's tooltip: its figure, quote and source; a marker's: its figure and quote. */
function mapTooltip(
  params: unknown,
  markerRows: MapRow[],
  describe: (adcode: string) => string,
  ctx: MapContext,
): string {
  const { lang, tokens } = ctx;
  const p = params as { seriesType: string; name: string; dataIndex: number };
  if (p.seriesType === 'scatter') {
    const row = markerRows[p.dataIndex];
    return row?.fact
      ? `<strong>${escapeHtml(row.region.name)}</strong><br/>${escapeHtml(describeFact(row.fact, lang))}<br/><span style="color:${tokens.muted}">「${escapeHtml(row.fact.quote)}」</span>`
      : '';
  }
  return `<div style="max-width:300px;white-space:normal;line-height:1.5">${describe(p.name)}</div>`;
}
