// Href builders, for links from any layer. Every link carries the reader's language and theme, so a
// view shared from an English dark page opens English and dark. Each lands on its page in the page
// table (app/pages.ts; pages.test.ts holds it).
import { useCallback } from 'react';
import { usePresentation } from './useViewState.ts';
import { queryString, serializeViewState, type ViewState } from './viewState.ts';

export const paths = {
  overview: () => '/',
  compare: (state: Partial<ViewState> = {}) => withQuery('/compare', serializeViewState(state)),
  map: (state: Partial<ViewState> & { province?: string; level?: string } = {}) => {
    const { province, level, ...rest } = state;
    const q = serializeViewState(rest);
    if (province) q.set('province', province);
    if (level) q.set('level', level);
    return withQuery('/map', q);
  },
  region: (id: string) => `/regions/${encodeURIComponent(id)}`,
  report: (id: string, factId?: string) => `/reports/${encodeURIComponent(id)}${factId ? `#f-${factId}` : ''}`,
  metric: (id: string) => `/metrics/${encodeURIComponent(id)}`,
  data: () => '/data',
  targets: (filter: { prefecture?: string; metric?: string } = {}) =>
    withQuery('/targets', new URLSearchParams(Object.entries(filter).filter(([, v]) => !!v) as [string, string][])),
};

function withQuery(path: string, q: URLSearchParams): string {
  const s = queryString(q);
  return s ? `${path}?${s}` : path;
}

/** Adds the current lang/theme to an href built by `paths`. */
export function useLocalHref(): (href: string) => string {
  const { lang, theme } = usePresentation();
  return useCallback(
    (href: string) => {
      const [beforeHash, hash] = href.split('#');
      const [path, query = ''] = (beforeHash ?? '').split('?');
      const q = new URLSearchParams(query);
      if (lang !== 'zh' && !q.has('lang')) q.set('lang', lang);
      if (theme !== 'light' && !q.has('theme')) q.set('theme', theme);
      const s = queryString(q);
      return `${path}${s ? `?${s}` : ''}${hash ? `#${hash}` : ''}`;
    },
    [lang, theme],
  );
}
