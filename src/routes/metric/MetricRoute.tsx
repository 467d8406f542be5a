// /metrics/:metricId — what the metric means, all its values across regions and periods, and the
// latest results ranked.
import { TargetCheckCards } from '../../components/TargetChecks.tsx';
import { TrendChart } from '../../components/TrendChart.tsx';
import { TrendTable } from '../../components/TrendTable.tsx';
import { checkGroups, countMet } from '../../data/select/targetChecks.ts';
import { seriesOnly, trendSeries } from '../../data/select/trendSeries.ts';
import { usePresentation } from '../../view-state/useViewState.ts';
import { trendText } from '../../charts/trendText.ts';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { ComparisonChart } from '../../components/ComparisonChart.tsx';
import { usePageTitle } from '../../components/pageHandle.ts';
import { FactList } from '../../components/FactList.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { LoadError, Loading, NotFoundPanel } from '../../components/States.tsx';
import { compareRows, defaultMeasure } from '../../data/select/compareRows.ts';
import { editDistance } from '../../data/select/regions.ts';
import { metricPageScope } from '../../data/scopes.ts';
import { useCoreData, type CoreData } from '../../data/useCoreData.ts';
import { categoryName } from '../../i18n/translate.ts';
import { useI18n } from '../../i18n/useI18n.ts';

export default function MetricRoute() {
  const { metricId = '' } = useParams();
  const core = useCoreData((base) => metricPageScope(base, metricId));
  const { t, metricName } = useI18n();
  const local = useLocalHref();
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  if (!core.data.metric.has(metricId)) {
    const close = [...core.data.metrics]
      .sort(
        (a, b) =>
          Math.min(editDistance(a.id, metricId), editDistance(a.name, metricId)) -
          Math.min(editDistance(b.id, metricId), editDistance(b.name, metricId)),
      )
      .slice(0, 5);
    return (
      <NotFoundPanel
        message={t('notFoundMetric', { id: metricId })}
        suggestions={close.map((m) => ({ to: local(paths.metric(m.id)), label: metricName(m) }))}
      />
    );
  }
  return <MetricPage data={core.data} metricId={metricId} />;
}

function MetricPage({ data, metricId }: { data: CoreData; metricId: string }) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const metric = data.metric.get(metricId);
  usePageTitle(metricName(metric));
  const measure = defaultMeasure(data, metricId);
  const comparison = useMemo(
    () => compareRows(data, { metricId, regionIds: null, period: 'latest', measure }),
    [data, metricId, measure],
  );
  const facts = useMemo(() => data.facts.filter((f) => f.metricId === metricId), [data, metricId]);
  // Every region with the metric for more than one period, over time (single figures are in the ranking above).
  const trend = useMemo(
    () => seriesOnly(trendSeries(data, { metricId, regionIds: [...new Set(facts.map((f) => f.regionId))], measure })),
    [data, metricId, facts, measure],
  );
  const checks = useMemo(() => checkGroups(data, { metric: metricId }), [data, metricId]);
  const { theme } = usePresentation();
  if (!metric) return null;
  const title = metricName(metric);
  return (
    <article>
      <p className="text-sm text-muted">
        {categoryName(t, metric.reviewed === false ? 'unreviewed' : metric.category)}
      </p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-sm text-muted">{lang === 'en' ? metric.name : metric.nameEn}</p>
      {metric.reviewed === false && (
        <p role="note" className="mt-3 max-w-2xl rounded-md border border-line bg-panel p-3 text-sm text-muted">
          {t('unreviewedNote', { name: metric.name })}
        </p>
      )}
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('unit')}</dt>
        <dd>{metric.unit || t('growthOnly')}</dd>
        {metric.higherIsBetter !== null && (
          <>
            <dt className="text-muted">{t('direction')}</dt>
            <dd>{metric.higherIsBetter ? t('higherIsBetter') : t('lowerIsBetter')}</dd>
          </>
        )}
        {metric.definition && (
          <>
            <dt className="text-muted">{t('definition')}</dt>
            <dd>{metric.definition}</dd>
          </>
        )}
      </dl>
      {comparison.rows.length > 0 && (
        <PageSection
          id="metric-ranking"
          title={`${title}${measure === 'yoy' ? ` · ${t('measureYoy')}` : ''} · ${t('latest')}`}
        >
          <ComparisonChart
            data={data}
            comparison={comparison}
            view={{
              embed: { pathname: paths.metric(metricId), search: '' },
              slide: paths.compare({ metric: metricId }),
            }}
          />
          <p className="mt-1 text-sm">
            <Link className="text-accent underline" to={local(paths.compare({ metric: metricId }))}>
              {t('navCompare')} →
            </Link>
          </p>
        </PageSection>
      )}
      {trend.lines.length > 0 && (
        <PageSection
          id="metric-trend"
          title={`${title}${measure === 'yoy' ? ` · ${t('measureYoy')}` : ''} · ${t('overTime')}`}
        >
          <p className="text-sm text-muted">{trendText(trend, metric, t, lang, metricName).subtitle}</p>
          <TrendChart data={data} trend={trend} theme={theme} />
          <p className="text-xs text-muted">※ {t('trendKey')}</p>
          <details className="no-print mt-2">
            <summary className="cursor-pointer text-sm text-accent">{t('showTable')}</summary>
            <div className="mt-3">
              <TrendTable trend={trend} caption={`${title} · ${t('overTime')}`} />
            </div>
          </details>
          <p className="mt-1 text-sm">
            <Link
              className="text-accent underline"
              to={local(paths.compare({ metric: metricId, view: 'trend', ...(measure === 'yoy' ? { measure } : {}) }))}
            >
              {t('navCompare')} · {t('viewTrend')} →
            </Link>
          </p>
        </PageSection>
      )}
      {checks.length > 0 && (
        <PageSection id="metric-targets" title={t('targetsOfMetric')}>
          <p className="mt-1 text-sm text-muted">{t('targetsCount', { ...countMet(checks), n: checks.length })}</p>
          <TargetCheckCards data={data} groups={checks} showMetric={false} />
          <p className="mt-2 text-sm">
            <Link className="text-accent underline" to={local(paths.targets({ metric: metricId }))}>
              {t('targetsAll')} →
            </Link>
          </p>
        </PageSection>
      )}
      <PageSection id="metric-values" title={t('allValues')}>
        <FactList data={data} facts={facts} showRegion caption={`${title} ${t('allValues')}`} />
      </PageSection>
    </article>
  );
}
