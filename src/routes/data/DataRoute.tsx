// /data — which regions × metrics the dataset covers (periods and kinds), and downloads.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths, useLocalHref } from '../../app/paths.ts';
import { LoadError, Loading } from '../../components/States.tsx';
import { dataUrl } from '../../data/fetchDataFile.ts';
import { coverage, coverageKey } from '../../data/select/coverage.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import { downloadText } from '../../components/download.ts';
import { factsToCsv } from '../../data/select/toCsv.ts';
import { useCoreData } from '../../data/useCoreData.ts';
import { useI18n } from '../../i18n/useI18n.ts';

export default function DataRoute() {
  const core = useCoreData();
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const loaded = core.status === 'success' ? core.data : null;
  const cov = useMemo(() => (loaded ? coverage(loaded) : null), [loaded]);
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  const data = core.data;
  if (!cov) return null;
  const downloadJson = () => {
    const { regions, metrics, reports, facts, rankings } = data;
    downloadText('region-scorecard.json', `${JSON.stringify({ regions, metrics, reports, facts, rankings }, null, 1)}\n`, 'application/json');
  };
  return (
    <article>
      <h1 className="text-2xl font-semibold">{t('navData')}</h1>
      <p className="mt-1 text-sm text-muted">
        {data.reports.length} {t('reports')} · {data.regions.length} {t('regions')} · {data.metrics.length} {t('metrics')} · {data.facts.length} {t('facts')} · {data.rankings.length} {t('rankings')}
      </p>
      <section aria-labelledby="downloads" className="mt-6">
        <h2 id="downloads" className="text-lg font-semibold">{t('downloads')}</h2>
        <div className="mt-2 flex flex-wrap gap-3">
          <button type="button" onClick={downloadJson} className="rounded-md border border-line bg-panel px-4 py-2 hover:border-accent">
            {t('downloadJson')}
          </button>
          <button type="button" onClick={() => downloadText('region-scorecard-facts.csv', factsToCsv(data, data.facts), 'text/csv;charset=utf-8')} className="rounded-md border border-line bg-panel px-4 py-2 hover:border-accent">
            {t('downloadCsv')}
          </button>
          <a href={dataUrl('index.json')} className="self-center text-sm text-accent underline">
            index.json
          </a>
        </div>
      </section>
      <section aria-labelledby="coverage" className="mt-8">
        <h2 id="coverage" className="text-lg font-semibold">{t('coverage')}</h2>
        <div className="mt-3 max-h-[70vh] overflow-auto rounded-md border border-line">
          <table className="tabular border-collapse text-xs">
            <caption className="sr-only">{t('coverage')}</caption>
            <thead className="sticky top-0 bg-panel">
              <tr>
                <th scope="col" className="sticky left-0 bg-panel p-2 text-left">{t('metric')}</th>
                {cov.regionIds.map((id) => (
                  <th key={id} scope="col" className="p-2 text-left font-medium whitespace-nowrap">
                    <Link to={local(paths.region(id))} className="hover:underline">
                      {data.region.get(id)?.shortName ?? data.region.get(id)?.name}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cov.metricIds.map((m) => (
                <tr key={m} className="border-t border-line/60">
                  <th scope="row" className="sticky left-0 bg-panel p-2 text-left font-normal whitespace-nowrap">
                    <Link to={local(paths.metric(m))} className="hover:underline">
                      {metricName(data.metric.get(m))}
                    </Link>
                  </th>
                  {cov.regionIds.map((r) => {
                    const cell = cov.cells.get(coverageKey(r, m));
                    return (
                      <td key={r} className={`p-2 whitespace-nowrap ${cell ? 'bg-accent/10' : 'text-muted'}`}>
                        {cell ? cell.periods.map((p) => formatPeriod(p, lang)).join('、') + (cell.kinds.some((k) => k !== 'actual') ? ` (${cell.kinds.filter((k) => k !== 'actual').map((k) => t(k)).join('、')})` : '') : '·'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
