// /reports/:reportId — the source text with every extracted figure highlighted, where an official
// audits the numbers: hover a highlight for metric, region and value; #f-<factId> scrolls to one.
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { paths, useLocalHref } from '../../view-state/paths.ts';
import { describeFact } from '../../charts/format.ts';
import { usePageTitle } from '../../components/pageHandle.ts';
import { RankingList } from '../../components/RankingList.tsx';
import { LoadError, Loading, NotFoundPanel } from '../../components/States.tsx';
import { idCloseness } from '../../data/select/regions.ts';
import { figureOffset, paragraphRuns } from '../../data/select/highlights.ts';
import { formatPeriod } from '../../data/select/periods.ts';
import { useQuery } from '@tanstack/react-query';
import { DataLoadError } from '../../data/fetchDataFile.ts';
import { reportsQuery, useReportText } from '../../data/queries.ts';
import { reportScope } from '../../data/scopes.ts';
import type { ReportText } from '../../data/schema.ts';
import { useCoreData, type CoreData } from '../../data/useCoreData.ts';
import { reportKindName } from '../../i18n/translate.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { CorrectedMark } from '../../components/CorrectedMark.tsx';

export default function ReportRoute() {
  const { reportId = '' } = useParams();
  const core = useCoreData(() => reportScope(reportId));
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error')
    return core.error instanceof DataLoadError && core.error.notFound ? (
      <ReportNotFound reportId={reportId} />
    ) : (
      <LoadError error={core.error} retry={core.retry} />
    );
  if (!core.data.report.has(reportId)) return <ReportNotFound reportId={reportId} />;
  return <ReportLoader data={core.data} reportId={reportId} />;
}

/** Names the closest report ids; the full report list is read only on this page. */
function ReportNotFound({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const local = useLocalHref();
  const reports = useQuery(reportsQuery());
  const suggestions = [...(reports.data ?? [])]
    .sort((a, b) => idCloseness(b.id, reportId) - idCloseness(a.id, reportId))
    .slice(0, 5);
  return (
    <NotFoundPanel
      message={t('notFoundReport', { id: reportId })}
      suggestions={suggestions.map((r) => ({ to: local(paths.report(r.id)), label: r.title }))}
    />
  );
}

function ReportLoader({ data, reportId }: { data: CoreData; reportId: string }) {
  const text = useReportText(reportId);
  if (text.isPending) return <Loading />;
  if (text.isError) return <LoadError error={text.error} retry={() => void text.refetch()} />;
  return <ReportPage data={data} reportId={reportId} text={text.data} />;
}

function ReportPage({ data, reportId, text }: { data: CoreData; reportId: string; text: ReportText }) {
  const { t, lang, metricName } = useI18n();
  const local = useLocalHref();
  const { hash } = useLocation();
  const report = data.report.get(reportId);
  usePageTitle(report?.title);
  const facts = useMemo(() => data.facts.filter((f) => f.reportId === reportId), [data, reportId]);
  // Each figure's anchor is where its number is written, so a link to it lands on the number.
  const anchored = useMemo(() => facts.map((f) => ({ id: f.id, span: f.span, at: figureOffset(f) })), [facts]);
  const rankings = useMemo(() => data.rankings.filter((r) => r.reportId === reportId), [data, reportId]);
  const activeId = hash.startsWith('#f-') ? hash.slice(3) : null;

  useEffect(() => {
    if (!hash) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash]);

  const titleOf = (factIds: string[]) =>
    factIds
      .map((id) => data.fact.get(id))
      .filter((f) => f !== undefined)
      .map(
        (f) =>
          `${metricName(data.metric.get(f.metricId))} · ${data.region.get(f.regionId)?.name ?? ''} · ${formatPeriod(f.period, lang)} · ${describeFact(f, lang)}`,
      )
      .join('\n');

  if (!report) return null;
  return (
    <article className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div>
        <p className="text-sm text-muted">
          {report.publisher} · {report.date || t('undated')} · {reportKindName(t, report.kind)}
          {report.script === 'traditional' ? ' · 繁體' : ''}
        </p>
        <h1 className="mt-1 text-2xl font-semibold leading-snug">{report.title}</h1>
        <p className="mt-1 text-sm text-muted">{t('highlightedCount', { n: facts.length })}</p>
        <div className="mt-6 space-y-4 leading-8" lang={report.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
          {text.paragraphs.map((p, i) => (
            <p key={i}>
              {paragraphRuns(p, anchored, rankings).map((run) => {
                const content = text.text.slice(run.start, run.end);
                const anchors = run.startsFacts.map((id) => <span key={id} id={`f-${id}`} data-fact-id={id} />);
                if (!run.factIds.length && !run.rankingIds.length) return [anchors, content];
                return (
                  <mark
                    key={run.start}
                    className="figure"
                    data-facts={run.factIds.join(' ')}
                    data-active={activeId !== null && run.factIds.includes(activeId) ? 'true' : 'false'}
                    title={run.factIds.length ? titleOf(run.factIds) : t('rankings')}
                    style={
                      run.factIds.length
                        ? undefined
                        : { background: 'transparent', borderBottom: '2px solid var(--accent)' }
                    }
                  >
                    {anchors}
                    {content}
                  </mark>
                );
              })}
            </p>
          ))}
        </div>
      </div>
      <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto">
        <section aria-labelledby="report-regions">
          <h2 id="report-regions" className="font-semibold">
            {t('reportRegions')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {report.regionIds.map((id) => (
              <li key={id}>
                <Link
                  to={local(paths.region(id))}
                  className="inline-block rounded border border-line bg-panel px-2 py-0.5 text-sm hover:border-accent"
                >
                  {data.region.get(id)?.name ?? id}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="report-facts">
          <h2 id="report-facts" className="font-semibold">
            {t('reportFacts')}（{facts.length}）
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {facts.map((f) => (
              <li key={f.id}>
                <a href={`#f-${f.id}`} className="hover:underline">
                  <span className="text-muted">{data.region.get(f.regionId)?.name} · </span>
                  {metricName(data.metric.get(f.metricId))}：<span className="tabular">{describeFact(f, lang)}</span>
                  <CorrectedMark fact={f} />
                  <span className="text-muted"> · {formatPeriod(f.period, lang)}</span>
                </a>
              </li>
            ))}
          </ol>
        </section>
        {rankings.length > 0 && (
          <section aria-labelledby="report-rankings">
            <h2 id="report-rankings" className="font-semibold">
              {t('rankings')}
            </h2>
            <RankingList data={data} rankings={rankings} caption={t('rankings')} />
          </section>
        )}
      </aside>
    </article>
  );
}
