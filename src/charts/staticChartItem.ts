// What a mark of a prerendered chart stands for, read from the same option ECharts would draw:
// the tooltip it would show and the item a click passes on. The prerendered SVG names each mark's
// series and data index (ECharts' SSR metadata); this turns those back into the option's data,
// so a chart drawn at build time answers hover and click before ECharts has loaded.
import type { EChartsOption } from 'echarts';

export type ChartItem = { factId: string | null; name: string; dataIndex: number; seriesType: string };

type Series = { type?: string; name?: string; data?: unknown[]; tooltip?: { show?: boolean; formatter?: unknown } };
type Tooltip = { show?: boolean; trigger?: string; formatter?: unknown };

const one = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);

/** The option's own parts: a responsive option keeps them in baseOption (media only adjusts layout). */
function baseOf(option: EChartsOption): EChartsOption {
  return (option.baseOption as EChartsOption | undefined) ?? option;
}

function seriesAt(option: EChartsOption, seriesIndex: number): Series | undefined {
  const series = baseOf(option).series;
  return (Array.isArray(series) ? series[seriesIndex] : seriesIndex === 0 ? series : undefined) as Series | undefined;
}

/** The category name at an index of the option's category axis, if it has one. */
function categoryName(option: EChartsOption, dataIndex: number): string | undefined {
  const base = baseOf(option);
  for (const axis of [one(base.xAxis), one(base.yAxis)] as ({ type?: string; data?: unknown[] } | undefined)[]) {
    if (axis?.type === 'category' && Array.isArray(axis.data)) {
      const name = axis.data[dataIndex];
      if (typeof name === 'string') return name;
    }
  }
  return undefined;
}

/** The item a click on mark (seriesIndex, dataIndex) passes on, as ECharts' click event would. */
export function chartItem(option: EChartsOption, seriesIndex: number, dataIndex: number): ChartItem | null {
  const series = seriesAt(option, seriesIndex);
  if (!series || !Array.isArray(series.data) || dataIndex < 0 || dataIndex >= series.data.length) return null;
  const datum = series.data[dataIndex] as { factId?: string | null; name?: string } | number | null;
  const own = datum !== null && typeof datum === 'object' ? datum : null;
  return {
    factId: own?.factId ?? null,
    name: own?.name ?? categoryName(option, dataIndex) ?? '',
    dataIndex,
    seriesType: series.type ?? '',
  };
}

/** The tooltip ECharts would show over mark (seriesIndex, dataIndex): the series' formatter, else the
 *  chart's, given what ECharts gives it (a list of one for an axis tooltip). Null when none shows. */
export function chartTooltip(option: EChartsOption, seriesIndex: number, dataIndex: number): string | null {
  const item = chartItem(option, seriesIndex, dataIndex);
  const series = seriesAt(option, seriesIndex);
  const chart = one(baseOf(option).tooltip) as Tooltip | undefined;
  if (!item || !series || !chart || chart.show === false || series.tooltip?.show === false) return null;
  const formatter = series.tooltip?.formatter ?? chart.formatter;
  if (typeof formatter !== 'function') return null;
  const datum = series.data?.[dataIndex];
  const param = {
    componentType: 'series',
    seriesIndex,
    seriesName: series.name ?? '',
    seriesType: item.seriesType,
    dataIndex,
    name: item.name,
    data: datum,
    value: datum !== null && typeof datum === 'object' ? (datum as { value?: unknown }).value : datum,
  };
  const html: unknown = (formatter as (p: unknown) => unknown)(
    chart.trigger === 'axis' && !series.tooltip?.formatter ? [param] : param,
  );
  return typeof html === 'string' && html.trim() !== '' ? html : null;
}

/** What an option draws, as text: its data, names, colours and layout, without its formatters.
 *  Pages rebuild their options on every render; two that give the same text draw the same picture. */
export function drawingKey(option: EChartsOption): string {
  return JSON.stringify(option);
}
