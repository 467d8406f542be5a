// Loading, error and empty states: never a blank page.
import { useDocumentTitle } from './pageHandle.ts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LoadState } from '../data/useCoreData.ts';
import { useLocalHref } from '../view-state/paths.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { DataLoadError } from '../data/fetchDataFile.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="p-8 text-muted">
      {t('loading')}
    </p>
  );
}

/** The page once its data is here; loading and failure (with a retry) until then. */
export function Loaded<T>({ state, children }: { state: LoadState<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'pending') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} retry={state.retry} />;
  return <>{children(state.data)}</>;
}

export function LoadError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="m-6 rounded-lg border border-warn/40 bg-panel p-6">
      <h2 className="text-lg font-semibold text-warn">{t('loadFailed')}</h2>
      <p className="mt-2 text-sm text-muted">
        {error instanceof DataLoadError ? `${error.file}：${error.reason}` : error.message}
      </p>
      <button type="button" onClick={retry} className="mt-4 rounded-md bg-accent px-4 py-2 text-on-accent">
        {t('retry')}
      </button>
    </div>
  );
}

export function NotFoundPanel({
  message,
  suggestions,
}: {
  message: string;
  suggestions: { to: string; label: string }[];
}) {
  const { t } = useI18n();
  useDocumentTitle(t('notFoundTitle'));
  const local = useLocalHref();
  return (
    <section className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-muted">{message}</p>
      {suggestions.length > 0 && (
        <>
          <p className="mt-6 font-medium">{t('didYouMean')}</p>
          <ul className="mt-2 list-disc pl-6">
            {suggestions.map((s) => (
              <li key={s.to}>
                <Link className="text-accent underline" to={s.to}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-8">
        <Link className="text-accent underline" to={local('/')}>
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
