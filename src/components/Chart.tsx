// The one React shell around a chart. It takes a finished option from a pure builder, marks itself
// data-chart-ready once the chart is on screen (tests and exports wait for that), and passes clicks
// on data items back with the item's factId.
//
// A page that opened on its prerendered first paint keeps each chart's drawing as the chart: it
// answers hover and click from the same option (staticChartItem.ts), and ECharts (LiveChart, its
// own chunk) loads only when the reader reaches for it — the pointer on the chart, another option,
// another width, an export — then draws the same picture under the drawing before taking its place.
// Every other chart is ECharts from the start.
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { firstPaintChart, forgetFirstPaintChart, PHONE_WIDTH } from './firstPaintCharts.ts';
import { drawingKey, type ChartItem } from '../charts/staticChartItem.ts';
import { ChartDrawing } from './ChartDrawing.tsx';
import type { Theme } from '../view-state/viewState.ts';
import { FirstPaintContext, type ChartMap } from './FirstPaintContext.ts';
import { loadLiveChart, loadLiveMapChart } from './liveChartModule.ts';

const LiveChart = lazy(loadLiveChart);
const LiveMapChart = lazy(loadLiveMapChart);

/** A drawn chart, for exports: resolves once ECharts has drawn it (loading it if need be). */
export type ChartHandle = { getInstance(): Promise<EChartsType | undefined> };

type Props = {
  option: EChartsOption;
  height: number;
  /** The height on a phone's screen (under 640 px), if not the same. */
  phoneHeight?: number;
  theme: Theme;
  /** Accessible name of the chart; a table alternative should follow it in the page. */
  label: string;
  /** The boundaries a map option draws. */
  map?: ChartMap;
  onItemClick?: (item: ChartItem) => void;
  chartRef?: (handle: ChartHandle | null) => void;
};

/** The height a chart takes on this screen. A prerendered first paint is drawn at `height` and set
 *  to the phone's height by the entry script (showFirstPaint), so the two never differ. */
export function chartHeight(height: number, phoneHeight: number | undefined): number {
  return phoneHeight !== undefined && typeof window !== 'undefined' && window.innerWidth < PHONE_WIDTH
    ? phoneHeight
    : height;
}

export function Chart({ option, height: wideHeight, phoneHeight, theme, label, map, onItemClick, chartRef }: Props) {
  const height = chartHeight(wideHeight, phoneHeight);
  const drawFirstPaint = useContext(FirstPaintContext);
  // Forgotten after the commit, not while rendering: React may render a component twice.
  const [cover] = useState(() => (drawFirstPaint ? null : firstPaintChart(label)));
  useEffect(() => {
    if (cover) forgetFirstPaintChart(label);
  }, [cover, label]);
  const [drawnKey] = useState(() => (cover ? drawingKey(option) : null));
  const [asked, setAsked] = useState(false);
  const [drawn, setDrawn] = useState(false);
  // The drawing is stale while the option draws another picture (a new metric, period, theme…):
  // it is then neither shown nor answered from, and ECharts draws the new one.
  const stale = useMemo(
    () => drawnKey !== null && !drawn && drawingKey(option) !== drawnKey,
    [drawnKey, drawn, option],
  );
  // ECharts mounts when no drawing stands for this option, or once the reader has reached for it.
  // Once ECharts has drawn it stays.
  const live = !cover || asked || stale || drawn;
  const instance = useRef<EChartsType | null>(null);
  const waiting = useRef<((i: EChartsType | undefined) => void)[]>([]);
  const isMap = map !== undefined;
  const askLive = useCallback(
    () =>
      void (isMap ? loadLiveMapChart() : loadLiveChart()).then(
        () => setAsked(true),
        // No chart code (offline, a deploy in between): exports waiting for it give up; the drawing stays.
        () => void waiting.current.splice(0).forEach((resolve) => resolve(undefined)),
      ),
    [isMap],
  );

  // Where the pointer is over the drawing, so ECharts, once drawn, shows the tooltip the drawing showed.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const onDrawn = useCallback((i: EChartsType) => {
    instance.current = i;
    setDrawn(true);
    if (pointer.current) {
      i.dispatchAction({ type: 'showTip', ...pointer.current });
      pointer.current = null;
    }
    for (const resolve of waiting.current.splice(0)) resolve(i);
  }, []);
  const onInstance = useCallback((i: EChartsType | null) => {
    instance.current = i;
  }, []);
  useEffect(() => {
    if (!chartRef) return;
    chartRef({
      getInstance: () => {
        if (instance.current && !instance.current.isDisposed()) return Promise.resolve(instance.current);
        askLive();
        return new Promise((resolve) => waiting.current.push(resolve));
      },
    });
    return () => chartRef(null);
  }, [chartRef, askLive]);
  useEffect(() => () => void waiting.current.splice(0).forEach((resolve) => resolve(undefined)), []);

  if (drawFirstPaint) {
    return (
      <div role="img" aria-label={label} data-first-paint-chart="" className="w-full">
        <div
          style={{ height }}
          data-phone-height={phoneHeight}
          dangerouslySetInnerHTML={{
            __html: drawFirstPaint({ option, height, phoneHeight, theme, ...(map ? { map } : {}) }),
          }}
        />
      </div>
    );
  }
  const showDrawing = cover !== null && !drawn && !stale;
  return (
    <div
      role="img"
      aria-label={label}
      data-chart-ready={!live || drawn ? 'true' : 'false'}
      data-chart-live={drawn ? 'true' : 'false'}
      className="relative w-full"
    >
      {showDrawing && (
        <ChartDrawing
          svg={cover}
          height={height}
          option={option}
          onItemClick={onItemClick}
          onReach={askLive}
          pointer={pointer}
        />
      )}
      {live ? (
        <Suspense fallback={<div style={{ height }} />}>
          {map ? (
            <LiveMapChart
              map={map}
              option={option}
              height={height}
              theme={theme}
              onItemClick={onItemClick}
              onDrawn={onDrawn}
              onInstance={onInstance}
            />
          ) : (
            <LiveChart
              option={option}
              height={height}
              theme={theme}
              onItemClick={onItemClick}
              onDrawn={onDrawn}
              onInstance={onInstance}
            />
          )}
        </Suspense>
      ) : (
        <div style={{ height }} />
      )}
    </div>
  );
}
