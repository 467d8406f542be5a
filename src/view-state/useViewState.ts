// The only code that touches the query string once React has mounted. Pages read the parsed state
// and change it with `update`, which keeps every other parameter and writes only non-defaults; the
// parameters a page keeps beside the view state (the map's province, the targets page's filters,
// the presenter's deck…) have their own accessors below. Code that runs before React mounts reads
// the address itself: the entry script and boot.tsx (with the page table, app/pages.ts, and
// app/firstPaint.ts), fetchDataFile's pinned version, the router's first-load fallback.
import { createContext, useCallback, useContext, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { parseDeck } from './deck.ts';
import {
  parseViewState,
  queryString,
  serializeViewState,
  type Known,
  type Lang,
  type ViewProblem,
  type ViewState,
} from './viewState.ts';

type ParamsSource = [
  URLSearchParams,
  (next: URLSearchParams, options?: { replace?: boolean; preventScrollReset?: boolean }) => void,
];

/** Lets a presenter show a view whose state is a slide's query string rather than the page's. */
export const ViewParamsContext = createContext<ParamsSource | null>(null);

/** The query string views read: the page's, or the one a ViewParamsContext supplies. */
export function useViewParams(): ParamsSource {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname, hash } = useLocation();
  const override = useContext(ViewParamsContext);
  // Written through navigate, so the address keeps `~` readable (setSearchParams writes %7E).
  const set = useCallback(
    (next: URLSearchParams, options?: { replace?: boolean; preventScrollReset?: boolean }) => {
      const q = queryString(next);
      void navigate(`${pathname}${q ? `?${q}` : ''}${hash}`, options);
    },
    [navigate, pathname, hash],
  );
  const page = useMemo(() => [params, set] as ParamsSource, [params, set]);
  return override ?? page;
}

export function useViewState(known?: Known): {
  state: ViewState;
  problems: ViewProblem[];
  update: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
} {
  const [params, setParams] = useViewParams();
  const { state, problems } = useMemo(() => parseViewState(params, known), [params, known]);
  const update = useCallback(
    (change: Partial<ViewState>, options?: { replace?: boolean }) => {
      const next = serializeViewState({ ...parseViewState(params).state, ...change });
      // Parameters this module does not own (deck, slide, pin…) pass through untouched.
      for (const [key, value] of params) if (!OWNED.has(key)) next.set(key, value);
      setParams(next, { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [params, setParams],
  );
  return { state, problems, update };
}

const OWNED = new Set([
  'metric',
  'regions',
  'period',
  'view',
  'measure',
  'x',
  'sort',
  'theme',
  'lang',
  'hideTitle',
  'hideControls',
  'hideFootnote',
]);

/** Theme and language only: what every page needs for its chrome. */
export function usePresentation(): Pick<ViewState, 'theme' | 'lang'> {
  const [params] = useSearchParams();
  return useMemo(() => {
    const { state } = parseViewState(params);
    return { theme: state.theme, lang: state.lang };
  }, [params]);
}

/** The query string with `change` written in order (null removes a parameter), the rest kept. */
function withChanges(params: URLSearchParams, change: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === null) next.delete(key);
    else if (value !== undefined) next.set(key, value);
  }
  return next;
}

/** The site chrome's switches: theme or language, the default (light, zh) leaving the address. */
export function useSetPresentation(): (key: 'theme' | 'lang', value: string) => void {
  const [params, setParams] = useSearchParams();
  const defaults = { theme: 'light', lang: 'zh' };
  return (key, value) =>
    setParams(withChanges(params, { [key]: value === defaults[key] ? null : value }), {
      replace: true,
      preventScrollReset: true,
    });
}

/** The page's own query string, not a slide's (ViewParamsContext): what its data scope reads. */
export function usePageParams(): URLSearchParams {
  return useSearchParams()[0];
}

/** The page's own address, to hand on as it is: a snippet or a slide of this very view, the
 *  not-found page's suggestion. */
export function usePageAddress(): { pathname: string; search: string } {
  const { pathname, search } = useLocation();
  return { pathname, search };
}

/** The targets page's filters (`prefecture`, `metric`) as the address has them; `set` writes one
 *  (empty removes it) in place of the history entry. */
export function useTargetFilters(): {
  prefecture: string | null;
  metric: string | null;
  set: (name: 'prefecture' | 'metric', value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  return {
    prefecture: params.get('prefecture'),
    metric: params.get('metric'),
    set: (name, value) => setParams(withChanges(params, { [name]: value || null }), { replace: true }),
  };
}

type MapParam = 'province' | 'level' | 'prefecture';

/** The map's parameters as its view's address has them (a slide's, on the presenter); `set` writes
 *  the changes given, in order (null removes one), as a new history entry. */
export function useMapParams(): Record<MapParam, string | null> & {
  set: (change: Partial<Record<MapParam, string | null>>) => void;
} {
  const [params, setParams] = useViewParams();
  return {
    province: params.get('province'),
    level: params.get('level'),
    prefecture: params.get('prefecture'),
    set: (change) => setParams(withChanges(params, change), { preventScrollReset: true }),
  };
}

/** The data page's coverage table: the province shown and whether unreviewed labels are listed;
 *  `set` writes one (null removes it) in place of the history entry. */
export function useCoverageParams(): {
  province: string | null;
  unreviewed: boolean;
  set: (key: 'province' | 'unreviewed', value: string | null) => void;
} {
  const [params, setParams] = useViewParams();
  return {
    province: params.get('province'),
    unreviewed: params.get('unreviewed') === '1',
    set: (key, value) => setParams(withChanges(params, { [key]: value }), { replace: true, preventScrollReset: true }),
  };
}

/** The presenter's deck (deck.ts) in the page's address: its slides and the one on screen. */
export function usePresentedDeck(): ReturnType<typeof parseDeck> {
  return parseDeck(useSearchParams()[0]);
}

/** The slide on screen now, read from the address rather than the last render: a clicker's keys
 *  come faster than renders. For event handlers. */
export function slideOnScreenNow(): number {
  return parseDeck(new URLSearchParams(window.location.search)).slide;
}

/** A slide's view as its views read it (ViewParamsContext): the slide's path, and its query string
 *  in the projector theme and the presenter's language, which the views cannot change. */
export function useSlideView(slide: string, lang: Lang): { path: string; source: ParamsSource } {
  const [path = '', query = ''] = slide.split('?');
  const params = useMemo(() => {
    const p = new URLSearchParams(query);
    if (lang !== 'zh') p.set('lang', lang);
    p.set('theme', 'projector');
    return p;
  }, [query, lang]);
  const source = useMemo(() => [params, () => undefined] as ParamsSource, [params]);
  return { path, source };
}

/** An embed's frame: the dataset version it is pinned to (`pin`), and the full view it shows,
 *  without the embed's own parameters. */
export function useEmbedFrame(): { pinned: string | null; fullView: string } {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const full = withChanges(params, { hideTitle: null, hideControls: null, hideFootnote: null, pin: null }).toString();
  return { pinned: params.get('pin'), fullView: `${pathname.replace(/^\/embed/, '') || '/'}${full ? `?${full}` : ''}` };
}
