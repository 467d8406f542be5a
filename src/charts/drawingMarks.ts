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
export function listenToMarks(
  node: HTMLElement,
  on: { over: (mark: Mark) => void; out: () => void; click: (mark: Mark) => void },
): void {
  // Only the marks take the pointer (index.css, [data-drawing]): a hatching drawn over an estimate's
  // bar would otherwise take it from the bar at every redraw, and its tooltip flicker on and off.
  node.dataset.drawing = '';
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

/** How far a tooltip sits from the pointer. */
export const TOOLTIP_OFFSET = 14;

/** Where a tooltip of the given size goes, relative to the chart's box: below and to the right of
 *  the pointer, or above or to the left of it where there is no room, and always inside the chart
 *  (a chart in an iframe has nowhere else to show it), as ECharts' confined tooltip is. */
export function tooltipPosition(
  pointer: { clientX: number; clientY: number },
  box: { left: number; top: number; width: number; height: number },
  size: { width: number; height: number },
  offset = TOOLTIP_OFFSET,
): { x: number; y: number } {
  const along = (at: number, room: number, extent: number) => {
    const after = at + offset;
    const placed = after + extent <= room ? after : at - offset - extent;
    return Math.min(Math.max(placed, 0), Math.max(room - extent, 0));
  };
  return {
    x: along(pointer.clientX - box.left, box.width, size.width),
    y: along(pointer.clientY - box.top, box.height, size.height),
  };
}
