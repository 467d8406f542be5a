// The charts of a prerendered first paint (app/firstPaint.ts), kept for the dashboard: boot.tsx
// takes each chart's drawing off the first paint before React replaces it, and Chart shows it
// until ECharts has drawn the same picture. No dependencies: the entry script uses the constants.

/** Screens narrower than this are phones: some charts are shorter there (Chart's phoneHeight). */
export const PHONE_WIDTH = 640;

/** Marks the fragment's outer element; a static host's page fallback (index.html) lacks it. */
export const FIRST_PAINT_ATTR = 'data-first-paint';

const covers = new Map<string, string>();

/** Before the dashboard replaces the first paint: keeps each chart's drawing, by its accessible name,
 *  for Chart to show until ECharts has drawn the same picture. */
export function captureFirstPaint(root: HTMLElement): boolean {
  if (!root.querySelector(`[${FIRST_PAINT_ATTR}]`)) return false;
  for (const chart of root.querySelectorAll<HTMLElement>('[data-first-paint-chart]')) {
    const label = chart.getAttribute('aria-label');
    const drawing = chart.querySelector('svg');
    if (label && drawing && !covers.has(label)) covers.set(label, drawing.outerHTML);
  }
  return true;
}

/** The drawing kept for the chart of this name, if the page opened on a first paint. */
export function firstPaintChart(label: string): string | null {
  return covers.get(label) ?? null;
}

/** Once a chart has taken its drawing: a chart of the same name mounted later (another view) draws
 *  its own picture, not this one. */
export function forgetFirstPaintChart(label: string): void {
  covers.delete(label);
}
