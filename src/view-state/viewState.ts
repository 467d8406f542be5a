// The URL is the view: every choice a user makes lives in the query string, so a view can be
// reloaded, shared, embedded or projected by copying its address. Defaults (including computed
// ones like "the period most regions share") stay out of the URL. Parsing never fails: it returns what is usable
// and a list of what was ignored and why.
import type { Measure } from '../data/select/compareRows.ts';

export const views = ['bar', 'table', 'scatter', 'trend'] as const;
export const themes = ['light', 'dark', 'projector'] as const;
export const langs = ['zh', 'en'] as const;
export const sorts = ['value', 'name'] as const;
export const measures = ['value', 'yoy'] as const;

export type View = (typeof views)[number];
export type Theme = (typeof themes)[number];
export type Lang = (typeof langs)[number];

export type ViewState = {
  metric: string | null;
  /** null = every region with data for the metric. */
  regions: string[] | null;
  /** "comparable" (the default: the period most regions share), "latest" (each region's latest, periods mixed by choice) or a period. */
  period: string;
  view: View;
  measure: Measure | null;
  /** Second metric of the scatter view. */
  x: string | null;
  sort: (typeof sorts)[number];
  theme: Theme;
  lang: Lang;
  /** Embed options: drop the title, the controls or the footnote. */
  hideTitle: boolean;
  hideControls: boolean;
  hideFootnote: boolean;
};

export type ViewProblem = {
  param: string;
  raw: string;
  reason: 'unknown-metric' | 'unknown-region' | 'bad-value' | 'unknown-period';
};

export const defaultViewState: ViewState = {
  metric: null,
  regions: null,
  period: 'comparable',
  view: 'bar',
  measure: null,
  x: null,
  sort: 'value',
  theme: 'light',
  lang: 'zh',
  hideTitle: false,
  hideControls: false,
  hideFootnote: false,
};

export type Known = { metricIds: ReadonlySet<string>; regionIds: ReadonlySet<string>; periods?: ReadonlySet<string> };

/** `~` survives chat apps and URL encoders; `,` is accepted for hand-written links. */
export const REGION_DELIMITER = '~';

/** A query string as people read and share it: `~` left as it is (URLSearchParams writes %7E). */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%7E/gi, '~');
}

function oneOf<T extends string>(list: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (list as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

export function parseViewState(params: URLSearchParams, known?: Known): { state: ViewState; problems: ViewProblem[] } {
  const problems: ViewProblem[] = [];
  const state: ViewState = { ...defaultViewState };
  const enumParam = <T extends string>(name: string, list: readonly T[], set: (v: T) => void) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return;
    const value = oneOf(list, raw);
    if (value) set(value);
    else problems.push({ param: name, raw, reason: 'bad-value' });
  };
  enumParam('view', views, (v) => (state.view = v));
  enumParam('theme', themes, (v) => (state.theme = v));
  enumParam('lang', langs, (v) => (state.lang = v));
  enumParam('sort', sorts, (v) => (state.sort = v));
  enumParam('measure', measures, (v) => (state.measure = v));

  const metricParam = (name: 'metric' | 'x') => {
    const raw = params.get(name);
    if (!raw) return;
    if (!known || known.metricIds.has(raw)) state[name] = raw;
    else problems.push({ param: name, raw, reason: 'unknown-metric' });
  };
  metricParam('metric');
  metricParam('x');

  const regionsRaw = params.get('regions');
  if (regionsRaw) {
    const ids = regionsRaw.split(/[~,，\s]+/).filter(Boolean);
    const valid = ids.filter((id) => !known || known.regionIds.has(id));
    for (const id of ids)
      if (!valid.includes(id)) problems.push({ param: 'regions', raw: id, reason: 'unknown-region' });
    if (valid.length) state.regions = [...new Set(valid)];
  }

  const period = params.get('period');
  if (period === 'latest') state.period = 'latest';
  else if (period && period !== 'comparable') {
    if (!/^(\d{4}(-(H[12]|Q[1-4]|\d{2}\/\d{2}|\d{2}|YTD))?|\d{4}\/\d{4})$/.test(period))
      problems.push({ param: 'period', raw: period, reason: 'bad-value' });
    else if (known?.periods && !known.periods.has(period))
      problems.push({ param: 'period', raw: period, reason: 'unknown-period' });
    else state.period = period;
  }
  for (const flag of ['hideTitle', 'hideControls', 'hideFootnote'] as const) {
    const raw = params.get(flag);
    if (raw === '1' || raw === 'true') state[flag] = true;
  }
  return { state, problems };
}

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function serializeViewState(state: Partial<ViewState>): URLSearchParams {
  const params = new URLSearchParams();
  const full = { ...defaultViewState, ...state };
  if (full.metric) params.set('metric', full.metric);
  if (full.regions?.length) params.set('regions', full.regions.join(REGION_DELIMITER));
  if (full.period !== defaultViewState.period) params.set('period', full.period);
  if (full.view !== defaultViewState.view) params.set('view', full.view);
  if (full.measure) params.set('measure', full.measure);
  if (full.x) params.set('x', full.x);
  if (full.sort !== defaultViewState.sort) params.set('sort', full.sort);
  if (full.theme !== defaultViewState.theme) params.set('theme', full.theme);
  if (full.lang !== defaultViewState.lang) params.set('lang', full.lang);
  for (const flag of ['hideTitle', 'hideControls', 'hideFootnote'] as const) if (full[flag]) params.set(flag, '1');
  return params;
}
