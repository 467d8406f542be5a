// ECharts with its map modules, and the boundaries the option names registered before it draws.
import { echarts } from '../charts/echartsMap.ts';
import type { ChartMap } from './FirstPaintContext.ts';
import LiveChart, { type LiveChartProps } from './LiveChart.tsx';

const registered = new Set<string>();

/** Registers a map's boundaries once per name (the name says province, level and prefecture). */
export function registerChartMap(map: ChartMap): void {
  if (registered.has(map.name)) return;
  // ECharts' map types are looser than GeoJSON's; the file was validated when fetched.
  echarts.registerMap(map.name, map.geo as Parameters<typeof echarts.registerMap>[1]);
  registered.add(map.name);
}

export default function LiveMapChart({ map, ...props }: LiveChartProps & { map: ChartMap }) {
  registerChartMap(map);
  return <LiveChart {...props} />;
}
