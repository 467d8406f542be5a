// The only code that touches the query string. Pages read the parsed state and change it with
// `update`, which keeps every other parameter and writes only non-defaults.
import { createContext, useCallback, useContext, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { parseViewState, queryString, serializeViewState, type Known, type ViewProblem, type ViewState } from './viewState.ts';

type ParamsSource = [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean; preventScrollReset?: boolean }) => void];

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

const OWNED = new Set(['metric', 'regions', 'period', 'view', 'measure', 'x', 'sort', 'theme', 'lang', 'hideTitle', 'hideControls', 'hideFootnote']);

/** Theme and language only: what every page needs for its chrome. */
export function usePresentation(): Pick<ViewState, 'theme' | 'lang'> {
  const [params] = useSearchParams();
  return useMemo(() => {
    const { state } = parseViewState(params);
    return { theme: state.theme, lang: state.lang };
  }, [params]);
}
