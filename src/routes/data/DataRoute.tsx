// /data — which regions × metrics the dataset covers (periods and kinds), province by province,
// and the whole dataset as files: the CSV of every fact and the contract's JSON tables.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { usePageTitle } from '../../components/pageHandle.ts';
import { Choice } from '../../components/Pickers.tsx';
import { LoadError, Loading } from '../../components/States.tsx';
import { dataUrl } from '../../data/fetchDataFile.ts';
import { coverageQuery } from '../../data/queries.ts';
import { factsPerProvince } from '../../data/select/coverage.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import type { CoverageShard } from '../../data/shards.ts';
import { useBaseData, type BaseData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useCoverageParams } from '../../view-state/useViewState.ts';

const TABLES = ['regions.json', 'metrics.json', 'reports.json', 'facts.json', 'rankings.json', 'index.json'] as const;

export default function DataRoute() {
  const base = useBaseData();
  if (base.status === 'pending') return <Loading />;
  if (base.status === 'error') return <LoadError error={base.error} retry={base.retry} />;
  return <DataPage data={base.data} />;
}

function DataPage({ data }: { data: BaseData }) {
  const { t } = useI18n();
  usePageTitle();
  const coverage = useCoverageParams();
  const perProvince = useMemo(() => factsPerProvince(data), [data]);
  const provinces = data.catalog.coverageProvinces;
  const requested = coverage.province;
  const province =
    requested && provinces.includes(requested)
      ? requested
      : ([...provinces].sort((a, b) => (perProvince.get(b) ?? 0) - (perProvince.get(a) ?? 0))[0] ?? null);
  const { counts } = data.catalog;
  // Labels outside the lexicon can number hundreds per province; they are one click away, not in the way.
  const withUnreviewed = coverage.unreviewed;
  const choose = (id: string) => coverage.set('province', id);
  return (
    <article>
      <h1 className="text-2xl font-semibold">{t('navData')}</h1>
      <p className="tabular mt-1 text-sm text-muted">
        {counts.reports} {t('reports')} · {counts.regions} {t('regions')} · {counts.metrics} {t('metrics')} ·{' '}
        {counts.facts} {t('facts')} · {counts.rankings} {t('rankings')}
      </p>
      <section aria-labelledby="downloads" className="mt-6">
        <h2 id="downloads" className="text-lg font-semibold">
          {t('downloads')}
        </h2>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <a
            href={dataUrl('facts.csv')}
            download="region-scorecard-facts.csv"
            className="rounded-md border border-line bg-panel px-4 py-2 hover:border-accent"
          >
            {t('downloadCsv')}
          </a>
          <span className="text-sm text-muted">{t('downloadJson')}：</span>
          {TABLES.map((file) => (
            <a
              key={file}
              href={dataUrl(file)}
              download={`region-scorecard-${file}`}
              className="text-sm text-accent underline"
            >
              {file}
            </a>
          ))}
        </div>
        <p className="mt-2 text-xs text-muted">{t('downloadNote')}</p>
      </section>
      <section aria-labelledby="coverage" className="mt-8">
        <h2 id="coverage" className="text-lg font-semibold">
          {t('coverage')}
        </h2>
        {provinces.length > 1 && (
          <div className="mt-3">
            <Choice
              label={t('province')}
              value={province ?? ''}
              onChange={choose}
              options={provinces.map((id) => ({ value: id, label: data.region.get(id)?.name ?? id }))}
            />
          </div>
        )}
        {province && (
          <ProvinceCoverage
            data={data}
            provinceId={province}
            withUnreviewed={withUnreviewed}
            onUnreviewed={(on) => coverage.set('unreviewed', on ? '1' : null)}
          />
        )}
      </section>
    </article>
  );
}

function ProvinceCoverage({
  data,
  provinceId,
  withUnreviewed,
  onUnreviewed,
}: {
  data: BaseData;
  provinceId: string;
  withUnreviewed: boolean;
  onUnreviewed: (on: boolean) => void;
}) {
  const { t } = useI18n();
  const shard = useQuery(coverageQuery(provinceId));
  // A province's table has thousands of cells: the page shows first, the table in the next render.
  const table = useDeferredValue(shard.data ?? null, null);
  if (shard.isError) return <LoadError error={shard.error} retry={() => void shard.refetch()} />;
  if (shard.isPending || !table) return <Loading />;
  // Decided once: what the tick-box counts is what the table leaves out without it.
  const unreviewed = new Set(table.metricIds.filter((m) => data.metric.get(m)?.reviewed === false));
  return (
    <>
      {unreviewed.size > 0 && (
        <label className="mt-3 flex items-center gap-2 text-sm text-muted">
          <input type="checkbox" checked={withUnreviewed} onChange={(e) => onUnreviewed(e.currentTarget.checked)} />
          {t('coverageWithUnreviewed', { n: String(unreviewed.size) })}
        </label>
      )}
      <CoverageTable data={data} shard={table} hidden={withUnreviewed ? NONE : unreviewed} />
    </>
  );
}

const NONE: ReadonlySet<string> = new Set();

function CoverageTable({ data, shard, hidden }: { data: BaseData; shard: CoverageShard; hidden: ReadonlySet<string> }) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  // cells[r] lists [metric index, periods, kinds] for the metrics region r has.
  const byMetric = useMemo(() => {
    const rows = shard.metricIds.map(() => new Map<number, { periods: string[]; kinds: string[] }>());
    shard.cells.forEach((cells, r) => cells.forEach(([m, periods, kinds]) => rows[m]?.set(r, { periods, kinds })));
    return rows;
  }, [shard]);
  const caption = `${t('coverage')} · ${data.region.get(shard.provinceId)?.name ?? shard.provinceId}`;
  return (
    <div
      className="mt-3 max-h-[70vh] overflow-auto rounded-md border border-line"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="tabular border-collapse text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-panel">
          <tr>
            <th scope="col" className="sticky left-0 bg-panel p-2 text-left">
              {t('metric')}
            </th>
            {shard.regionIds.map((id) => (
              <th key={id} scope="col" className="p-2 text-left font-medium whitespace-nowrap">
                <Link to={local(paths.region(id))} className="hover:underline">
                  {data.region.get(id)?.shortName ?? data.region.get(id)?.name ?? id}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shard.metricIds.map(
            (m, mi) =>
              !hidden.has(m) && (
                <tr key={m} className="border-t border-line/60">
                  <th scope="row" className="sticky left-0 bg-panel p-2 text-left font-normal whitespace-nowrap">
                    <Link to={local(paths.metric(m))} className="hover:underline">
                      {metricName(data.metric.get(m))}
                    </Link>
                  </th>
                  {shard.regionIds.map((r, ri) => {
                    const cell = byMetric[mi]?.get(ri);
                    return (
                      <td key={r} className={`p-2 whitespace-nowrap ${cell ? 'bg-accent/10' : 'text-muted'}`}>
                        {cell
                          ? cell.periods.map((p) => formatPeriod(p, lang)).join('、') +
                            (cell.kinds.some((k) => k !== 'actual')
                              ? ` (${cell.kinds
                                  .filter((k) => k !== 'actual')
                                  .map((k) => t(k as 'estimate' | 'target'))
                                  .join('、')})`
                              : '')
                          : '·'}
                      </td>
                    );
                  })}
                </tr>
              ),
          )}
        </tbody>
      </table>
    </div>
  );
}
