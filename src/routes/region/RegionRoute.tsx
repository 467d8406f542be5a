// /regions/:regionId — everything the dataset knows about one region, each figure with its source.
import { SmallTrend } from '../../components/SmallTrend.tsx';
import { TargetCheckCards } from '../../components/TargetChecks.tsx';
import { formatValue } from '../../charts/format.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import { regionTrends } from '../../data/select/regionTrends.ts';
import { checkGroups, countMet } from '../../data/select/targetChecks.ts';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { ComparisonChart } from '../../components/ComparisonChart.tsx';
import { FactList } from '../../components/FactList.tsx';
import { usePageTitle } from '../../components/pageHandle.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { FigureCard } from '../../components/FigureCard.tsx';
import { RankingList } from '../../components/RankingList.tsx';
import { LoadError, Loading, NotFoundPanel } from '../../components/States.tsx';
import { compareRows, type Comparison } from '../../data/select/compareRows.ts';
import { childrenOf, closestRegions, regionPath, siblingsOf } from '../../data/select/regions.ts';
import { regionFacts } from '../../data/select/regionFacts.ts';
import { regionScope } from '../../data/scopes.ts';
import { useCoreData, type CoreData } from '../../data/useCoreData.ts';
import type { Fact } from '../../data/schema.ts';
import { useI18n } from '../../i18n/useI18n.ts';

export default function RegionRoute() {
  const { regionId = '' } = useParams();
  const core = useCoreData((base) => regionScope(base, regionId));
  const { t } = useI18n();
  const local = useLocalHref();
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  const data = core.data;
  if (!data.region.has(regionId)) {
    return (
      <NotFoundPanel
        message={t('notFoundRegion', { id: regionId })}
        suggestions={closestRegions(data, regionId).map((r) => ({ to: local(paths.region(r.id)), label: r.name }))}
      />
    );
  }
  return <RegionPage data={data} regionId={regionId} />;
}

/** How many metrics the region is compared with its siblings on. */
const SIBLING_CHARTS = 3;

function RegionPage({ data, regionId }: { data: CoreData; regionId: string }) {
  const { t } = useI18n();
  const local = useLocalHref();
  const region = data.region.get(regionId);
  usePageTitle(region?.name);
  const path = regionPath(data, regionId);
  const { own, reported, key, reports, rankings } = useMemo(() => regionFacts(data, regionId), [data, regionId]);
  const trends = useMemo(() => regionTrends(data, regionId), [data, regionId]);
  const trendOf = useMemo(() => new Map(trends.map((r) => [r.metricId, r.trend])), [trends]);
  const checks = useMemo(() => checkGroups(data).filter((g) => g.region.id === regionId), [data, regionId]);
  const siblings = siblingsOf(data, regionId);
  const children = childrenOf(data, regionId);

  const comparisons = useMemo(() => siblingComparisons(data, regionId, key, siblings), [data, key, siblings, regionId]);
  if (!region) return null;
  const levelName = t(region.level);

  return (
    <article>
      <RegionBreadcrumb path={path} regionId={regionId} />
      <h1 className="mt-2 text-3xl font-semibold">{region.name}</h1>
      <p className="text-sm text-muted">
        {levelName}
        {region.adcode ? ` · ${region.adcode}` : ''}
        {region.aliases.length ? ` · ${region.aliases.join('、')}` : ''}
      </p>

      {key.length > 0 && (
        <PageSection id="key-figures" first title={t('keyFigures')}>
          <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {key.slice(0, 8).map((f) => (
              <FigureCard key={f.id} data={data} fact={f} trend={trendOf.get(f.metricId)} />
            ))}
          </div>
        </PageSection>
      )}

      {checks.length > 0 && (
        <PageSection id="targets" title={t('targetsOfRegion')}>
          <p className="mt-1 text-sm text-muted">{t('targetsCount', { ...countMet(checks), n: checks.length })}</p>
          <TargetCheckCards data={data} groups={checks} showRegion={false} />
          <p className="mt-2 text-sm">
            <Link className="text-accent underline" to={local(paths.targets())}>
              {t('targetsAll')} →
            </Link>
          </p>
        </PageSection>
      )}

      {trends.length > 0 && <OverTime data={data} regionId={regionId} trends={trends} />}

      <SiblingComparisons
        data={data}
        regionId={regionId}
        comparisons={comparisons}
        siblingIds={siblings.map((s) => s.id)}
      />

      {own.length > 0 && (
        <PageSection id="all-facts" title={t('allFacts')}>
          <FactList data={data} facts={own} caption={`${region.name} ${t('allFacts')}`} />
        </PageSection>
      )}

      {reported.length > 0 && (
        <PageSection id="reported" title={t('figuresReported')}>
          <FactList data={data} facts={reported} showRegion caption={t('figuresReported')} />
        </PageSection>
      )}

      {rankings.length > 0 && (
        <PageSection id="rankings" title={t('rankings')}>
          <RankingList data={data} rankings={rankings} caption={`${region.name} ${t('rankings')}`} />
        </PageSection>
      )}

      <RegionLinks regions={children} reports={reports} />
    </article>
  );
}

