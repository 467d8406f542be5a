// The one React shell around ECharts. It takes a finished option from a pure builder, marks
// itself data-chart-ready once ECharts has drawn (tests and exports wait for that), and passes
// clicks on data items back with the item's factId.
import type { EChartsOption } from 'echarts';
// The ES module build: the CommonJS one's default export arrives wrapped in production bundles.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useMemo, useState } from 'react';
import { echarts } from '../charts/echarts.ts';
import { themeTokens } from '../charts/themes.ts';
import type { Theme } from '../view-state/viewState.ts';

export type ChartHandle = { getInstance(): ReturnType<typeof echarts.init> | undefined };

type Props = {
  option: EChartsOption;
  height: number;
  theme: Theme;
  /** Accessible name of the chart; a table alternative should follow it in the page. */
  label: string;
  onItemClick?: (item: { factId: string | null; name: string; dataIndex: number; seriesType: string }) => void;
  chartRef?: (handle: ChartHandle | null) => void;
};

export function Chart({ option, height, theme, label, onItemClick, chartRef }: Props) {
  const [ready, setReady] = useState(false);
  // A stable ref callback: a new one each render would hand the parent a new handle each render.
  const setInstance = useCallback(
    (r: ReactEChartsCore | null) => chartRef?.(r ? { getInstance: () => r.getEchartsInstance() } : null),
    [chartRef],
  );
  const events = useMemo(
    () => ({
      finished: () => setReady(true),
      click: (params: { data?: { factId?: string | null } | null; name: string; dataIndex: number; seriesType: string }) =>
        onItemClick?.({ factId: params.data?.factId ?? null, name: params.name, dataIndex: params.dataIndex, seriesType: params.seriesType }),
    }),
    [onItemClick],
  );
  return (
    <div role="img" aria-label={label} data-chart-ready={ready ? 'true' : 'false'} className="w-full">
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
    </div>
  );
}
