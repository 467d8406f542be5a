// / — the latest headline figures across regions as small multiples, the assessment rankings,
// the regions covered and the latest reports.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { boundSuffix, formatValue, formatYoy } from '../../charts/format.ts';
import { regionColors } from '../../charts/themes.ts';
import { colourOrder } from '../../data/select/regions.ts';
import { usePageTitle } from '../../components/pageHandle.ts';
import { RankingList } from '../../components/RankingList.tsx';
import { LoadError, Loading } from '../../components/States.tsx';
import type { Comparison } from '../../data/select/compareRows.ts';
import { HEADLINE_ROWS, headlineComparisons } from '../../data/select/headlines.ts';
import { overviewScope } from '../../data/scopes.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import { useCoreData, type CoreData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { usePresentation } from '../../view-state/useViewState.ts';
import { dataUrl } from '../../data/fetchDataFile.ts';

export default function OverviewRoute() {
  const core = useCoreData(overviewScope);
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <Overview data={core.data} />;
}

const COVERED_SHOWN = 40;

function Overview({ data }: { data: CoreData }) {
  const { t } = useI18n();
  usePageTitle();
  const { theme } = usePresentation();
  const local = useLocalHref();
  const headlines = useMemo(() => headlineComparisons(data), [data]);
  const colorOf = useMemo(() => regionColors(colourOrder(data)), [data]);
  const reports = data.catalog.latestReports;
  // The regions with most figures first; a national dataset lists its leaders and links the rest.
  const coveredAll = data.regions.filter((r) => data.catalog.regions[r.id]);
  const covered =
    coveredAll.length > COVERED_SHOWN
      ? [...coveredAll]
          .sort((a, b) => (data.catalog.regions[b.id] ?? 0) - (data.catalog.regions[a.id] ?? 0))
          .slice(0, COVERED_SHOWN)
      : coveredAll;
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-semibold">{t('appName')}</h1>
        <p className="mt-1 text-muted">{t('appTagline')}</p>
      </header>

      <section aria-labelledby="headlines">
        <h2 id="headlines" className="text-xl font-semibold">
          {t('headlines')}
        </h2>
        <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
          {headlines.map((c) => (
            <SmallMultiple key={c.metricId} comparison={c} data={data} colorOf={colorOf} />
          ))}
        </div>
      </section>

      {data.rankings.length > 0 && (
        <section aria-labelledby="rankings">
          <h2 id="rankings" className="text-xl font-semibold">
            {t('rankings')}
          </h2>
          <div className="mt-3 rounded-lg border border-line bg-panel p-4">
            <RankingList data={data} rankings={data.rankings} caption={t('rankings')} />
          </div>
        </section>
      )}

      <section aria-labelledby="covered">
        <h2 id="covered" className="text-xl font-semibold">
          {t('coveredRegions')}
        </h2>
        {/* Drawn at build time (scripts/prerenderCoverageMap.ts): no map code on the overview. */}
        <Link
          to={local(paths.map())}
          className="mt-3 block max-w-3xl overflow-hidden rounded-lg border border-line bg-panel"
        >
          <img
            src={dataUrl(`embed/coverage-map-${theme === 'dark' ? 'dark' : 'light'}.svg`)}
            alt={t('coverageMapAlt', { regions: covered.map((r) => r.name).join('、') })}
            width={720}
            height={440}
            className="h-auto w-full"
            loading="lazy"
          />
        </Link>
        <p className="mt-1 text-xs text-muted">{t('coverageMapNote')}</p>
        <ul className="mt-3 flex flex-wrap gap-2">
          {covered.map((r) => (
            <li key={r.id}>
              <Link
                to={local(paths.region(r.id))}
                className="inline-block rounded-md border border-line bg-panel px-3 py-1 text-sm hover:border-accent"
              >
                <span
                  className="mr-1 inline-block h-2.5 w-2.5 rounded-full"
                  style={{ background: colorOf(r.id) }}
                  aria-hidden="true"
                />
                {r.name} <span className="text-muted">· {t(r.level)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex gap-4 text-sm">
          {coveredAll.length > covered.length && (
            <span className="text-muted">{t('moreRegions', { n: coveredAll.length - covered.length })}</span>
          )}
          <Link to={local(paths.map())} className="text-accent underline">
            {t('navMap')} →
          </Link>
          <Link to={local(paths.data())} className="text-accent underline">
            {t('navData')} →
          </Link>
        </p>
      </section>

      <section aria-labelledby="latest-reports">
        <h2 id="latest-reports" className="text-xl font-semibold">
          {t('latestReports')}
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-panel">
          {reports.map(({ report: r, facts }) => (
            <li key={r.id} className="px-4 py-3">
              <Link
                to={local(paths.report(r.id))}
                className="font-medium text-accent underline-offset-2 hover:underline"
              >
                {r.title}
              </Link>
              <p className="text-sm text-muted">
                {r.publisher} · {r.date || t('undated')} · {facts} {t('facts')}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function SmallMultiple({
  comparison,
  data,
  colorOf,
}: {
  comparison: Comparison;
  data: CoreData;
  colorOf: (id: string) => string;
}) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const metric = data.metric.get(comparison.metricId);
  const max = Math.max(...comparison.rows.map((r) => Math.abs(r.value ?? 0)), 1e-9);
  const total =
    comparison.measure === 'value'
      ? (data.catalog.metrics[comparison.metricId]?.resultRegions ?? 0)
      : comparison.rows.length;
  return (
    <article className="rounded-lg border border-line bg-panel p-4">
      <h3 className="font-semibold">
        <Link to={local(paths.compare({ metric: comparison.metricId }))} className="hover:underline">
          {metricName(metric)}
          {comparison.measure === 'yoy' ? ` · ${t('measureYoy')}` : ''}
        </Link>
        <span className="ml-2 text-xs font-normal text-muted">{comparison.unit}</span>
      </h3>
      {comparison.comparablePeriod && (
        <p className="text-xs text-muted">
          {comparison.comparableLevel &&
          ['county', 'prefecture', 'zone', 'province'].includes(comparison.comparableLevel)
            ? t('comparableScope', {
                period: formatPeriod(comparison.comparablePeriod, lang),
                level: t(comparison.comparableLevel as 'county'),
              })
            : formatPeriod(comparison.comparablePeriod, lang)}
        </p>
      )}
      <table className="tabular mt-2 w-full table-fixed text-sm">
        <colgroup>
          <col className="w-24 sm:w-28" />
          <col />
          <col className="w-32 sm:w-40" />
        </colgroup>
        <caption className="sr-only">{metricName(metric)}</caption>
        <tbody>
          {comparison.rows.slice(0, HEADLINE_ROWS).map((row) => (
            <tr key={row.region.id}>
              <th scope="row" className="truncate py-1 pr-2 text-left font-normal">
                <Link to={local(paths.region(row.region.id))} className="hover:underline">
                  {row.region.name}
                </Link>
              </th>
              <td className="py-1 pr-2">
                {/* Estimates hatched, as in the charts. */}
                <div
                  className="h-3 rounded-sm"
                  style={{
                    width: `${(Math.abs(row.value ?? 0) / max) * 100}%`,
                    minWidth: 2,
                    background: row.estimate
                      ? `repeating-linear-gradient(-45deg, ${colorOf(row.region.id)} 0 3px, rgba(255,255,255,0.55) 3px 6px)`
                      : colorOf(row.region.id),
                  }}
                />
              </td>
              <td className="py-1 text-right whitespace-nowrap">
                {comparison.measure === 'yoy'
                  ? formatYoy(row.value, lang)
                  : formatValue(row.value, comparison.unit, lang)}
                {boundSuffix(row.fact?.bound, lang)}
                <span className="block text-xs whitespace-normal text-muted">
                  {comparison.measure === 'value' && row.fact?.yoy != null
                    ? `${t('yoyShort')} ${formatYoy(row.fact.yoy, lang)}${(row.period && row.period !== comparison.comparablePeriod) || row.estimate ? ' · ' : ''}`
                    : ''}
                  {/* The card names the period all its rows share; a row says its own only when it differs. */}
                  {row.period && row.period !== comparison.comparablePeriod ? formatPeriod(row.period, lang) : ''}
                  {row.estimate
                    ? `${row.period && row.period !== comparison.comparablePeriod ? ' · ' : ''}${t('estimate')}`
                    : ''}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {new Set(comparison.rows.slice(0, HEADLINE_ROWS).map((r) => r.period)).size > 1 && (
        <p className="mt-2 text-xs text-muted">※ {t('periodsDiffer')}</p>
      )}
      {total > HEADLINE_ROWS && (
        <p className="mt-2 text-xs">
          <Link to={local(paths.compare({ metric: comparison.metricId }))} className="text-accent underline">
            {t('allRegionsCount', { n: total })} →
          </Link>
        </p>
      )}
    </article>
  );
}
