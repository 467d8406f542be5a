// A chart's prerendered drawing, kept as the chart until ECharts has drawn (Chart.tsx): it answers
// hover and click from the chart's option through the marks ECharts' SSR client finds in it, and
// asks for ECharts (onReach) when the pointer enters, the slot is resized or another width than the
// drawing's, or the drawing has no marks to answer from.
import type { EChartsOption } from 'echarts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { listenToMarks, tooltipPosition } from '../charts/drawingMarks.ts';
import { chartItem, chartTooltip, type ChartItem } from '../charts/staticChartItem.ts';

/** The width a prerendered drawing was drawn at (its viewBox). */
function drawingWidth(svg: string): number | null {
  const width = /viewBox="0 0 ([\d.]+) /.exec(svg)?.[1];
  return width ? Number(width) : null;
}

/** A tooltip's text and the pointer it follows (page coordinates). */
type Tip = { html: string; clientX: number; clientY: number };

const hydrated = new WeakSet<HTMLElement>();

/** The prerendered drawing over the chart's slot: the chart itself until ECharts has drawn the same
 *  picture beneath it. */
export function ChartDrawing({
  svg,
  height,
  option,
  onItemClick,
  onReach,
  pointer,
}: {
  svg: string;
  height: number;
  option: EChartsOption;
  onItemClick?: (item: ChartItem) => void;
  onReach: () => void;
  pointer: { current: { x: number; y: number } | null };
}) {
  const host = useRef<HTMLDivElement>(null);
  const tipBox = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  // Read through refs: the listeners are attached once, to the drawing's own elements.
  const latest = useRef({ option, onItemClick });
  latest.current = { option, onItemClick };

  useEffect(() => {
    const node = host.current;
    if (!node) return;
    // Drawn for another width than this slot's: ECharts draws it to fit.
    const drawnAt = drawingWidth(svg);
    const width = node.getBoundingClientRect().width;
    if (drawnAt !== null && width > 0 && Math.abs(width - drawnAt) / drawnAt > 0.02) onReach();
    // A drawing without ECharts' marks of what each shape stands for (a map's compacted boundaries, a
    // dense chart's one path of columns) cannot answer hover or click: ECharts takes over at once.
    if (!node.querySelector('[ecmeta_ssr_type]')) onReach();
    // Once per drawing: the client's listeners cannot be taken off, and read the latest props anyway.
    if (!hydrated.has(node)) {
      hydrated.add(node);
      listenToMarks(node, {
        over: ({ seriesIndex, dataIndex, event }) => {
          const html = chartTooltip(latest.current.option, seriesIndex, dataIndex);
          setTip(html ? { html, clientX: event.clientX, clientY: event.clientY } : null);
        },
        out: () => setTip(null),
        click: ({ seriesIndex, dataIndex }) => {
          const item = chartItem(latest.current.option, seriesIndex, dataIndex);
          if (item) latest.current.onItemClick?.(item);
        },
      });
    }
    // The tooltip follows the pointer over a mark, as ECharts' does.
    const follow = (e: MouseEvent) => {
      const box = node.getBoundingClientRect();
      pointer.current = { x: e.clientX - box.left, y: e.clientY - box.top };
      setTip((tip) => (tip ? { ...tip, clientX: e.clientX, clientY: e.clientY } : tip));
    };
    const leave = () => (pointer.current = null);
    node.addEventListener('mousemove', follow);
    node.addEventListener('mouseleave', leave);
    const resized = new ResizeObserver(() => {
      if (Math.abs(node.getBoundingClientRect().width - width) > 1) onReach();
    });
    resized.observe(node);
    return () => {
      resized.disconnect();
      node.removeEventListener('mousemove', follow);
      node.removeEventListener('mouseleave', leave);
    };
  }, [svg, onReach, pointer]);

  // Placed once its size is known, before it is painted: beside the pointer, inside the chart.
  useLayoutEffect(() => {
    const node = host.current;
    const box = tipBox.current;
    if (!tip || !node || !box) return;
    // Measured at the corner, where its width is its own, not what room is left beside the pointer.
    box.style.left = '0px';
    box.style.top = '0px';
    const { x, y } = tooltipPosition(tip, node.getBoundingClientRect(), {
      width: box.offsetWidth,
      height: box.offsetHeight,
    });
    box.style.left = `${x}px`;
    box.style.top = `${y}px`;
  }, [tip]);

  return (
    <div className="absolute inset-x-0 top-0 z-10" style={{ height }} onPointerEnter={onReach} aria-hidden="true">
      <div ref={host} className="h-full w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      {tip && (
        <div
          ref={tipBox}
          role="tooltip"
          className="pointer-events-none absolute top-0 left-0 z-20 max-w-xs rounded border border-line bg-panel p-2 text-xs leading-relaxed text-ink shadow-lg"
          dangerouslySetInnerHTML={{ __html: tip.html }}
        />
      )}
    </div>
  );
}
