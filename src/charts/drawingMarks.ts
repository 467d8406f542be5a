// Hover and click on a prerendered drawing, shared by the React-free embed (src/embed-lite) and the
// dashboard's ChartDrawing: ECharts' small SSR client reports which mark the pointer is on, and
// the tooltip is placed as ECharts' confined tooltip would be. No React, so the embed stays small.
import { hydrate, type ECSSRClientEventParams } from 'echarts/ssr/client/index';

/** A mark of the drawing: which series and which data item, and the event on it. */
export type Mark = { seriesIndex: number; dataIndex: number; event: MouseEvent };

function markOf(params: ECSSRClientEventParams): Mark | null {
  if (params.seriesIndex === undefined || params.dataIndex === undefined) return null;
  return { seriesIndex: params.seriesIndex, dataIndex: params.dataIndex, event: params.event as MouseEvent };
}

/** Listens to the marks ECharts' server renderer wrote into the drawing. The client's listeners
 *  cannot be taken off again: call once per drawing. */
export function listenToMarks(node: HTMLElement, on: { over: (mark: Mark) => void; out: () => void; click: (mark: Mark) => void }): void {
  hydrate(node, {
    on: {
      mouseover: (params) => {
        const mark = markOf(params);
        if (mark) on.over(mark);
      },
      mouseout: () => on.out(),
      click: (params) => {
        const mark = markOf(params);
        if (mark) on.click(mark);
      },
    },
  });
}

/** Room a tooltip takes at most (its CSS max-width is 20rem), and its distance from the pointer. */
export const TOOLTIP_ROOM = { width: 340, height: 140, offset: 14 };

/** Where a tooltip goes, relative to the chart's box: below and to the right of the pointer, kept
 *  inside the chart in both directions (a chart in an iframe has nowhere else to show it). */
export function tooltipPosition(pointer: { clientX: number; clientY: number }, box: { left: number; top: number; width: number; height: number }, room = TOOLTIP_ROOM): { x: number; y: number } {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));
  return {
    x: clamp(pointer.clientX - box.left + room.offset, box.width - room.width),
    y: clamp(pointer.clientY - box.top + room.offset, box.height - room.height),
  };
}
