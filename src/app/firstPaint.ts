// The first paint of a page's default view: HTML rendered at build time from the same components
// (scripts/prerenderPages.ts), shown by the entry script before the dashboard's code has run, and
// replaced by the dashboard in one commit once its page is ready. No dependencies: this module is
// part of the entry every page loads.

/** Addresses with a prerendered first paint, and the parameters each may carry. Embeds have one
 *  for the address the embed dialog gives by default (controls hidden, nothing else). */
const PAGES: { pattern: RegExp; key: (m: RegExpMatchArray, metric: string | null) => string; params: string[]; embed?: true }[] = [
  { pattern: /^\/$/, key: () => 'overview', params: [] },
  { pattern: /^\/(compare|map)$/, key: (m, metric) => `${m[1]}/${metric ?? '_default'}`, params: ['metric'] },
  { pattern: /^\/(regions|reports|metrics)\/([a-z0-9-]+)$/, key: (m) => `${m[1]}/${m[2]}`, params: [] },
  { pattern: /^\/embed\/(compare|map)$/, key: (m, metric) => `embed-${m[1]}/${metric ?? '_default'}`, params: ['metric'], embed: true },
  { pattern: /^\/embed\/(regions|metrics)\/([a-z0-9-]+)$/, key: (m) => `embed-${m[1]}/${m[2]}`, params: [], embed: true },
];

const ID = /^[a-z0-9-]+$/;

/** The file under data/ holding the first paint of this address, or null when the address is not a
 *  default view (another period, chosen regions, a scatter…): those pages wait for the dashboard.
 *  Map pages have a file for phones (scripts/prerenderPages.ts, splitPhoneDrawings). */
export function firstPaintFile(pathname: string, search: string, screen: { phone: boolean } = { phone: false }): string | null {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') ?? 'zh';
  const theme = params.get('theme') ?? 'light';
  if ((lang !== 'zh' && lang !== 'en') || (theme !== 'light' && theme !== 'dark')) return null;
  for (const page of PAGES) {
    const match = pathname.match(page.pattern);
    if (!match) continue;
    if (page.embed && params.get('hideControls') !== '1') return null;
    const allowed = new Set(['lang', 'theme', ...page.params, ...(page.embed ? ['hideControls'] : [])]);
    for (const key of params.keys()) if (!allowed.has(key)) return null;
    if (params.getAll('metric').length > 1) return null;
    const metric = params.get('metric');
    if (metric !== null && !ID.test(metric)) return null;
    const key = page.key(match, metric);
    // A map's drawing is most of its page: a phone's file holds the phone's drawing only.
    const phone = screen.phone && /^(embed-)?map\//.test(key) ? '-phone' : '';
    return `first-paint/${key}/${lang}-${theme}${phone}.html`;
  }
  return null;
}

/** Screens narrower than this are phones: some charts are shorter there (Chart's phoneHeight). */
export const PHONE_WIDTH = 640;

/** Marks the fragment's outer element; a static host's page fallback (index.html) lacks it. */
export const FIRST_PAINT_ATTR = 'data-first-paint';

/**
 * Puts the prerendered page into the root and draws each chart at the width nearest its slot.
 * Inert until the dashboard replaces it: the controls in the picture do nothing yet.
 */
export function showFirstPaint(root: HTMLElement, html: string): boolean {
  if (!html.trimStart().startsWith(`<div ${FIRST_PAINT_ATTR}`) || root.childElementCount > 0) return false;
  root.innerHTML = html;
  const slots = [...root.querySelectorAll<HTMLElement>('[data-first-paint-chart] > div')];
  const phone = window.innerWidth < PHONE_WIDTH;
  // Writes, then reads, then writes: reading a width after a write would lay the page out once per
  // chart, the sections out of view included.
  for (const slot of slots) if (phone && slot.dataset.phoneHeight !== undefined) slot.style.height = `${slot.dataset.phoneHeight}px`;
  const widths = slots.map((slot) => slot.clientWidth);
  slots.forEach((slot, i) => {
    // A chart with a phone's height has its phone drawing, the narrowest: the others are taller.
    const drawings = [...slot.querySelectorAll('template')].slice(0, phone && slot.dataset.phoneHeight !== undefined ? 1 : undefined);
    const width = widths[i]!;
    const nearest = drawings.reduce<HTMLTemplateElement | null>((best, t) => (!best || Math.abs(Number(t.dataset.width) - width) < Math.abs(Number(best.dataset.width) - width) ? t : best), null);
    if (nearest) slot.replaceChildren(nearest.content.cloneNode(true));
  });
  return true;
}

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
