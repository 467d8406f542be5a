import { useLocation } from 'react-router';
import { paths, useLocalHref } from '../../app/paths.ts';
import { NotFoundPanel } from '../../components/States.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

export default function NotFoundRoute() {
  const { t } = useI18n();
  const local = useLocalHref();
  const { pathname } = useLocation();
  const suggestions = [
    { to: local(paths.overview()), label: t('navOverview') },
    { to: local(paths.compare()), label: t('navCompare') },
    { to: local(paths.map()), label: t('navMap') },
    { to: local(paths.data()), label: t('navData') },
  ];
  return <NotFoundPanel message={t('notFoundPath', { path: pathname })} suggestions={suggestions} />;
}
