// Any unknown address: what was not found, and the addresses it most likely meant — the same
// path with its first part spelled as the dashboard spells it ("/region/621124" → "/regions/621124"),
// then the main pages.
import { NotFoundPanel } from '../../components/States.tsx';
import { editDistance } from '../../data/select/regions.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { usePageAddress } from '../../view-state/useViewState.ts';

const SECTIONS = ['regions', 'reports', 'metrics', 'compare', 'map', 'data', 'present', 'embed'] as const;

/** The path with its first segment replaced by the closest section, when one is close enough. */
export function correctedPath(pathname: string): string | null {
  const [first = '', ...rest] = pathname.replace(/^\/+/, '').split('/');
  const wanted = first.toLowerCase();
  const best = [...SECTIONS].sort((a, b) => editDistance(a, wanted) - editDistance(b, wanted))[0];
  if (!best || best === first || editDistance(best, wanted) > 2) return null;
  return `/${[best, ...rest].join('/')}`;
}

export default function NotFoundRoute() {
  const { t } = useI18n();
  const local = useLocalHref();
  const { pathname, search } = usePageAddress();
  const corrected = correctedPath(pathname);
  const suggestions = [
    ...(corrected ? [{ to: local(`${corrected}${search}`), label: `${corrected}${search}` }] : []),
    { to: local(paths.overview()), label: t('navOverview') },
    { to: local(paths.compare()), label: t('navCompare') },
    { to: local(paths.map()), label: t('navMap') },
    { to: local(paths.data()), label: t('navData') },
  ];
  return <NotFoundPanel message={t('notFoundPath', { path: pathname })} suggestions={suggestions} />;
}
