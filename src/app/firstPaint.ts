// The first paint of a page's default view: HTML rendered at build time from the same components
// (scripts/prerenderPages.ts), shown by the entry script before the dashboard's code has run, and
// replaced by the dashboard in one commit once its page is ready. Part of the entry every page
// loads: the page table (pages.ts) says which pages have one (`firstPaint`), and nothing more.
import { FIRST_PAINT_ATTR, PHONE_WIDTH } from '../components/firstPaintCharts.ts';
import { isEmbed, matchPage } from './pages.ts';

const ID = /^[a-z0-9-]+$/;

/** The file under data/ holding the first paint of this address, or null when the address is not a
 *  default view (another period, chosen regions, a scatter…): those pages wait for the dashboard.
 *  An embed has one for the address the embed dialog gives by default (controls hidden, nothing
 *  else). Map pages have a file for phones (scripts/prerenderPages.ts, splitPhoneDrawings). */
export function firstPaintFile(
  pathname: string,
  search: string,
  screen: { phone: boolean } = { phone: false },
): string | null {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') ?? 'zh';
  const theme = params.get('theme') ?? 'light';
  if ((lang !== 'zh' && lang !== 'en') || (theme !== 'light' && theme !== 'dark')) return null;
  const match = matchPage(pathname);
  const firstPaint = match?.page.firstPaint;
  if (!match || !firstPaint) return null;
  const ids = Object.values(match.raw);
  if (!ids.every((id) => ID.test(id))) return null;
  const embed = isEmbed(match.page);
  if (embed && params.get('hideControls') !== '1') return null;
  const allowed = new Set([
    'lang',
    'theme',
    ...(firstPaint.byMetric ? ['metric'] : []),
    ...(embed ? ['hideControls'] : []),
  ]);
  for (const key of params.keys()) if (!allowed.has(key)) return null;
  if (params.getAll('metric').length > 1) return null;
  const metric = params.get('metric');
  if (metric !== null && !ID.test(metric)) return null;
  const key = [firstPaint.folder, ...(firstPaint.byMetric ? [metric ?? '_default'] : ids)].join('/');
  // A map's drawing is most of its page: a phone's file holds the phone's drawing only.
  const phone = screen.phone && match.page.charts === 'map' ? '-phone' : '';
  return `first-paint/${key}/${lang}-${theme}${phone}.html`;
}

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
  for (const slot of slots)
    if (phone && slot.dataset.phoneHeight !== undefined) slot.style.height = `${slot.dataset.phoneHeight}px`;
  const widths = slots.map((slot) => slot.clientWidth);
  slots.forEach((slot, i) => {
    // A chart with a phone's height has its phone drawing, the narrowest: the others are taller.
    const drawings = [...slot.querySelectorAll('template')].slice(
      0,
      phone && slot.dataset.phoneHeight !== undefined ? 1 : undefined,
    );
    const width = widths[i]!;
    const nearest = drawings.reduce<HTMLTemplateElement | null>(
      (best, t) =>
        !best || Math.abs(Number(t.dataset.width) - width) < Math.abs(Number(best.dataset.width) - width) ? t : best,
      null,
    );
    if (nearest) slot.replaceChildren(nearest.content.cloneNode(true));
  });
  return true;
}
