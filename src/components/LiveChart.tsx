// ECharts itself, in its own chunk: a page that opened on its prerendered drawing loads it only when
// the reader reaches for the chart (hover, another view, an export), every other page when its
// first chart mounts (Chart.tsx).
import type { EChartsOption } from 'echarts';
// The ES module build: the CommonJS one's default export arrives wrapped in production bundles.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { echarts } from '../charts/echarts.ts';
import type { ChartItem } from '../charts/staticChartItem.ts';
import { themeTokens } from '../charts/themes.ts';
import type { Theme } from '../view-state/viewState.ts';

export type LiveChartProps = {
  option: EChartsOption;
  height: number;
  theme: Theme;
  onItemClick?: (item: ChartItem) => void;
  /** Called each time ECharts has finished drawing, with its instance. */
  onDrawn: (instance: EChartsType) => void;
  onInstance: (instance: EChartsType | null) => void;
};

export default function LiveChart({ option, height, theme, onItemClick, onDrawn, onInstance }: LiveChartProps) {
  // A stable ref callback: a new one each render would hand the parent a new instance each render.
  const setInstance = useCallback(
    (r: ReactEChartsCore | null) => onInstance(r ? r.getEchartsInstance() : null),
    [onInstance],
  );
  const events = useMemo(
    () => ({
      finished: (_params: unknown, instance: EChartsType) => onDrawn(instance),
      click: (params: {
        data?: { factId?: string | null } | null;
        name: string;
        dataIndex: number;
        seriesType: string;
      }) =>
        onItemClick?.({
          factId: params.data?.factId ?? null,
          name: params.name,
          dataIndex: params.dataIndex,
          seriesType: params.seriesType,
        }),
    }),
    [onItemClick, onDrawn],
  );
  return (
    <ReactEChartsCore
      ref={setInstance}
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      theme={themeTokens[theme].name}
      opts={{ renderer: 'svg' }}
      style={{ height, width: '100%' }}
      onEvents={events}
    />
  );
}