/** The region's figures over time, one small trend per metric, each opening the compare page's trend. */
function OverTime({
  data,
  regionId,
  trends,
}: {
  data: CoreData;
  regionId: string;
  trends: ReturnType<typeof regionTrends>;
}) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  return (
    <PageSection id="over-time" title={t('overTime')}>
      <p className="mt-1 text-sm text-muted">{t('overTimeNote')}</p>
      <ul className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {trends.map(({ metricId, measure, trend }) => {
          const line = trend.lines[0];
          if (!line) return null;
          const name = `${metricName(data.metric.get(metricId))}${measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}`;
          const first = line.points[0];
          const last = line.points[line.points.length - 1];
          return (
            <li key={metricId} className="rounded-md border border-line bg-panel p-3">
              <h3 className="text-sm">
                <Link to={local(paths.metric(metricId))} className="hover:underline">
                  {name}
                </Link>
              </h3>
              <Link
                to={local(
                  paths.compare({
                    metric: metricId,
                    regions: [regionId],
                    view: 'trend',
                    ...(measure === 'yoy' ? { measure } : {}),
                  }),
                )}
                aria-label={`${name} · ${t('trendOpen')}`}
                className="mt-2 block"
              >
                <SmallTrend
                  line={line}
                  periods={trend.periods}
                  unit={trend.unit}
                  label={name}
                  width={240}
                  height={56}
                />
              </Link>
              <p className="tabular mt-1 flex justify-between gap-2 text-xs text-muted">
                {first && (
                  <span>
                    {formatPeriod(first.period, lang)} {formatValue(first.value, trend.unit, lang)}
                  </span>
                )}
                {last && last !== first && (
                  <span>
                    {formatPeriod(last.period, lang)} {formatValue(last.value, trend.unit, lang)}
                    {last.estimate ? ` ${t('estimateShort')}` : ''}
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </PageSection>
  );
}

/** The region beside its siblings, one chart per metric they share. */
function SiblingComparisons({
  data,
  regionId,
  comparisons,
  siblingIds,
}: {
  data: CoreData;
  regionId: string;
  comparisons: Comparison[];
  siblingIds: string[];
}) {
  const { t, metricName } = useI18n();
  const local = useLocalHref();
  return (
    <>
      {comparisons.map((comparison) => (
        <PageSection
          key={comparison.metricId}
          id={`siblings-${comparison.metricId}`}
          title={
            <>
              {t('siblings')}：{metricName(data.metric.get(comparison.metricId))}
            </>
          }
        >
          <ComparisonChart
            data={data}
            comparison={comparison}
            view={{
              embed: { pathname: paths.region(regionId), search: '' },
              slide: paths.compare({ metric: comparison.metricId, regions: comparison.rows.map((r) => r.region.id) }),
            }}
          />
          <p className="mt-1 text-sm">
            <Link
              className="text-accent underline"
              to={local(paths.compare({ metric: comparison.metricId, regions: [regionId, ...siblingIds] }))}
            >
              {t('navCompare')} →
            </Link>
          </p>
        </PageSection>
      ))}
    </>
  );
}

/** Comparisons with siblings on the metrics they share, the region's headline metrics first. */
function siblingComparisons(data: CoreData, regionId: string, key: Fact[], siblings: { id: string }[]) {
  const siblingIds = siblings.map((s) => s.id);
  const shared = key.filter(
    (f) =>
      f.value !== null &&
      data.facts.some(
        (g) =>
          g.metricId === f.metricId &&
          g.regionId !== regionId &&
          siblingIds.includes(g.regionId) &&
          g.value !== null &&
          g.kind !== 'target',
      ),
  );
  return shared
    .slice(0, SIBLING_CHARTS)
    .map((f) =>
      compareRows(data, {
        metricId: f.metricId,
        regionIds: [regionId, ...siblingIds],
        period: 'latest',
        measure: 'value',
      }),
    )
    .filter((c) => c.rows.length > 1);
}

/** Where the region sits: its parents, each a link. */
function RegionBreadcrumb({ path, regionId }: { path: { id: string; name: string }[]; regionId: string }) {
  const local = useLocalHref();
  return (
    <nav aria-label="breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap gap-1">
        {path.map((r, i) => (
          <li key={r.id} className="flex gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {r.id === regionId ? (
              <span aria-current="page">{r.name}</span>
            ) : (
              <Link to={local(paths.region(r.id))} className="hover:underline">
                {r.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The places below the region, and the reports that speak of it. */
function RegionLinks({
  regions: children,
  reports,
}: {
  regions: ReturnType<typeof childrenOf>;
  reports: ReturnType<typeof regionFacts>['reports'];
}) {
  const { t } = useI18n();
  const local = useLocalHref();
  return (
    <>
      {children.length > 0 && (
        <PageSection id="children" title={t('children')}>
          <ul className="mt-2 flex flex-wrap gap-2">
            {children.map((c) => (
              <li key={c.id}>
                <Link
                  to={local(paths.region(c.id))}
                  className="inline-block rounded-md border border-line bg-panel px-3 py-1 text-sm hover:border-accent"
                >
                  {c.name} <span className="text-muted">· {t(c.level)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      <PageSection id="mentioned" title={t('mentionedIn')}>
        <ul className="mt-2 space-y-1">
          {reports.map((r) => (
            <li key={r.id}>
              <Link to={local(paths.report(r.id))} className="text-accent underline underline-offset-2">
                {r.title}
              </Link>
              <span className="text-sm text-muted">
                {' '}
                · {r.publisher} {r.date || t('undated')}
              </span>
            </li>
          ))}
        </ul>
      </PageSection>
    </>
  );
}
