// /targets — every target a report set that a later report or bulletin answers: met, exceeded or
// not met, with both sentences. Filtered by prefecture and metric in the address, so a filtered
// list can be shared.
import { useMemo } from 'react';
import { usePageTitle } from '../../components/pageHandle.ts';
import { Choice } from '../../components/Pickers.tsx';
import { LoadError, Loading } from '../../components/States.tsx';
import { TargetCheckCards } from '../../components/TargetChecks.tsx';
import type { CoreData } from '../../data/coreData.ts';
import { targetsScope } from '../../data/scopes.ts';
import { checkFilterOptions, checkGroups, countMet } from '../../data/select/targetChecks.ts';
import { useCoreData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useTargetFilters } from '../../view-state/useViewState.ts';

export default function TargetsRoute() {
  const core = useCoreData(() => targetsScope());
  usePageTitle();
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <TargetsPage data={core.data} />;
}

const ALL = '';

function TargetsPage({ data }: { data: CoreData }) {
  const { t, metricName } = useI18n();
  const filters = useTargetFilters();
  const options = useMemo(() => checkFilterOptions(data), [data]);
  // A filter the data does not know is dropped (and said), never an empty page without a reason.
  const asked = { prefecture: filters.prefecture ?? ALL, metric: filters.metric ?? ALL };
  const prefecture = options.prefectures.some((p) => p.id === asked.prefecture) ? asked.prefecture : ALL;
  const metric = options.metricIds.includes(asked.metric) ? asked.metric : ALL;
  const ignored = [
    asked.prefecture !== prefecture ? asked.prefecture : null,
    asked.metric !== metric ? asked.metric : null,
  ].filter((x): x is string => !!x);
  const groups = useMemo(
    () => checkGroups(data, { prefecture: prefecture || null, metric: metric || null }),
    [data, prefecture, metric],
  );
  const { met, total } = countMet(groups);
  return (
    <article>
      <h1 className="text-3xl font-semibold">{t('targetsTitle')}</h1>
      <p className="mt-2 max-w-3xl text-sm text-muted">{t('targetsIntro')}</p>
      {ignored.length > 0 && (
        <p role="alert" className="mt-3 rounded-md border border-warn p-3 text-sm">
          {t('filterIgnored', { values: ignored.join('、') })}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <Choice
          label={t('prefecture')}
          value={prefecture}
          onChange={(v) => filters.set('prefecture', v)}
          options={[
            { value: ALL, label: t('allPrefectures') },
            ...options.prefectures.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <Choice
          label={t('metric')}
          value={metric}
          onChange={(v) => filters.set('metric', v)}
          options={[
            { value: ALL, label: t('allMetrics') },
            ...options.metricIds.map((id) => ({ value: id, label: metricName(data.metric.get(id)) })),
          ]}
        />
      </div>
      <p className="mt-4 text-lg font-semibold tabular" data-testid="targets-count">
        {total > 0 ? t('targetsCount', { met, n: total }) : t('targetsNone')}
      </p>
      <TargetCheckCards data={data} groups={groups} />
    </article>
  );
}
