// Which embed addresses the prerendered first paint can serve exactly: a metric's default
// comparison (the period most regions share, bars) or its default trend, without controls. Any other
// parameter needs the full dashboard, which then draws the view itself.

export type LiteEmbedRequest = {
  metric: string;
  /** The default comparison as bars, or the default trend. */
  view: 'bar' | 'trend';
  lang: 'zh' | 'en';
  theme: 'light' | 'dark';
  hideTitle: boolean;
  hideFootnote: boolean;
};

const ALLOWED = new Set([
  'metric',
  'lang',
  'theme',
  'hideTitle',
  'hideControls',
  'hideFootnote',
  'pin',
  'view',
  'period',
  'measure',
  'sort',
]);

export function liteEmbedRequest(location: Pick<Location, 'pathname' | 'search'>): LiteEmbedRequest | null {
  if (location.pathname !== '/embed/compare') return null;
  const p = new URLSearchParams(location.search);
  for (const key of p.keys()) if (!ALLOWED.has(key)) return null;
  const metric = p.get('metric');
  const flag = (k: string) => p.get(k) === '1' || p.get(k) === 'true';
  if (!metric || !/^[a-z0-9-]+$/.test(metric) || !flag('hideControls')) return null;
  // A pinned embed shows its version's figures, from the snapshot; the first paint is today's.
  if (p.has('pin')) return null;
  const view = p.get('view') ?? 'bar';
  if (
    (view !== 'bar' && view !== 'trend') ||
    (p.get('period') ?? 'comparable') !== 'comparable' ||
    (p.get('sort') ?? 'value') !== 'value' ||
    p.has('measure')
  )
    return null;
  const lang = p.get('lang') ?? 'zh';
  const theme = p.get('theme') ?? 'light';
  if ((lang !== 'zh' && lang !== 'en') || (theme !== 'light' && theme !== 'dark')) return null;
  return { metric, view, lang, theme, hideTitle: flag('hideTitle'), hideFootnote: flag('hideFootnote') };
}
