// A deck is an ordered list of views kept in the presenter's URL: /present?s=<view>&s=<view>&slide=2.
// Each view is a dashboard path with its query ("/compare?metric=gdp"). While a presenter collects
// views ("加入演示"), the list waits in localStorage; presenting puts it in the URL.

export const DECK_STORAGE_KEY = 'region-scorecard:deck';
const PRESENTABLE = /^\/(compare|map)(\?|$)/;

export function isPresentable(href: string): boolean {
  return PRESENTABLE.test(href);
}

/** The view's address without presentation-only parameters (a slide always uses the projector theme). */
export function slideHref(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of ['theme', 'lang', 'hideTitle', 'hideControls', 'hideFootnote', 'pin']) params.delete(key);
  const q = params.toString();
  return `${pathname.replace(/^\/embed/, '')}${q ? `?${q}` : ''}`;
}

export function presentHref(slides: string[], slide = 1, lang: string = 'zh'): string {
  const params = new URLSearchParams();
  for (const s of slides) params.append('s', s);
  if (slide > 1) params.set('slide', String(slide));
  if (lang !== 'zh') params.set('lang', lang);
  return `/present?${params.toString()}`;
}

export function parseDeck(params: URLSearchParams): { slides: string[]; slide: number; ignored: string[] } {
  const all = params.getAll('s');
  const slides = all.filter(isPresentable);
  const requested = Number.parseInt(params.get('slide') ?? '1', 10);
  const slide = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), Math.max(slides.length, 1)) : 1;
  return { slides, slide, ignored: all.filter((s) => !isPresentable(s)) };
}

export function readStoredDeck(): string[] {
  try {
    const raw = window.localStorage.getItem(DECK_STORAGE_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && isPresentable(x)) : [];
  } catch {
    return [];
  }
}

export function storeDeck(slides: string[]) {
  window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(slides));
  window.dispatchEvent(new Event('region-scorecard:deck'));
}
