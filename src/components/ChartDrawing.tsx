// A chart's prerendered drawing, kept as the chart until ECharts has drawn (Chart.tsx): it answers
// hover and click from the chart's option through the marks ECharts' SSR client finds in it, and
// asks for ECharts (onReach) when the pointer enters, the slot is resized or another width than the
// drawing's, or the drawing has no marks to answer from.
import type { EChartsOption } from 'echarts';
import { useEffect, useRef, useState } from 'react';
import { listenToMarks, tooltipPosition } from '../charts/drawingMarks.ts';
import { chartItem, chartTooltip, type ChartItem } from '../charts/staticChartItem.ts';

/** The width a prerendered drawing was drawn at (its viewBox). */
function drawingWidth(svg: string): number | null {
  const width = /viewBox="0 0 ([\d.]+) /.exec(svg)?.[1];
  return width ? Number(width) : null;
}

type Tip = { html: string; x: number; y: number };

const hydrated = new WeakSet<HTMLElement>();

/** The prerendered drawing over the chart's slot: the chart itself until ECharts has drawn the same
 *  picture beneath it. */
export function ChartDrawing({ svg, height, option, onItemClick, onReach, pointer }: { svg: string; height: number; option: EChartsOption; onItemClick?: (item: ChartItem) => void; onReach: () => void; pointer: { current: { x: number; y: number } | null } }) {
  const host = useRef<HTMLDivElement>(null);
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
    const at = (e: MouseEvent) => tooltipPosition(e, node.getBoundingClientRect());
    // Once per drawing: the client's listeners cannot be taken off, and read the latest props anyway.
    if (!hydrated.has(node)) {
      hydrated.add(node);
      listenToMarks(node, {
        over: ({ seriesIndex, dataIndex, event }) => {
          const html = chartTooltip(latest.current.option, seriesIndex, dataIndex);
          setTip(html ? { html, ...at(event) } : null);
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
      setTip((tip) => (tip ? { ...tip, ...at(e) } : tip));
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

  return (
    <div className="absolute inset-x-0 top-0 z-10" style={{ height }} onPointerEnter={onReach} aria-hidden="true">
      <div ref={host} className="h-full w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      {tip && (
        <div role="tooltip" className="pointer-events-none absolute z-20 max-w-xs rounded border border-line bg-panel p-2 text-xs leading-relaxed text-ink shadow-lg" style={{ left: tip.x, top: tip.y }} dangerouslySetInnerHTML={{ __html: tip.html }} />
      )}
    </div>
  );
}
