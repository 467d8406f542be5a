// The one React shell around ECharts. It takes a finished option from a pure builder, marks
// itself data-chart-ready once ECharts has drawn (tests and exports wait for that), and passes
// clicks on data items back with the item's factId.
import type { EChartsOption } from 'echarts';
// The ES module build: the CommonJS one's default export arrives wrapped in production bundles.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { echarts } from '../charts/echarts.ts';
import { themeTokens } from '../charts/themes.ts';
import { FirstPaintContext } from './FirstPaintContext.ts';
import { firstPaintChart, forgetFirstPaintChart, PHONE_WIDTH } from '../app/firstPaint.ts';
import type { Theme } from '../view-state/viewState.ts';

export type ChartHandle = { getInstance(): ReturnType<typeof echarts.init> | undefined };

type Props = {
  option: EChartsOption;
  height: number;
  /** The height on a phone's screen (under 640 px), if not the same. */
  phoneHeight?: number;
  theme: Theme;
  /** Accessible name of the chart; a table alternative should follow it in the page. */
  label: string;
  onItemClick?: (item: { factId: string | null; name: string; dataIndex: number; seriesType: string }) => void;
  chartRef?: (handle: ChartHandle | null) => void;
};

/** The height a chart takes on this screen. A prerendered first paint is drawn at `height` and set
 *  to the phone's height by the entry script (showFirstPaint), so the two never differ. */
export function chartHeight(height: number, phoneHeight: number | undefined): number {
  return phoneHeight !== undefined && typeof window !== 'undefined' && window.innerWidth < PHONE_WIDTH ? phoneHeight : height;
}

export function Chart({ option, height: wideHeight, phoneHeight, theme, label, onItemClick, chartRef }: Props) {
  const height = chartHeight(wideHeight, phoneHeight);
  const [ready, setReady] = useState(false);
  const drawFirstPaint = useContext(FirstPaintContext);
  // The prerendered drawing of this chart, if the page opened on one: it stays over the chart until
  // ECharts has drawn the same picture, so taking over shows no blank frame.
  // Forgotten after the commit, not while rendering: React may render a component twice.
  const [cover] = useState(() => (drawFirstPaint ? null : firstPaintChart(label)));
  useEffect(() => {
    if (cover) forgetFirstPaintChart(label);
  }, [cover, label]);
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
  if (drawFirstPaint) {
    return (
      <div role="img" aria-label={label} data-first-paint-chart="" className="w-full">
        <div style={{ height }} data-phone-height={phoneHeight} dangerouslySetInnerHTML={{ __html: drawFirstPaint({ option, height, phoneHeight, theme }) }} />
      </div>
    );
  }
  return (
    <div role="img" aria-label={label} data-chart-ready={ready ? 'true' : 'false'} className="relative w-full">
      {cover && !ready && <div aria-hidden="true" className="pointer-events-none absolute inset-0 z-10" style={{ height }} dangerouslySetInnerHTML={{ __html: cover }} />}
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
